package org.communitybudgets.pool;

import java.time.LocalDate;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;

/** Shared values for the pool tests: a Greater Manchester families pool. */
final class Fixtures {
  private Fixtures() {}

  static final AreaId GM = AreaId.of("greater-manchester");
  static final FinancialYear FY11 = FinancialYear.of(2011);
  static final FinancialYear FY12 = FinancialYear.of(2012);
  static final FinancialYear FY13 = FinancialYear.of(2013);
  static final FinancialYear FY14 = FinancialYear.of(2014);
  static final FinancialYear FY15 = FinancialYear.of(2015);

  static final BudgetHolder JCP =
      BudgetHolder.of(
          HolderId.of("gm-jcp"),
          "Greater Manchester Jobcentre Plus district",
          HolderKind.JOBCENTRE_PLUS_DISTRICT,
          GM);
  static final BudgetHolder YOT =
      BudgetHolder.of(
          HolderId.of("manchester-yot"),
          "Manchester Youth Offending Team",
          HolderKind.YOUTH_OFFENDING_TEAM,
          GM);
  static final BudgetHolder COUNCIL =
      BudgetHolder.of(HolderId.of("manchester"), "Manchester City Council", HolderKind.COUNCIL, GM);

  static final Party DWP = Party.department(Department.DWP);
  static final Party MOJ = Party.department(Department.MOJ);

  static Contribution.Builder yotGrant() {
    return Contribution.builder(
            ContributionId.of("yot-grant"),
            FundingLineId.of("yot-grant"),
            YOT.id(),
            ContributionMode.LOCALLY_POOLED)
        .amount(FY12, Money.ofPounds(250_000))
        .amount(FY13, Money.ofPounds(300_000));
  }

  static Contribution.Builder jcpCaseWorkers() {
    return Contribution.builder(
            ContributionId.of("jcp-case-workers"),
            FundingLineId.of("jcp-flexible-support-fund"),
            JCP.id(),
            ContributionMode.IN_KIND)
        .inKind(InKindKind.STAFF)
        .amount(FY12, Money.ofPounds(80_000))
        .description("Two seconded case workers");
  }

  static Agreement.Builder mou() {
    return Agreement.builder(AgreementId.of("gm-mou"), "Greater Manchester Community Budget MOU")
        .party(COUNCIL)
        .party(DWP)
        .years(FY11, FY14)
        .signedOn(LocalDate.of(2011, 6, 15))
        .accountabilityArrangements("Each partner remains accountable for its own contribution")
        .fundingAgreement("Partners align budgets to the families programme")
        .priority("Families with multiple problems");
  }

  static DateRange fy12Dates() {
    return FY12.dates();
  }
}
