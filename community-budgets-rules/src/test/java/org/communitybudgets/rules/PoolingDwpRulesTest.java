package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.decision.ContributionVerdict.ALLOWED;
import static org.communitybudgets.decision.ContributionVerdict.CONDITIONAL;
import static org.communitybudgets.decision.ContributionVerdict.REFUSED;
import static org.communitybudgets.pool.ContributionMode.ALIGNED;
import static org.communitybudgets.pool.ContributionMode.LOCALLY_POOLED;
import static org.communitybudgets.rules.PoolFixtures.FY2012;
import static org.communitybudgets.rules.PoolFixtures.FY2013;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.allocation;
import static org.communitybudgets.rules.PoolFixtures.allocations;
import static org.communitybudgets.rules.PoolFixtures.assertDecided;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.communitybudgets.rules.PoolFixtures.money;
import static org.communitybudgets.rules.PoolFixtures.pool;
import static org.communitybudgets.rules.PoolFixtures.poolWithId;
import static org.communitybudgets.rules.PoolFixtures.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Department for Work and Pensions' rows of the menu (pooling-dwp.drl). */
class PoolingDwpRulesTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  private static final String JCP_MET =
      "JCP discretionary funding may be pooled where welfare-to-work objectives are improved";
  private static final String JCP_WAITS =
      "JCP discretionary funding waits until welfare-to-work objectives are shown to improve";
  private static final String WORK_PROGRAMME =
      "Work Programme prime contractors are free to pool and align Work Programme funding";
  private static final String ESF_MET =
      "ESF may be pooled for the proportion targeted on families with multiple problems";
  private static final String ESF_WAITS =
      "ESF waits until a proportion is targeted on families with multiple problems";
  private static final String ESF_BEYOND =
      "ESF beyond the proportion targeted on families with multiple problems is refused";

  private static final String JCP = "jcp-discretionary-funding";
  private static final String ESF = "european-social-fund";

  @Test
  void jcpDiscretionaryFundingCanBePooledWhereWelfareToWorkObjectivesAreImproved() {
    Pool pool =
        pool()
            .contribution(money("jcp", JCP, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED, JCP)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "jcp"), ALLOWED, List.of(JCP_MET), List.of());
  }

  @Test
  void jcpDiscretionaryFundingCanBeAlignedWhereWelfareToWorkObjectivesAreImproved() {
    Pool pool =
        pool()
            .contribution(money("jcp", JCP, ALIGNED, FY2012))
            .fact(LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED, JCP)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "jcp"), ALLOWED, List.of(JCP_MET), List.of());
  }

  @Test
  void jcpDiscretionaryFundingWaitsUntilWelfareToWorkObjectivesAreShownToImprove() {
    Pool pool = pool().contribution(money("jcp", JCP, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "jcp"),
        CONDITIONAL,
        List.of(JCP_WAITS),
        List.of("welfare-to-work-objectives-improved"));
  }

  @Test
  void welfareToWorkImprovementHoldsFromTheDayItIsRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 9, 3);
    Pool pool =
        pool()
            .contribution(money("jcp", JCP, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED, JCP, recorded)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, recorded.minusDays(1)), "jcp"),
        CONDITIONAL,
        List.of(JCP_WAITS),
        List.of("welfare-to-work-objectives-improved"));
    assertDecided(decision(ENGINE.assess(pool, recorded), "jcp"), ALLOWED, List.of(JCP_MET), List.of());
  }

  @Test
  void workProgrammePrimeContractorsAreFreeToPoolWithoutAnyCondition() {
    Pool pool = pool().contribution(money("wp", "work-programme-funding", LOCALLY_POOLED, FY2012, FY2013)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "wp"), ALLOWED, List.of(WORK_PROGRAMME), List.of());
  }

  /** Work Programme money agreed before its national roll-out in June 2011 waits for it (HC 718). */
  @Test
  void workProgrammeMoneyAgreedBeforeJune2011WaitsForTheProgrammeAndIsAllowedFromItsFirstDay() {
    Pool pool = pool().contribution(money("wp", "work-programme-funding", ALIGNED, FY2012)).build();
    LocalDate first = LocalDate.of(2011, 6, 1);

    assertDecided(decision(ENGINE.assess(pool, first.minusDays(1)), "wp"), CONDITIONAL,
        List.of(WORK_PROGRAMME, "A contribution agreed before its line begins waits for the line to exist"), List.of("line-exists"));
    assertDecided(decision(ENGINE.assess(pool, first), "wp"), ALLOWED, List.of(WORK_PROGRAMME), List.of());
  }

  @Test
  void workProgrammePrimeContractorsAreFreeToAlign() {
    Pool pool = pool().contribution(money("wp", "work-programme-funding", ALIGNED, FY2012)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "wp"), ALLOWED, List.of(WORK_PROGRAMME), List.of());
  }

  @Test
  void esfWaitsUntilAProportionIsTargetedOnFamiliesWithMultipleProblems() {
    Pool pool = pool().contribution(money("esf", ESF, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "esf"),
        CONDITIONAL,
        List.of(ESF_WAITS),
        List.of("esf-targeted-on-families"));
  }

  @Test
  void esfTargetingHoldsFromTheDayItIsRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 7, 1);
    Pool pool =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, FY2012))
            .targeted(ESF, Percentage.of(25), recorded)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, recorded.minusDays(1)), "esf"),
        CONDITIONAL,
        List.of(ESF_WAITS),
        List.of("esf-targeted-on-families"));
    assertDecided(decision(ENGINE.assess(pool, recorded), "esf"), ALLOWED, List.of(ESF_MET), List.of());
  }

  @Test
  void esfCanBePooledUpToExactlyTheTargetedShareOfTheAllocation() {
    Pool pool =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, pounds("250000.00"), FY2012))
            .targeted(ESF, Percentage.of(25), FY2012.start())
            .build();
    Allocations allocations = allocations(allocation(ESF, FY2012, Money.ofPounds(1_000_000)));

    assertDecided(
        decision(ENGINE.assess(pool, allocations, List.of(), JUNE_2012), "esf"),
        ALLOWED,
        List.of(ESF_MET),
        List.of());
  }

  @Test
  void esfInTheAreasOtherPoolsCountsAgainstTheSameTargetedShare() {
    Pool pool =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, pounds("150000.00"), FY2012))
            .targeted(ESF, Percentage.of(25), FY2012.start())
            .build();
    Pool exactly = poolWithId("gm-other").contribution(money("esf-2", ESF, ALIGNED, pounds("100000.00"), FY2012)).build();
    Pool penny = poolWithId("gm-other").contribution(money("esf-2", ESF, ALIGNED, pounds("100000.01"), FY2012)).build();
    Allocations allocations = allocations(allocation(ESF, FY2012, Money.ofPounds(1_000_000)));

    assertDecided(
        decision(ENGINE.assess(pool, allocations, List.of(exactly), JUNE_2012), "esf"), ALLOWED, List.of(ESF_MET), List.of());
    assertDecided(
        decision(ENGINE.assess(pool, allocations, List.of(penny), JUNE_2012), "esf"),
        REFUSED,
        List.of(ESF_MET, ESF_BEYOND),
        List.of("esf-within-targeted-share"));
  }

  @Test
  void esfOnePennyAboveTheTargetedShareOfTheAllocationIsRefused() {
    Pool pool =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, pounds("250000.01"), FY2012))
            .targeted(ESF, Percentage.of(25), FY2012.start())
            .build();
    Allocations allocations = allocations(allocation(ESF, FY2012, Money.ofPounds(1_000_000)));

    assertDecided(
        decision(ENGINE.assess(pool, allocations, List.of(), JUNE_2012), "esf"),
        REFUSED,
        List.of(ESF_MET, ESF_BEYOND),
        List.of("esf-within-targeted-share"));
  }

  @Test
  void theTargetedShareOfTheAllocationIsRoundedDownToThePenny() {
    // 50% of £100.01 is £50.005: the pool may take £50.00, not £50.01.
    Allocations allocations = allocations(allocation(ESF, FY2012, pounds("100.01")));
    Pool within =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, pounds("50.00"), FY2012))
            .targeted(ESF, Percentage.of(50), FY2012.start())
            .build();
    Pool beyond =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, pounds("50.01"), FY2012))
            .targeted(ESF, Percentage.of(50), FY2012.start())
            .build();

    assertEquals(ALLOWED, decision(ENGINE.assess(within, allocations, List.of(), JUNE_2012), "esf").verdict());
    assertEquals(REFUSED, decision(ENGINE.assess(beyond, allocations, List.of(), JUNE_2012), "esf").verdict());
  }

  @Test
  void esfBeyondTheTargetedShareInAnyOneYearIsRefused() {
    Pool pool =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, Money.ofPounds(200_000), FY2012, FY2013))
            .targeted(ESF, Percentage.of(20), FY2012.start())
            .build();
    Allocations allocations =
        allocations(
            allocation(ESF, FY2012, Money.ofPounds(1_000_000)),
            allocation(ESF, FY2013, Money.ofPounds(900_000)));

    assertDecided(
        decision(ENGINE.assess(pool, allocations, List.of(), JUNE_2012), "esf"),
        REFUSED,
        List.of(ESF_MET, ESF_BEYOND),
        List.of("esf-within-targeted-share"));
  }

  @Test
  void esfIsNotLimitedByTheTargetedShareWhereNoAllocationIsKnown() {
    Pool pool =
        pool()
            .contribution(money("esf", ESF, LOCALLY_POOLED, Money.ofPounds(5_000_000), FY2012))
            .targeted(ESF, Percentage.of(10), FY2012.start())
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "esf"), ALLOWED, List.of(ESF_MET), List.of());
  }

  @Test
  void onlyTheAllowedDwpContributionsCountInTheAllowedTotals() {
    Pool pool =
        pool()
            .contribution(money("jcp", JCP, LOCALLY_POOLED, Money.ofPounds(40_000), FY2012))
            .contribution(money("wp", "work-programme-funding", ALIGNED, Money.ofPounds(60_000), FY2012, FY2013))
            .contribution(money("esf", ESF, LOCALLY_POOLED, Money.ofPounds(300_000), FY2012))
            .targeted(ESF, Percentage.of(25), FY2012.start())
            .build();
    Allocations allocations = allocations(allocation(ESF, FY2012, Money.ofPounds(1_000_000)));

    PoolAssessment assessment = ENGINE.assess(pool, allocations, List.of(), JUNE_2012);

    assertEquals(
        Map.of(
            ContributionId.of("jcp"), CONDITIONAL,
            ContributionId.of("wp"), ALLOWED,
            ContributionId.of("esf"), REFUSED),
        assessment.verdicts());
    assertEquals(
        Map.of(FY2012, Money.ofPounds(400_000), FY2013, Money.ofPounds(60_000)), assessment.requested().byYear());
    assertEquals(
        Map.of(FY2012, Money.ofPounds(60_000), FY2013, Money.ofPounds(60_000)), assessment.allowed().byYear());
    assertEquals(Money.ofPounds(120_000), assessment.allowed().total());
  }
}
