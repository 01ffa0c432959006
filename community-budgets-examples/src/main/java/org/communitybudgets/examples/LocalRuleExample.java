package org.communitybudgets.examples;

import java.time.LocalDate;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.report.GreaterManchesterPool;
import org.communitybudgets.report.ProgrammeOfficeReport;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;

/**
 * An authority's own rule beside the standard ones: builds an engine with {@code
 * org/council/rules/cabinet-approval.drl} and shows the Youth Offending Team contribution of the
 * bundled pool, which the standard rules allow, waiting for cabinet approval.
 *
 * <p>Run it with {@code ./mvnw -q -pl community-budgets-examples -am package exec:java -DskipTests
 * -Dexample.mainClass=org.communitybudgets.examples.LocalRuleExample}.
 */
public final class LocalRuleExample {
  private LocalRuleExample() {}

  /**
   * Prints the decision on one contribution with and without the local rule.
   *
   * @param args none
   */
  public static void main(String[] args) {
    CommunityBudgetsEngine local =
        CommunityBudgetsEngine.builder()
            .localRulesOnClasspath(LocalRuleExample.class.getClassLoader(), "org/council/rules/cabinet-approval.drl")
            .build();
    LocalDate asOf = ProgrammeOfficeReport.DEFAULT_DATE;
    for (CommunityBudgetsEngine engine : new CommunityBudgetsEngine[] {CommunityBudgetsEngine.standard(), local}) {
      PoolAssessment a = engine.assess(GreaterManchesterPool.pool(), asOf);
      Decision<ContributionVerdict> yot = a.contribution("yot").orElseThrow();
      System.out.println((engine == local ? "With" : "Without") + " the council's rule: " + yot.verdict().label());
      yot.reasons().forEach(r -> System.out.println("  " + r.effect() + "  " + r.statement() + "  [" + r.rule() + ", " + r.source() + "]"));
    }
  }
}
