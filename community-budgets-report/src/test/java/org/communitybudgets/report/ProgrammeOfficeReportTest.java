package org.communitybudgets.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.money.Money;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    expected.put("pcc", ContributionVerdict.CONDITIONAL);
    expected.put("yot", ContributionVerdict.ALLOWED);
    expected.put("probation", ContributionVerdict.ALLOWED);
    expected.put("pct", ContributionVerdict.ALLOWED);
    expected.put("schools", ContributionVerdict.ALIGNMENT_ONLY);
    expected.put("tf-pbr", ContributionVerdict.CONDITIONAL);
    expected.put("jcp-caseworkers", ContributionVerdict.ALLOWED);
    expected.put("jcp-data", ContributionVerdict.CONDITIONAL);
    assertEquals(expected, verdicts);
    FinancialYear y = FinancialYear.of(2012);
    assertEquals(Money.ofPounds(16_450_000), a.requested().byYear().get(y));
    assertEquals(Money.ofPounds(11_450_000), a.allowed().byYear().get(y));
  }

  @Test
  void onceCommissionersAreInPlaceTheirFundingWaitsForTheCommunitySafetyFundAndIsAllowedFromIt() {
    PoolAssessment inOffice =
        engine.assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), java.time.LocalDate.of(2012, 11, 22));
    assertEquals(ContributionVerdict.CONDITIONAL, inOffice.contribution("pcc").orElseThrow().verdict());
    PoolAssessment funded =
        engine.assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), java.time.LocalDate.of(2013, 4, 1));
    assertEquals(ContributionVerdict.ALLOWED, funded.contribution("pcc").orElseThrow().verdict());
  }

  @Test
  void theCohortSectionGivesTheBundledCohortsFigures() {
    Report.CohortSection c = report().cohort();
    assertEquals(8_000, c.records());
    assertEquals(5_162, c.eligible());
    assertEquals(2_756, c.notEligible());
    assertEquals(82, c.dataErrors());
    assertEquals(c.records(), c.eligible() + c.notEligible() + c.dataErrors());
    assertEquals(Map.of("crime-asb", 4_825L, "education", 5_926L, "local-discretion", 5_187L, "work", 6_347L),
        c.familiesMeetingEachCriterion());
    assertEquals(
        "family p1-0000047: indicator member must be a member of the family, was c4 for proven offence by member c4 on 2012-09-03, family p1-0000047",
        c.firstDataErrors().get(0));
    assertEquals(4_731, c.attached());
    assertEquals(Map.of("CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1", 143L, "CRIME_ASB_EDUCATION_RESULT", 1_291L, "PROGRESS_TO_WORK_RESULT", 592L),
        c.resultsAchieved());
  }

  @Test
  void theLedgerPaysTheFeesAndResultsByFinancialYear() {
    Report.LedgerSection l = report().cohort().ledger();
    assertEquals(8_000, l.target());
    assertEquals(4_731, l.attached());
    assertEquals(1_412, l.turnedAround());
    assertEquals(7_548, l.claimsMade());
    assertEquals(6_346, l.claimsPaid());
    assertEquals(1_202, l.claimsRefused());
    assertEquals(Map.of("duplicate-claim", 25L, "result-achieved", 1_177L), l.refusalsByCondition());
    assertEquals(
        List.of(
            new Report.YearRow("2012-13", 1_769, 0, Money.of("5660800.00")),
            new Report.YearRow("2013-14", 2_962, 105, Money.of("7632300.00")),
            new Report.YearRow("2014-15", 0, 1_510, Money.of("955200.00"))),
        l.byYear());
    // 2012-13 pays attachment fees only, at £3,200 each (TF framework 2012).
    assertEquals(Money.ofPounds(3_200).times(1_769), l.byYear().get(0).paid());
    assertEquals(Money.of("14248300.00"), l.totalPaid());
    assertEquals(Money.ofPounds(10_000).times(4_731), l.interventionCost());
    assertEquals(l.interventionCost(), l.centralShare().plus(l.localShare()));
  }

  @Test
  void theAppraisalSectionGivesThePublishedFiguresAndTwoSharingProposals() {
    Report.AppraisalSection a = report().appraisal();
    assertEquals(8_000, a.families());
    assertEquals(Money.of("135666666.67"), a.presentCost());
    assertEquals(Money.of("74621897.72"), a.npvFiscal());
    assertEquals(new java.math.BigDecimal("1.55"), a.benefitCostRatio());
    assertEquals("2016-17 (4 years)", a.payback());
    assertEquals(2, a.sharing().size());
    assertEquals(List.of(), a.sharing().get(1).netPayers().stream().filter(p -> p.startsWith("Department for Work")).toList());
  }

  @Test
  void theJsonFlagWritesTheSameFigures() throws Exception {
    JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(ProgrammeOfficeReport.json(report()));
    assertEquals(5_162, json.at("/cohort/eligible").asLong());
    assertEquals("2012-10-01", json.at("/cohort/identifiedOn").asText());
    assertEquals("5660800.00", json.at("/cohort/ledger/byYear/0/paid").asText(), "money as an exact decimal string");
    assertTrue(json.at("/cohort/ledger/byYear/0/paid").isTextual());
    assertEquals("dip", json.at("/pool/contributions/4/id").asText());
    assertEquals("allowed once conditions are met", json.at("/pool/contributions/4/verdict").asText());
    assertEquals(14, json.at("/pool/contributions").size());
  }

  private static Report report;

  private static synchronized Report report() {
    if (report == null) {
      report = ProgrammeOfficeReport.build(engine, ProgrammeOfficeReport.DEFAULT_DATE);
    }
    return report;
  }

  @Test
  void theReportShowsTheMenuTheAreasAndEveryReason() {
    String report = ProgrammeOfficeReport.text(report());
    assertTrue(report().menu().stream().anyMatch(l -> l.line().equals("Youth Offending Team grant")));
    assertTrue(report.contains("Youth Offending"), report);
    assertTrue(report.contains("first-phase Community Budgets (16, Offer §1)"), report);
    assertTrue(report.contains("condition not met: Police and Crime Commissioners are in place"), report);
    assertTrue(report.contains("read pooling.pcc.first-day = 2012-11-22"), report);
    assertTrue(report.contains("condition not met: the line exists on the business date (2013-04-01..)"), report);
    assertTrue(report.contains("Decided with rule set sha256:"), report);
    assertTrue(report.contains("2012-13                   1,769        0   £5,660,800.00"), report);
    assertTrue(report.contains("Sharing the cashable savings by cashable benefit"), report);
  }

  @Test
  void sharingByCashableBenefitGivesEachAgencyExactlyItsCashableBenefit() {
    Report.AppraisalSection a = report().appraisal();
    Report.SharingSection byBenefit = a.sharing().get(1);
    Map<String, Money> cashable = new LinkedHashMap<>();
    a.agencies().forEach(r -> cashable.put(r.agency(), r.cashable()));
    for (Report.ShareRow row : byBenefit.shares()) {
      assertEquals(cashable.get(row.agency()), row.receives(), row.agency());
    }
    Report.ShareRow councils = byBenefit.shares().get(0);
    assertEquals(Money.of("67292340.61"), councils.receives(), "the councils' cashable benefit, not 54.55% of the savings");
    assertEquals(new java.math.BigDecimal("54.55"), councils.sharePercent(), "the terms still state the share to two places");
  }

  @Test
  void theAppraisalsLastCumulativeNetIsItsFiscalNpv() {
    org.communitybudgets.appraisal.Appraisal appraisal = GreaterManchesterAppraisal.asPublished();
    List<org.communitybudgets.appraisal.AppraisalYear> years = appraisal.years();
    assertEquals(appraisal.npvFiscal(), years.get(years.size() - 1).cumulativeNetFiscal());
  }

  @Test
  void theTextReportListsTheTwelveNeighbourhoodPilotsAndKeepsItsLinesWithin120Characters() {
    String text = ProgrammeOfficeReport.text(report());
    assertTrue(text.contains("Neighbourhood Community Budget pilot (12, "), text);
    String names = text.substring(text.indexOf("Neighbourhood Community Budget pilot (12, "));
    names = names.substring(names.indexOf('\n') + 1, names.indexOf("\n\n"));
    assertEquals(12, names.replace("\n", " ").split("; ").length, names);
    assertTrue(names.contains("Cowgate, Kenton Bar and Montague; "), names);
    assertTrue(names.contains("Sherwood, Tunbridge Wells"), names);
    assertEquals(List.of(), text.lines().filter(l -> l.length() > 120).toList());
    assertTrue(text.contains("crime, ASB and education result"), "results by their labels, not enum names");
    assertTrue(text.contains("2013-14 to 2017-18"));
  }

  @Test
  void theJsonGivesMoneyAsDecimalStringsSharesAndRatiosAsNumbersAndConditionsByCode() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ProgrammeOfficeReport.json(report()));
    assertEquals("4000000.00", json.at("/pool/contributions/0/amounts/2012-13").asText());
    assertTrue(json.at("/pool/contributions/0/amounts/2012-13").isTextual());
    assertTrue(json.at("/appraisal/benefitCostRatio").isNumber());
    assertEquals("1.55", json.at("/appraisal/benefitCostRatio").decimalValue().toPlainString());
    assertEquals("54.55", json.at("/appraisal/sharing/1/shares/0/sharePercent").decimalValue().toPlainString());
    JsonNode esf = json.at("/pool/contributions/3");
    assertEquals("esf", esf.get("id").asText());
    List<String> codes = new java.util.ArrayList<>();
    esf.get("reasons").forEach(r -> codes.add(r.get("conditionCode").asText()));
    assertTrue(codes.contains("esf-within-targeted-share"), codes.toString());
    assertTrue(json.at("/cohort/resultsAchieved").has("CRIME_ASB_EDUCATION_RESULT"));
  }

  @Test
  void aPoolWithoutItsAreasAllocationsIsReportedAsNotJudgedOnThem() throws Exception {
    ProgrammeOfficeReport.Inputs bundled = ProgrammeOfficeReport.bundled();
    ProgrammeOfficeReport.CohortInput small = new ProgrammeOfficeReport.CohortInput(bundled.cohort().authority(), bundled.cohort().phase(),
        "families.jsonl", bundled.cohort().records().subList(0, 50), bundled.cohort().target(), List.of(),
        bundled.cohort().identifiedOn(), bundled.cohort().reviewedOn());
    ProgrammeOfficeReport.Inputs without = new ProgrammeOfficeReport.Inputs(bundled.pool(), org.communitybudgets.funding.Allocations.empty(), small, false);
    ProgrammeOfficeReport.Inputs with = new ProgrammeOfficeReport.Inputs(bundled.pool(), bundled.allocations(), small, false);
    String text = ProgrammeOfficeReport.text(engine, ProgrammeOfficeReport.DEFAULT_DATE, without);
    assertTrue(text.replaceAll("\\s+", " ").contains(ProgrammeOfficeReport.NOT_JUDGED), text);
    assertTrue(ProgrammeOfficeReport.html(engine, ProgrammeOfficeReport.DEFAULT_DATE, without).contains("id=\"allocations-not-judged\""));
    assertEquals(false, new ObjectMapper().readTree(ProgrammeOfficeReport.json(engine, ProgrammeOfficeReport.DEFAULT_DATE, without))
        .at("/pool/allocationsJudged").asBoolean(true));
    assertFalse(ProgrammeOfficeReport.text(engine, ProgrammeOfficeReport.DEFAULT_DATE, with).contains("were not given"));
    assertFalse(ProgrammeOfficeReport.html(engine, ProgrammeOfficeReport.DEFAULT_DATE, with).contains("allocations-not-judged"));
  }

  @Test
  void aReportSaysHowFarItHasGoneStepByStepAndReadsTheSameAsWithout() {
    ProgrammeOfficeReport.Inputs inputs = smallPilot(300);
    List<String> steps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.Map<String, Long> furthest = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Map<String, Long> totals = new java.util.concurrent.ConcurrentHashMap<>();
    String withProgress = ProgrammeOfficeReport.text(engine, ProgrammeOfficeReport.DEFAULT_DATE, inputs, (step, done, total) -> {
      if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
        steps.add(step);
      }
      furthest.merge(step, done, Math::max);
      totals.put(step, total);
    });
    assertEquals(List.of("assessing the pool", "identifying the cohort's families", "deciding the cohort's results",
        "drawing up the authority's ledger", "writing the report"), steps);
    assertEquals(300L, furthest.get("identifying the cohort's families"), "every record identified, invalid ones included");
    assertEquals(300L, totals.get("identifying the cohort's families"));
    assertEquals(totals.get("deciding the cohort's results"), furthest.get("deciding the cohort's results"));
    assertEquals(ProgrammeOfficeReport.text(engine, ProgrammeOfficeReport.DEFAULT_DATE, inputs), withProgress);
  }

  @Test
  void theReportOpensWithWhatToActOnForEveryYearAndListsItsSourcesByTitle() {
    ProgrammeOfficeReport.Inputs inputs = smallPilot(100);
    Report report = ProgrammeOfficeReport.build(engine, ProgrammeOfficeReport.DEFAULT_DATE, inputs);

    List<ProgrammeOfficeReport.HeadlineYear> years = ProgrammeOfficeReport.headline(report.pool());
    assertEquals(List.of("2012-13", "2013-14", "2014-15"), years.stream().map(ProgrammeOfficeReport.HeadlineYear::year).toList(),
        "every year of the pool, not only the year of the business date");
    for (ProgrammeOfficeReport.HeadlineYear y : years) {
      assertEquals(y.requested(), y.allowed().plus(y.alignmentOnly()).plus(y.waiting()).plus(y.refused()), y.year() + ": every pound decided once");
    }
    assertTrue(years.get(1).waiting().isPositive(), "the PCC's 2013-14 money waits for the Commissioners: " + years);

    String text = ProgrammeOfficeReport.text(report);
    assertTrue(text.startsWith("\nWhat to act on: " + report.pool().pool() + ", assessed on 2012-10-01\n"), text.substring(0, 300));
    assertTrue(text.indexOf("What to act on") < text.indexOf("The departmental menu"), "the headline first");
    assertTrue(text.contains("amount 2013-14"), "the pool's table shows every year");
    String flat = text.replaceAll("\\s+", " ");
    assertTrue(flat.contains("pcc (Crime, drugs and community safety funding devolved to Police and Crime Commissioners), £800,000.00 in 2013-14,"
        + " £800,000.00 in 2014-15: allowed once conditions are met; not met: "), "the money of every year, and what it waits on: " + text.substring(0, 3000));
    assertTrue(flat.contains("esf (European Social Fund), £900,000.00 in 2012-13, £900,000.00 in 2013-14, £900,000.00 in 2014-15: refused; not met: "), flat.substring(0, 3000));
    assertTrue(text.contains("Troubled families in Greater Manchester:"), "the area by its name");

    String html = HtmlReport.html(report);
    assertTrue(html.indexOf("id=\"act-on\"") < html.indexOf("id=\"money\""), "the headline first on the page too");
    assertTrue(html.contains("<cite>DCLG, Community Budgets: the offer to local areas, with its annex Menu of Government support options (2010-11)</cite> (Offer), not published"),
        "the sources by title");
    assertTrue(html.contains("<a href=\"https://www.gov.uk/government/publications/the-troubled-families-programme-financial-framework\">"), "with their addresses");
  }

  /** The bundled pilot's pool with the first {@code families} records of its cohort, without the appraisal. */
  private static ProgrammeOfficeReport.Inputs smallPilot(int families) {
    ProgrammeOfficeReport.Inputs bundled = ProgrammeOfficeReport.bundled();
    ProgrammeOfficeReport.CohortInput small = new ProgrammeOfficeReport.CohortInput(bundled.cohort().authority(), bundled.cohort().phase(),
        "families.jsonl", bundled.cohort().records().subList(0, families), bundled.cohort().target(), bundled.cohort().plans(),
        bundled.cohort().identifiedOn(), bundled.cohort().reviewedOn());
    return new ProgrammeOfficeReport.Inputs(bundled.pool(), bundled.allocations(), small, false);
  }
}
