package org.communitybudgets.scenarios;

import java.util.List;

/**
 * How one case went.
 *
 * @param scenario the case
 * @param passed whether everything it expects held
 * @param differences for a failed case, each expectation that did not hold (expected, then actual),
 *     or the problem that stopped it being decided, with the file, line and field
 * @param reasons for a failed case that was decided, the decision's reasons in words, rule by rule
 */
public record ScenarioResult(Scenario scenario, boolean passed, List<String> differences, List<String> reasons) {
  /** Copies the lists. */
  public ScenarioResult {
    differences = List.copyOf(differences);
    reasons = List.copyOf(reasons);
  }

  static ScenarioResult pass(Scenario scenario) {
    return new ScenarioResult(scenario, true, List.of(), List.of());
  }

  static ScenarioResult fail(Scenario scenario, String problem) {
    return new ScenarioResult(scenario, false, List.of(problem), List.of());
  }

  /** The case's result as text: a line saying passed or failed, then what differed and why. */
  public String toText() {
    StringBuilder out = new StringBuilder(passed ? "passed " : "FAILED ").append(scenario).append('\n');
    differences.forEach(d -> out.append("    ").append(d).append('\n'));
    if (!reasons.isEmpty()) {
      out.append("    decided because:\n");
      reasons.forEach(r -> out.append("      ").append(r).append('\n'));
    }
    return out.toString();
  }
}
