package org.communitybudgets.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an engine cannot be built: a rule does not compile, a parameter table does not load,
 * or a rule named to be switched off does not exist. Lists every problem found, not just the first.
 */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleSetProblem> problems;

  /** An exception listing the problems, at least one. */
  public RuleSetException(List<RuleSetProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<RuleSetProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rule set exception needs at least one problem");
    }
    return "the rule set could not be built: "
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }

  /** Every problem found, in the order found. */
  public List<RuleSetProblem> problems() {
    return problems;
  }
}
