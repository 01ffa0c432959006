package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.FactRead;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.decision.ContributionVerdict.ALIGNMENT_ONLY;
import static org.communitybudgets.decision.ContributionVerdict.ALLOWED;
import static org.communitybudgets.decision.ContributionVerdict.CONDITIONAL;
import static org.communitybudgets.decision.ContributionVerdict.REFUSED;
import static org.communitybudgets.pool.ContributionMode.ALIGNED;
import static org.communitybudgets.pool.ContributionMode.LOCALLY_POOLED;
import static org.communitybudgets.pool.ContributionMode.POOLED_AT_SOURCE;
import static org.communitybudgets.rules.PoolFixtures.FY2011;
import static org.communitybudgets.rules.PoolFixtures.FY2012;
import static org.communitybudgets.rules.PoolFixtures.FY2013;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2013;
import static org.communitybudgets.rules.PoolFixtures.allocation;
import static org.communitybudgets.rules.PoolFixtures.allocations;
import static org.communitybudgets.rules.PoolFixtures.assertDecided;
import static org.communitybudgets.rules.PoolFixtures.assertReadParameter;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.communitybudgets.rules.PoolFixtures.earmarked;
import static org.communitybudgets.rules.PoolFixtures.holderFor;
import static org.communitybudgets.rules.PoolFixtures.money;
import static org.communitybudgets.rules.PoolFixtures.pool;
import static org.communitybudgets.rules.PoolFixtures.poolRules;
import static org.communitybudgets.rules.PoolFixtures.poolWithId;
import static org.communitybudgets.rules.PoolFixtures.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules for every line: holders, allocations, whole lines, ring-fences, pooling at source,
 * lines off the menu and savings (pooling-general.drl), and how several findings make one verdict.
 */
class PoolingGeneralRulesTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  private static final String HOLDER_KIND = "A line can only be contributed by the kind of body that holds it";
  private static final String OVER_ALLOCATION = "Contributions beyond the area's allocation of a line are flagged for local discussion";
  private static final String WHOLE_LINE = "Moving a whole line into the pool is flagged";
  private static final String RING_FENCE =
      "A ring-fenced line pooled for purposes outside its ring-fence can only be aligned";
  private static final String AT_SOURCE_WAITS = "Pooling at source needs an agreement covering the Spending Review period";
  private static final String AT_SOURCE_MET = "Pooling at source is agreed for the Spending Review period";
  private static final String OFF_MENU_MET = "A line the menu does not name may be pooled as agreed with its department";
  private static final String OFF_MENU_WAITS = "A line the menu does not name waits for agreement with its department";
  private static final String SAVINGS_SHARED = "Savings are redistributed as an agreement in force sets out";
  private static final String SAVINGS_STAY = "Without an agreement to share savings, savings stay where they fall";

  private static final String WORK_PROGRAMME = "Work Programme prime contractors are free to pool and align Work Programme funding";
  private static final String HEALTH_2013_MET = "NHS, public health and social care funding may be pooled by the body it goes to";
  private static final String OUTSIDE_LIFE = "A contribution for a year outside its line's life is refused";
  private static final String DIP_WAITS_MANAGEMENT =
      "DIP main grant waits until offender management from custody to post-sentence is delivered";
  private static final String DIP_WAITS_REOFFENDING = "DIP main grant waits until reducing-reoffending outcomes are improved";

  private static final String WP = "work-programme-funding";
  private static final String PUBLIC_HEALTH = "public-health-grant";
  private static final String TROUBLED_FAMILIES = "troubled-families-pbr";
  private static final Money ALLOCATION = Money.ofPounds(500_000);
  private static final Allocations WP_ALLOCATION = allocations(allocation(WP, FY2012, ALLOCATION));

  private static Decision<ContributionVerdict> workProgramme(Money amount) {
    Pool pool = pool().contribution(money("wp", WP, LOCALLY_POOLED, amount, FY2012)).build();
    return decision(ENGINE.assess(pool, WP_ALLOCATION, List.of(), JUNE_2012), "wp");
  }

  // Holders

  @Test
  void aLineContributedByABodyOfTheWrongKindIsRefused() {
    BudgetHolder council = PoolFixtures.holder("gm-council", HolderKind.COUNCIL);
    Pool pool =
        pool().holder(council).contribution(money("wp", WP, council.id(), LOCALLY_POOLED, Money.ofPounds(1_000), FY2012)).build();

    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, JUNE_2012), "wp");
    assertDecided(d, REFUSED, List.of(WORK_PROGRAMME, HOLDER_KIND), List.of("held-by-contributor"));
    assertTrue(d.reasons(Effect.NOT_MET).get(0).facts().contains(FactRead.of("holder kind", HolderKind.COUNCIL)));
  }

  @Test
  void aLineContributedByTheKindOfBodyThatHoldsItIsNotRefusedForItsHolder() {
    assertDecided(workProgramme(Money.ofPounds(1_000)), ALLOWED, List.of(WORK_PROGRAMME), List.of());
  }

  @Test
  void aLineTheCatalogueDoesNotKnowCanBeContributedByAnyKindOfBody() {
    BudgetHolder police = PoolFixtures.holder("gm-police", HolderKind.POLICE_FORCE);
    Pool pool =
        pool()
            .holder(police)
            .contribution(money("local", "gm-housing-fund", police.id(), LOCALLY_POOLED, Money.ofPounds(1_000), FY2012))
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "local"),
        CONDITIONAL,
        List.of(OFF_MENU_WAITS),
        List.of("agreed-with-department"));
  }

  // Allocations and whole lines

  @Test
  void aLinesPoolsAtExactlyTheAllocationAreAllowedAndFlaggedAsTheWholeLine() {
    Decision<ContributionVerdict> d = workProgramme(ALLOCATION);

    assertDecided(d, ALLOWED, List.of(WORK_PROGRAMME, WHOLE_LINE), List.of());
    assertEquals(List.of(WHOLE_LINE), d.reasons(Effect.FLAG).stream().map(r -> r.rule()).toList());
    assertReadParameter(d, "pooling.whole-line.share", "100%", LocalDate.of(2010, 4, 1));
  }

  @Test
  void aLinesPoolsAt9999PercentOfTheAllocationAreNotFlagged() {
    Decision<ContributionVerdict> d = workProgramme(Money.ofPounds(499_950));

    assertDecided(d, ALLOWED, List.of(WORK_PROGRAMME), List.of());
    assertEquals(List.of(), d.reasons(Effect.FLAG));
  }

  @Test
  void aLinesPoolsOnePennyOverTheAllocationAreFlaggedForLocalDiscussionNotRefused() {
    Decision<ContributionVerdict> d = workProgramme(pounds("500000.01"));
    assertDecided(d, ALLOWED, List.of(WORK_PROGRAMME, OVER_ALLOCATION), List.of());
    Reason flag = d.reasons(Effect.FLAG).get(0);
    assertEquals(OVER_ALLOCATION, flag.rule());
    assertTrue(flag.statement().contains("£500,000.01 of Work Programme funding in 2012-13, more than its allocation of £500,000.00"), flag.statement());
  }

  @Test
  void aLineWithoutAKnownAllocationIsNeitherRefusedNorFlagged() {
    Pool pool = pool().contribution(money("wp", WP, LOCALLY_POOLED, Money.ofPounds(900_000_000), FY2012)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "wp"), ALLOWED, List.of(WORK_PROGRAMME), List.of());
  }

  @Test
  void theAreasOtherPoolsCountAgainstTheSameAllocation() {
    Pool here = pool().contribution(money("wp", WP, LOCALLY_POOLED, Money.ofPounds(300_000), FY2012)).build();
    Pool exactly =
        poolWithId("gm-other").contribution(money("wp-2", WP, ALIGNED, Money.ofPounds(200_000), FY2012)).build();
    Pool penny =
        poolWithId("gm-other").contribution(money("wp-2", WP, ALIGNED, pounds("200000.01"), FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(here, WP_ALLOCATION, List.of(exactly), JUNE_2012), "wp"),
        ALLOWED,
        List.of(WORK_PROGRAMME),
        List.of());
    Decision<ContributionVerdict> flagged = decision(ENGINE.assess(here, WP_ALLOCATION, List.of(penny), JUNE_2012), "wp");
    assertDecided(flagged, ALLOWED, List.of(WORK_PROGRAMME, OVER_ALLOCATION), List.of());
    assertEquals(1, flagged.reasons(Effect.FLAG).size());
  }

  @Test
  void poolsOfOtherAreasDoNotCountAgainstTheAllocation() {
    Pool here = pool().contribution(money("wp", WP, LOCALLY_POOLED, Money.ofPounds(300_000), FY2012)).build();
    Pool elsewhere =
        Pool.builder(org.communitybudgets.pool.PoolId.of("essex-families"), org.communitybudgets.area.AreaId.of("essex"), "Essex families")
            .purpose(org.communitybudgets.funding.Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS)
            .years(FY2012, FY2012)
            .holder(holderFor(WP))
            .contribution(money("wp-essex", WP, ALIGNED, Money.ofPounds(400_000), FY2012))
            .build();

    assertEquals(
        ALLOWED, decision(ENGINE.assess(here, WP_ALLOCATION, List.of(elsewhere), JUNE_2012), "wp").verdict());
  }

  @Test
  void otherPoolsDrawingOnOtherLinesOrYearsDoNotCount() {
    Pool here = pool().contribution(money("wp", WP, LOCALLY_POOLED, Money.ofPounds(300_000), FY2012)).build();
    Pool other =
        poolWithId("gm-other")
            .contribution(money("wp-2", WP, ALIGNED, Money.ofPounds(400_000), FY2013))
            .contribution(money("jcp", "jcp-discretionary-funding", ALIGNED, Money.ofPounds(400_000), FY2012))
            .build();

    assertEquals(
        ALLOWED, decision(ENGINE.assess(here, WP_ALLOCATION, List.of(other), JUNE_2012), "wp").verdict());
  }

  @Test
  void overAllocationInAnyOneYearFlagsTheContributionAndLeavesItInTheAllowedTotals() {
    Pool pool =
        pool()
            .contribution(money("wp", WP, LOCALLY_POOLED, Money.ofPounds(300_000), FY2012, FY2013))
            .contribution(money("wp-small", WP, ALIGNED, Money.ofPounds(100_000), FY2011))
            .build();
    Allocations allocations =
        allocations(
            allocation(WP, FY2011, ALLOCATION),
            allocation(WP, FY2012, ALLOCATION),
            allocation(WP, FY2013, Money.ofPounds(299_999)));

    PoolAssessment assessment = ENGINE.assess(pool, allocations, List.of(), JUNE_2012);

    assertDecided(decision(assessment, "wp"), ALLOWED, List.of(WORK_PROGRAMME, OVER_ALLOCATION), List.of());
    assertEquals(ALLOWED, decision(assessment, "wp-small").verdict());
    assertEquals(
        Map.of(FY2011, Money.ofPounds(100_000), FY2012, Money.ofPounds(300_000), FY2013, Money.ofPounds(300_000)),
        assessment.requested().byYear());
    assertEquals(assessment.requested().byYear(), assessment.allowed().byYear(),
        "menu preamble: the amounts are for local discussion, so none is refused for them");
  }

  // Ring-fences

  @Test
  void publicHealthGrantPooledForFamiliesCanOnlyBeAligned() {
    Pool pool = pool().contribution(money("ph", PUBLIC_HEALTH, LOCALLY_POOLED, FY2013)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2013), "ph"),
        ALIGNMENT_ONLY,
        List.of(HEALTH_2013_MET, RING_FENCE),
        List.of("within-ring-fence"));
  }

  @Test
  void publicHealthGrantPooledForPublicHealthAndFamiliesWithoutAnEarmarkCanOnlyBeAligned() {
    Pool pool =
        pool(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS, Purpose.PUBLIC_HEALTH)
            .contribution(money("ph", PUBLIC_HEALTH, LOCALLY_POOLED, FY2013))
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2013), "ph"),
        ALIGNMENT_ONLY,
        List.of(HEALTH_2013_MET, RING_FENCE),
        List.of("within-ring-fence"));
  }

  @Test
  void publicHealthGrantEarmarkedForPublicHealthCanBePooled() {
    Pool pool =
        pool(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS, Purpose.PUBLIC_HEALTH)
            .contribution(earmarked("ph", PUBLIC_HEALTH, LOCALLY_POOLED, Purpose.PUBLIC_HEALTH, FY2013))
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2013), "ph"), ALLOWED, List.of(HEALTH_2013_MET), List.of());
  }

  @Test
  void publicHealthGrantAlignedToFamiliesIsNotLimitedByItsRingFence() {
    Pool pool = pool().contribution(money("ph", PUBLIC_HEALTH, ALIGNED, FY2013)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2013), "ph"), ALLOWED, List.of(HEALTH_2013_MET), List.of());
  }

  @Test
  void publicHealthGrantPooledAtSourceForFamiliesCanOnlyBeAlignedEvenWithAnAgreement() {
    Pool pool =
        pool().contribution(money("ph", PUBLIC_HEALTH, POOLED_AT_SOURCE, FY2013)).agreementCoveringSr2010().build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2013), "ph"),
        ALIGNMENT_ONLY,
        List.of(HEALTH_2013_MET, AT_SOURCE_MET, RING_FENCE),
        List.of("within-ring-fence"));
  }

  // Pooling at source

  @Test
  void poolingAtSourceWithAnAgreementCoveringTheSpendingReview2010IsAllowed() {
    Pool pool =
        pool().contribution(money("wp", WP, POOLED_AT_SOURCE, FY2012, FY2013)).agreementCoveringSr2010().build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "wp"), ALLOWED, List.of(WORK_PROGRAMME, AT_SOURCE_MET), List.of());
  }

  @Test
  void poolingAtSourceWithoutAnAgreementWaitsForOne() {
    Pool pool = pool().contribution(money("wp", WP, POOLED_AT_SOURCE, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "wp"),
        CONDITIONAL,
        List.of(WORK_PROGRAMME, AT_SOURCE_WAITS),
        List.of("agreement-covering-spending-review-period"));
  }

  @Test
  void anAgreementCovering2011To2014OnlyIsNotEnoughToPoolAtSource() {
    // The contribution is for 2012-13 only, but the agreement must cover it through the end of the
    // SR2010 period, 2014-15.
    Pool pool =
        pool()
            .contribution(money("wp", WP, POOLED_AT_SOURCE, FY2012))
            .agreement(FY2011, FY2013, LocalDate.of(2011, 3, 1))
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "wp"),
        CONDITIONAL,
        List.of(WORK_PROGRAMME, AT_SOURCE_WAITS),
        List.of("agreement-covering-spending-review-period"));
  }

  @Test
  void anAgreementSignedMidPeriodCoveringTheContributionThroughTheEndOfThePeriodIsEnough() {
    Pool pool =
        pool()
            .contribution(money("wp", WP, POOLED_AT_SOURCE, FY2013))
            .agreement(FY2013, PoolFixtures.FY2014, LocalDate.of(2013, 2, 1))
            .build();

    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, JUNE_2013), "wp");
    assertDecided(d, ALLOWED, List.of(WORK_PROGRAMME, AT_SOURCE_MET), List.of());
    Pool shortOfTheEnd =
        pool()
            .contribution(money("wp", WP, POOLED_AT_SOURCE, FY2013))
            .agreement(FY2013, FY2013, LocalDate.of(2013, 2, 1))
            .build();
    assertDecided(
        decision(ENGINE.assess(shortOfTheEnd, JUNE_2013), "wp"),
        CONDITIONAL,
        List.of(WORK_PROGRAMME, AT_SOURCE_WAITS),
        List.of("agreement-covering-spending-review-period"));
  }

  @Test
  void anAgreementCountsForPoolingAtSourceFromTheDayItIsSignedNotTheDayBefore() {
    LocalDate signed = LocalDate.of(2012, 7, 2);
    Pool pool =
        pool()
            .contribution(money("wp", WP, POOLED_AT_SOURCE, FY2012))
            .agreement(FY2011, PoolFixtures.FY2014, signed)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, signed.minusDays(1)), "wp"),
        CONDITIONAL,
        List.of(WORK_PROGRAMME, AT_SOURCE_WAITS),
        List.of("agreement-covering-spending-review-period"));
    assertDecided(
        decision(ENGINE.assess(pool, signed), "wp"), ALLOWED, List.of(WORK_PROGRAMME, AT_SOURCE_MET), List.of());
  }

  @Test
  void locallyPooledMoneyNeedsNoAgreement() {
    Pool pool = pool().contribution(money("wp", WP, LOCALLY_POOLED, FY2012)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "wp"), ALLOWED, List.of(WORK_PROGRAMME), List.of());
  }

  // Lines the menu does not name

  @Test
  void troubledFamiliesFundingOffTheMenuCanBePooledAsAgreedWithItsDepartment() {
    Pool pool =
        pool()
            .contribution(money("tf", TROUBLED_FAMILIES, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.AGREED_WITH_DEPARTMENT, TROUBLED_FAMILIES)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "tf"), ALLOWED, List.of(OFF_MENU_MET), List.of());
  }

  @Test
  void troubledFamiliesFundingOffTheMenuWaitsForAgreementWithItsDepartment() {
    Pool pool = pool().contribution(money("tf", TROUBLED_FAMILIES, LOCALLY_POOLED, FY2012)).build();

    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, JUNE_2012), "tf");
    assertDecided(d, CONDITIONAL, List.of(OFF_MENU_WAITS), List.of("agreed-with-department"));
    assertTrue(d.reasons().get(0).facts().contains(FactRead.of("department", "DCLG")), d.reasons().toString());
  }

  @Test
  void aLineNotInTheCatalogueCanBePooledAsAgreedWithItsDepartment() {
    Pool pool =
        pool()
            .contribution(money("local", "gm-housing-fund", LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.AGREED_WITH_DEPARTMENT, "gm-housing-fund")
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "local"), ALLOWED, List.of(OFF_MENU_MET), List.of());
  }

  @Test
  void aLineNotInTheCatalogueWaitsForAgreementWithItsDepartment() {
    Pool pool = pool().contribution(money("local", "gm-housing-fund", LOCALLY_POOLED, FY2012)).build();

    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, JUNE_2012), "local");
    assertDecided(d, CONDITIONAL, List.of(OFF_MENU_WAITS), List.of("agreed-with-department"));
    assertTrue(d.reasons().get(0).facts().contains(FactRead.of("department", "not in the catalogue")));
  }

  @Test
  void agreementWithTheDepartmentCountsFromTheDayItIsRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 11, 1);
    Pool pool =
        pool()
            .contribution(money("tf", TROUBLED_FAMILIES, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.AGREED_WITH_DEPARTMENT, TROUBLED_FAMILIES, recorded)
            .build();

    assertEquals(CONDITIONAL, decision(ENGINE.assess(pool, recorded.minusDays(1)), "tf").verdict());
    assertEquals(ALLOWED, decision(ENGINE.assess(pool, recorded), "tf").verdict());
  }

  // Savings

  @Test
  void savingsAreSharedAsAnAgreementInForceSetsOut() {
    Pool pool =
        pool().contribution(money("wp", WP, LOCALLY_POOLED, FY2012)).savingsAgreement(LocalDate.of(2011, 3, 1)).build();

    PoolAssessment assessment = ENGINE.assess(pool, JUNE_2012);

    assertEquals(List.of(SAVINGS_SHARED), poolRules(assessment));
    assertEquals(Effect.MET, assessment.poolFindings().get(0).effect());
  }

  @Test
  void withoutAnAgreementSavingsStayWhereTheyFall() {
    Pool pool = pool().contribution(money("wp", WP, LOCALLY_POOLED, FY2012)).build();

    PoolAssessment assessment = ENGINE.assess(pool, JUNE_2012);

    assertEquals(List.of(SAVINGS_STAY), poolRules(assessment));
    assertEquals(Effect.FLAG, assessment.poolFindings().get(0).effect());
  }

  @Test
  void anAgreementThatSharesNoSavingsLeavesThemWhereTheyFall() {
    Pool pool = pool().contribution(money("wp", WP, LOCALLY_POOLED, FY2012)).agreementCoveringSr2010().build();

    assertEquals(List.of(SAVINGS_STAY), poolRules(ENGINE.assess(pool, JUNE_2012)));
  }

  @Test
  void savingsAreSharedFromTheDayTheAgreementIsSignedNotTheDayBefore() {
    LocalDate signed = LocalDate.of(2012, 9, 12);
    Pool pool = pool().contribution(money("wp", WP, LOCALLY_POOLED, FY2012)).savingsAgreement(signed).build();

    assertEquals(List.of(SAVINGS_STAY), poolRules(ENGINE.assess(pool, signed.minusDays(1))));
    assertEquals(List.of(SAVINGS_SHARED), poolRules(ENGINE.assess(pool, signed)));
  }

  // The most limiting finding decides

  @Test
  void refusedOutranksAlignmentOnly() {
    Pool pool = pool().contribution(money("ph", PUBLIC_HEALTH, LOCALLY_POOLED, FY2012, FY2013)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2013), "ph"),
        REFUSED,
        List.of(HEALTH_2013_MET, OUTSIDE_LIFE, RING_FENCE),
        List.of("within-line-life", "within-ring-fence"));
  }

  @Test
  void alignmentOnlyOutranksConditional() {
    Pool pool = pool().contribution(money("ph", PUBLIC_HEALTH, POOLED_AT_SOURCE, FY2013)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2013), "ph"),
        ALIGNMENT_ONLY,
        List.of(HEALTH_2013_MET, RING_FENCE, AT_SOURCE_WAITS),
        List.of("within-ring-fence", "agreement-covering-spending-review-period"));
  }

  @Test
  void conditionalOutranksAllowed() {
    Pool pool = pool().contribution(money("wp", WP, POOLED_AT_SOURCE, FY2012)).build();

    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, JUNE_2012), "wp");
    assertEquals(CONDITIONAL, d.verdict());
    assertEquals(1, d.reasons(Effect.MET).size());
  }

  @Test
  void refusedOutranksConditional() {
    BudgetHolder council = PoolFixtures.holder("gm-council", HolderKind.COUNCIL);
    Pool pool =
        pool()
            .holder(council)
            .contribution(money("dip", "dip-main-grant", council.id(), LOCALLY_POOLED, Money.ofPounds(5_000), FY2012))
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "dip"),
        REFUSED,
        List.of(HOLDER_KIND, DIP_WAITS_MANAGEMENT, DIP_WAITS_REOFFENDING),
        List.of("held-by-contributor", "offender-management-delivered", "reducing-reoffending-outcomes-improved"));
  }
}
