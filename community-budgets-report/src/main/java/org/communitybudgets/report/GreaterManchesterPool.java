package org.communitybudgets.report;

import java.time.LocalDate;
import java.util.List;
import com.google.common.collect.ImmutableMap;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Agreement;
import org.communitybudgets.pool.AgreementId;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.pool.SharingBasis;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;

/**
 * The bundled example: a whole-place pool for families with multiple problems in Greater
 * Manchester, one of the four whole-place pilots of December 2011 (Evidence CB00, Summary), drawing
 * on every department of the menu. The bodies are the kinds the menu names; the amounts and the
 * local facts are illustrative, not published figures.
 */
public final class GreaterManchesterPool {
  static final AreaId AREA = AreaId.of("greater-manchester");
  static final FinancialYear FIRST = FinancialYear.of(2012);
  static final FinancialYear LAST = FinancialYear.of(2014);

  private GreaterManchesterPool() {}

  private static BudgetHolder holder(String id, String name, HolderKind kind) {
    return BudgetHolder.of(HolderId.of(id), name, kind, AREA);
  }

  static final BudgetHolder COUNCIL = holder("manchester-city-council", "Manchester City Council", HolderKind.COUNCIL);
  static final BudgetHolder JCP = holder("jcp-greater-manchester", "Jobcentre Plus, Greater Manchester district", HolderKind.JOBCENTRE_PLUS_DISTRICT);
  static final BudgetHolder PRIME = holder("wp-prime-gm", "Work Programme prime contractor (GM contract area)", HolderKind.WORK_PROGRAMME_PRIME_CONTRACTOR);
  static final BudgetHolder ESF = holder("esf-families-gm", "ESF families provider (GM)", HolderKind.ESF_PROVIDER);
  static final BudgetHolder DIP = holder("dip-manchester", "Manchester DIP partnership", HolderKind.DRUG_INTERVENTIONS_PROGRAMME_PARTNERSHIP);
  static final BudgetHolder POLICE = holder("gm-police", "Greater Manchester Police", HolderKind.POLICE_FORCE);
  static final BudgetHolder PCC = holder("gm-pcc", "Greater Manchester Police and Crime Commissioner", HolderKind.POLICE_AND_CRIME_COMMISSIONER);
  static final BudgetHolder YOT = holder("manchester-yot", "Manchester Youth Offending Team", HolderKind.YOUTH_OFFENDING_TEAM);
  static final BudgetHolder PROBATION = holder("gm-probation", "Greater Manchester Probation Trust", HolderKind.PROBATION_TRUST);
  static final BudgetHolder PCT = holder("manchester-pct", "NHS Manchester (PCT)", HolderKind.PRIMARY_CARE_TRUST);

  private static Contribution money(String id, String line, BudgetHolder holder, ContributionMode mode, long poundsPerYear) {
    return money(id, line, holder, mode, poundsPerYear, FIRST, LAST);
  }

  /** A contribution for the years of its line's life within the pool's. */
  private static Contribution money(
      String id, String line, BudgetHolder holder, ContributionMode mode, long poundsPerYear, FinancialYear first, FinancialYear last) {
    Contribution.Builder b = Contribution.builder(ContributionId.of(id), FundingLineId.of(line), holder.id(), mode);
    for (FinancialYear y : first.through(last)) {
      b.amount(y, Money.ofPounds(poundsPerYear));
    }
    return b.build();
  }

  private static LocalFact fact(LocalFactKind kind, BudgetHolder holder, LocalDate from, String evidence) {
    return LocalFact.of(kind, holder.id(), DateRange.from(from), evidence);
  }

