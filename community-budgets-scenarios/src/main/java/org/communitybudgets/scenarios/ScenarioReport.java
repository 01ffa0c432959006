package org.communitybudgets.scenarios;

import java.util.List;
import org.communitybudgets.rules.RuleCoverage;

/**
 * The results of a run of cases, in the order the cases were read, and the coverage of the rules
 * over every engine the run used.
 *
 * @param results one result per case
 * @param coverage which rules the cases fired, and how often
 */
public record ScenarioReport(List<ScenarioResult> results, RuleCoverage coverage) {
  /** Copies the results. */
  public ScenarioReport {
    results = List.copyOf(results);
  }

  /** The cases that passed. */
  public long passed() {
    return results.stream().filter(ScenarioResult::passed).count();
  }

  /** The cases that failed. */
  public long failed() {
    return results.size() - passed();
  }

  /** The closing line: {@code N passed, M failed}. */
  public String summary() {
    return passed() + " passed, " + failed() + " failed";
  }
}
