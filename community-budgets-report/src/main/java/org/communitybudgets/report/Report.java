package org.communitybudgets.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.money.Money;

/**
 * What the programme office report says, as plain data: {@link ProgrammeOfficeReport} lays it out
 * as tables or writes it as JSON.
 */
record Report(
    LocalDate poolAssessedOn,
    List<MenuLine> menu,
    List<AreaGroup> areas,
    PoolSection pool,
    CohortSection cohort,
    // Greater Manchester's cost-benefit appraisal; null in a report on another area's pool.
    AppraisalSection appraisal) {

  record MenuLine(
      String line, String department, String heldBy, String ringFence, String exists, boolean onMenu, String source) {}

  record AreaGroup(String programme, String source, List<String> areas) {}

  record PoolSection(
      String pool,
      String area,
      LocalDate assessedOn,
      List<ContributionRow> contributions,
      List<ReasonRow> poolFindings,
      List<DepartmentTotal> requested,
      List<DepartmentTotal> allowed,
      String ruleSet,
      String libraryVersion,
      // Whether the area's allocations were given, so that the conditions that read them were judged.
      boolean allocationsJudged) {}

  /**
   * A contribution and its decision: the line's department by its abbreviation, the verdict by its
   * stable code ({@code verdictCode}, e.g. {@code ALLOWED}) and in words ({@code verdict}).
   */
  record ContributionRow(
      String id,
      String line,
      String department,
      String heldBy,
      String mode,
      Map<String, Money> amounts,
      String verdictCode,
      String verdict,
      List<ReasonRow> reasons) {}

  /**
   * A reason: for an unmet condition, its stable code ({@code conditionCode}) and the condition in
   * words ({@code conditionNotMet}); both empty otherwise.
   */
  record ReasonRow(
      String effect, String statement, String rule, String source, String conditionCode, String conditionNotMet, List<String> parametersRead) {}

  record DepartmentTotal(String department, Map<String, Money> byYear, Money total) {}

  record CohortSection(
      String authority,
      String phase,
      long records,
      // Where the records come from, in words.
      String source,
      LocalDate identifiedOn,
      long eligible,
      long notEligible,
      long dataErrors,
      List<String> firstDataErrors,
      Map<String, Long> familiesMeetingEachCriterion,
      LocalDate reviewedOn,
      long attached,
      // By the claim kind a result earns, e.g. {@code CRIME_ASB_EDUCATION_RESULT}.
      Map<String, Long> resultsAchieved,
      LedgerSection ledger) {}

  record LedgerSection(
      int target,
      long identified,
      long attached,
      long turnedAround,
      long claimsMade,
      long claimsPaid,
      long claimsRefused,
      Map<String, Long> refusalsByCondition,
      List<YearRow> byYear,
      Money totalPaid,
      Money interventionCost,
      Money centralShare,
      Money localShare) {}

  record YearRow(String year, long feesPaid, long resultsPaid, Money paid) {}

  record AppraisalSection(
      String intervention,
      long families,
      String period,
      Money presentCost,
      Money presentFiscalBenefit,
      Money npvFiscal,
      Money npvTotal,
      // Fiscal benefits over costs, at present value, to {@code Appraisal.RATIO_SCALE} decimal places; null without costs.
      BigDecimal benefitCostRatio,
      String payback,
      List<AgencyRow> agencies,
      List<AppraisalYearRow> years,
      List<SharingSection> sharing) {}

  /** A year of the appraisal: its costs and fiscal benefits, at present value too, and the cumulative net to its end. */
  record AppraisalYearRow(
      String year, Money costs, Money fiscalBenefits, Money discountedCosts, Money discountedFiscalBenefits, Money cumulativeNetFiscal) {}

  record AgencyRow(String agency, Money invests, Money benefits, Money cashable, Money net) {}

  record SharingSection(String basis, List<ShareRow> shares, List<String> netPayers) {}

  /** An agency's share in percent, as the terms state it to two decimal places; null if the terms give it none. */
  record ShareRow(String agency, BigDecimal sharePercent, Money receives, Money invests, Money net) {}
}