  /** The pool as submitted. */
  public static Pool pool() {
    LocalDate spring2012 = LocalDate.of(2012, 3, 30);
    return Pool.builder(PoolId.of("gm-troubled-families"), AREA, "Greater Manchester troubled families pool")
        .purpose(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS)
        .years(FIRST, LAST)
        .holder(COUNCIL).holder(JCP).holder(PRIME).holder(ESF).holder(DIP).holder(POLICE)
        .holder(PCC).holder(YOT).holder(PROBATION).holder(PCT)
        // The Early Intervention Grant, the DIP main grant and PCT funding end with 2012-13; the PCC's
        // Community Safety Fund begins in 2013-14 (the lines' life in the funding catalogue).
        .contribution(money("eig", "early-intervention-grant", COUNCIL, ContributionMode.POOLED_AT_SOURCE, 4_000_000, FIRST, FIRST))
        .contribution(money("jcp-flex", "jcp-discretionary-funding", JCP, ContributionMode.LOCALLY_POOLED, 1_200_000))
        .contribution(money("work-programme", "work-programme-funding", PRIME, ContributionMode.ALIGNED, 2_500_000))
        .contribution(money("esf", "european-social-fund", ESF, ContributionMode.LOCALLY_POOLED, 900_000))
        .contribution(money("dip", "dip-main-grant", DIP, ContributionMode.LOCALLY_POOLED, 600_000, FIRST, FIRST))
        .contribution(money("police", "police-force-funding", POLICE, ContributionMode.ALIGNED, 1_500_000))
        .contribution(money("pcc", "pcc-community-safety-funding", PCC, ContributionMode.LOCALLY_POOLED, 800_000, FIRST.next(), LAST))
        .contribution(money("yot", "yot-grant", YOT, ContributionMode.LOCALLY_POOLED, 700_000))
        .contribution(money("probation", "probation-interventions-funding", PROBATION, ContributionMode.ALIGNED, 400_000))
        .contribution(money("pct", "pct-funding", PCT, ContributionMode.LOCALLY_POOLED, 1_000_000, FIRST, FIRST))
        .contribution(money("schools", "simplified-school-grants", COUNCIL, ContributionMode.LOCALLY_POOLED, 500_000))
        .contribution(money("tf-pbr", "troubled-families-pbr", COUNCIL, ContributionMode.LOCALLY_POOLED, 3_000_000))
        .contribution(
            Contribution.builder(ContributionId.of("jcp-caseworkers"), FundingLineId.of("jcp-discretionary-funding"), JCP.id(), ContributionMode.IN_KIND)
                .inKind(InKindKind.STAFF).amount(FIRST, Money.ofPounds(150_000)).description("two seconded work coaches").build())
        .contribution(
            Contribution.builder(ContributionId.of("jcp-data"), FundingLineId.of("jcp-discretionary-funding"), JCP.id(), ContributionMode.IN_KIND)
                .inKind(InKindKind.DATA_SHARING).amount(FIRST, Money.ZERO).description("benefit histories of attached families").build())
        .fact(fact(LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED, JCP, spring2012, "JCP district plan 2012-13, families annex"))
        .fact(fact(LocalFactKind.DATA_SHARING_LAWFUL_AND_PROPORTIONATE, JCP, spring2012, "DWP data-sharing assessment, March 2012"))
        .fact(LocalFact.targeted(ESF.id(), DateRange.from(spring2012), Percentage.of(40), "ESF families contract, schedule 2"))
        .fact(fact(LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED, DIP, spring2012, "Integrated offender management review, 2012"))
        .fact(fact(LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE, POLICE, spring2012, "Chief Constable's letter, 2 April 2012"))
        .fact(fact(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, YOT, spring2012, "YJB performance return, Q4 2011-12"))
        .fact(fact(LocalFactKind.AGREED_LOCALLY, YOT, spring2012, "YOT management board minutes, 12 March 2012"))
        .fact(fact(LocalFactKind.AGREED_LOCALLY, PROBATION, spring2012, "Probation trust board, 20 March 2012"))
        .fact(fact(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, PCT, spring2012, "PCT board resolution, 28 March 2012"))
        .agreement(
            Agreement.builder(AgreementId.of("gm-families-mou"), "Greater Manchester families Community Budget agreement")
                .party(COUNCIL).party(JCP).party(POLICE).party(YOT).party(PCT)
                .party(Party.department(Department.DCLG)).party(Party.department(Department.DWP))
                .covering(SpendingReviewPeriod.SR2010)
                .signedOn(LocalDate.of(2012, 4, 2))
                .accountabilityArrangements("each body stays accountable for what it contributes; the Public Service Reform board oversees the pool")
                .fundingAgreement("contributions as scheduled for 2012-13 to 2014-15")
                .priority("one key worker per family")
                .priority("fewer children excluded from school")
                .savingsSharing(
                    SavingsSharingTerms.of(
                        SharingBasis.PROPORTIONATE_TO_INVESTMENT,
                        ImmutableMap.of(COUNCIL, Percentage.of(60), JCP, Percentage.of(20), POLICE, Percentage.of(20))))
                .build())
        .build();
  }

  /** The area's allocations of the lines that are checked against the pool (illustrative). */
  public static Allocations allocations() {
    return Allocations.of(
        List.of(
            allocation("european-social-fund", 2_000_000),
            allocation("yot-grant", 2_400_000),
            allocation("early-intervention-grant", 4_000_000)));
  }

  private static Allocation allocation(String line, long poundsIn2012) {
    return Allocation.of(FundingLineId.of(line), AREA, FIRST, Money.ofPounds(poundsIn2012));
  }
}
