package org.communitybudgets.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the problems found while building an engine, so that all are reported at once. */
final class Problems {
  private final List<RuleSetProblem> found = new ArrayList<>();

  void add(String source, int line, String rule, String message) {
    found.add(new RuleSetProblem(source, line, Optional.ofNullable(rule), message));
  }

  void add(RuleSetProblem problem) {
    found.add(problem);
  }

  List<RuleSetProblem> all() {
    return List.copyOf(found);
  }

  int size() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws a {@link RuleSetException} listing every problem, if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new RuleSetException(found);
    }
  }
}
