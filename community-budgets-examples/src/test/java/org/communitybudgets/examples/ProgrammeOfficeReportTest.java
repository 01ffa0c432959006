package org.communitybudgets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.money.Money;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.PoolAssessment;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProgrammeOfficeReportTest {
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  @Test
  void theBundledPoolGetsEveryKindOfVerdictOnTheDefaultDate() {
    PoolAssessment a =
        engine.assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), ProgrammeOfficeReport.DEFAULT_DATE);
    Map<String, ContributionVerdict> verdicts = new LinkedHashMap<>();
    a.verdicts().forEach((id, v) -> verdicts.put(id.value(), v));
    Map<String, ContributionVerdict> expected = new LinkedHashMap<>();
    expected.put("eig", ContributionVerdict.ALLOWED);
    expected.put("jcp-flex", ContributionVerdict.ALLOWED);
    expected.put("work-programme", ContributionVerdict.ALLOWED);
    expected.put("esf", ContributionVerdict.REFUSED);
    expected.put("dip", ContributionVerdict.CONDITIONAL);
    expected.put("police", ContributionVerdict.ALLOWED);
    expected.put("pcc", ContributionVerdict.REFUSED);
    expected.put("yot", ContributionVerdict.ALLOWED);
    expected.put("probation", ContributionVerdict.ALLOWED);
    expected.put("pct", ContributionVerdict.REFUSED);
    expected.put("schools", ContributionVerdict.ALIGNMENT_ONLY);
    expected.put("tf-pbr", ContributionVerdict.CONDITIONAL);
    expected.put("jcp-caseworkers", ContributionVerdict.ALLOWED);
    expected.put("jcp-data", ContributionVerdict.CONDITIONAL);
    assertEquals(expected, verdicts);
    FinancialYear y = FinancialYear.of(2012);
    assertEquals(Money.ofPounds(17_250_000), a.requested().byYear().get(y));
    assertEquals(Money.ofPounds(10_450_000), a.allowed().byYear().get(y));
  }

  @Test
  void onceCommissionersAreInPlaceTheirFundingIsAllowed() {
    PoolAssessment a =
        engine.assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), java.time.LocalDate.of(2012, 11, 22));
    assertEquals(ContributionVerdict.ALLOWED, a.contribution("pcc").orElseThrow().verdict());
  }

  @Test
  void theReportShowsTheMenuTheAreasAndEveryReason() {
    String report = ProgrammeOfficeReport.report(engine, ProgrammeOfficeReport.DEFAULT_DATE);
    assertTrue(report.contains("Youth Offending Team grant"), report);
    assertTrue(report.contains("first-phase Community Budgets (16, Offer §1)"), report);
    assertTrue(report.contains("condition not met: Police and Crime Commissioners are in place"), report);
    assertTrue(report.contains("read pooling.pct.last-day = 2013-03-31"), report);
    assertTrue(report.contains("Decided with rule set sha256:"), report);
  }

  @Test
  void theExampleLocalRuleMakesALargeContributionWaitForCabinet() {
    CommunityBudgetsEngine local =
        CommunityBudgetsEngine.builder()
            .localRulesOnClasspath(getClass().getClassLoader(), "org/council/rules/cabinet-approval.drl")
            .build();
    var yot = local.assess(GreaterManchesterPool.pool(), ProgrammeOfficeReport.DEFAULT_DATE).contribution("yot").orElseThrow();
    assertEquals(ContributionVerdict.CONDITIONAL, yot.verdict());
    assertEquals("cabinet-approval", yot.unmetConditions().get(0).code());
    assertEquals("Constitution part 5, financial procedure rules", yot.reasons().get(0).source().toString());
  }
}
