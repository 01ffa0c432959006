package org.communitybudgets.examples;

import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.report.GreaterManchesterPool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgrammeOfficeReportTest {
  @Test
  void theExampleLocalRuleMakesALargeContributionWaitForCabinet() {
    CommunityBudgetsEngine local =
        CommunityBudgetsEngine.builder()
            .localRulesOnClasspath(getClass().getClassLoader(), "org/council/rules/cabinet-approval.drl")
            .build();
    var yot = local.assess(GreaterManchesterPool.pool(), org.communitybudgets.report.ProgrammeOfficeReport.DEFAULT_DATE).contribution("yot").orElseThrow();
    assertEquals(ContributionVerdict.CONDITIONAL, yot.verdict());
    assertEquals("cabinet-approval", yot.unmetConditions().get(0).code());
    assertEquals("Constitution part 5, financial procedure rules", yot.reasons().get(0).source().toString());
  }

  @Test
  void anArgumentTheReportDoesNotKnowGivesTheUsage() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    assertEquals(2, ProgrammeOfficeReport.run(new String[] {"--html"}, new java.io.PrintStream(out), new java.io.PrintStream(err)));
    assertEquals("", out.toString());
    assertTrue(err.toString().startsWith("--html needs the file to write the page to"), err.toString());
    assertTrue(err.toString().contains("usage: ProgrammeOfficeReport [DATE] [--json | --html FILE]"), err.toString());
    java.io.ByteArrayOutputStream err2 = new java.io.ByteArrayOutputStream();
    assertEquals(2, ProgrammeOfficeReport.run(new String[] {"--pdf"}, new java.io.PrintStream(out), new java.io.PrintStream(err2)));
    assertTrue(err2.toString().startsWith("unknown argument '--pdf': give a business date written like 2012-10-01, --json or --html FILE"), err2.toString());
  }
}
