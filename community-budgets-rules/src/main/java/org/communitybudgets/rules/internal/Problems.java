package org.communitybudgets.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.rules.RuleSetException;
import org.communitybudgets.rules.RuleSetProblem;

/** Collects the problems found while building an engine, so that all are reported at once. */
public final class Problems {
  private final List<RuleSetProblem> found = new ArrayList<>();

  public void add(String source, int line, String rule, String message) {
    found.add(new RuleSetProblem(source, line, Optional.ofNullable(rule), message));
  }

  public void add(RuleSetProblem problem) {
    found.add(problem);
  }

  public List<RuleSetProblem> all() {
    return List.copyOf(found);
  }

  public int size() {
    return found.size();
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws a {@link RuleSetException} listing every problem, if there is any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new RuleSetException(found);
    }
  }
}
