package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.decision.ContributionVerdict.ALLOWED;
import static org.communitybudgets.decision.ContributionVerdict.CONDITIONAL;
import static org.communitybudgets.decision.ContributionVerdict.REFUSED;
import static org.communitybudgets.pool.ContributionMode.ALIGNED;
import static org.communitybudgets.pool.ContributionMode.LOCALLY_POOLED;
import static org.communitybudgets.rules.PoolFixtures.FY2011;
import static org.communitybudgets.rules.PoolFixtures.FY2012;
import static org.communitybudgets.rules.PoolFixtures.FY2013;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.assertDecided;
import static org.communitybudgets.rules.PoolFixtures.assertReadParameter;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.communitybudgets.rules.PoolFixtures.money;
import static org.communitybudgets.rules.PoolFixtures.pool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Home Office's rows of the menu (pooling-home-office.drl). */
class PoolingHomeOfficeRulesTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  private static final String DIP_MET =
      "DIP main grant may be pooled where offender management is delivered and reoffending outcomes improve";
  private static final String DIP_WAITS_MANAGEMENT =
      "DIP main grant waits until offender management from custody to post-sentence is delivered";
  private static final String DIP_WAITS_REOFFENDING =
      "DIP main grant waits until reducing-reoffending outcomes are improved";
  private static final String POLICE_MET = "Police forces may pool and align where they consider it appropriate";
  private static final String POLICE_WAITS =
      "Police force funding waits until the force considers pooling appropriate";
  private static final String PCC_MET = "PCC funding may be pooled once Police and Crime Commissioners are in place";
  private static final String PCC_NOT_IN_PLACE =
      "PCC funding waits until Police and Crime Commissioners are in place";
  private static final String OUTSIDE_LIFE = "A contribution for a year outside its line's life is refused";
  private static final String BEFORE_LINE = "A contribution agreed before its line begins waits for the line to exist";

  private static final String DIP = "dip-main-grant";
  private static final String POLICE = "police-force-funding";
  private static final String PCC = "pcc-community-safety-funding";
  private static final LocalDate PCC_FIRST_DAY = LocalDate.of(2012, 11, 22);
  private static final LocalDate PARAMETERS_FROM = LocalDate.of(2010, 4, 1);

  @Test
  void dipMainGrantCanBePooledWhereOffenderManagementIsDeliveredAndReoffendingOutcomesImprove() {
    Pool pool =
        pool()
            .contribution(money("dip", DIP, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED, DIP)
            .fact(LocalFactKind.REDUCING_REOFFENDING_OUTCOMES_IMPROVED, DIP)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "dip"), ALLOWED, List.of(DIP_MET), List.of());
  }

  @Test
  void dipMainGrantWaitsUntilOffenderManagementFromCustodyToPostSentenceIsDelivered() {
    Pool pool =
        pool()
            .contribution(money("dip", DIP, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.REDUCING_REOFFENDING_OUTCOMES_IMPROVED, DIP)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "dip"),
        CONDITIONAL,
        List.of(DIP_WAITS_MANAGEMENT),
        List.of("offender-management-delivered"));
  }

  @Test
  void dipMainGrantWaitsUntilReducingReoffendingOutcomesAreImproved() {
    Pool pool =
        pool()
            .contribution(money("dip", DIP, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED, DIP)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "dip"),
        CONDITIONAL,
        List.of(DIP_WAITS_REOFFENDING),
        List.of("reducing-reoffending-outcomes-improved"));
  }

  @Test
  void dipMainGrantWithNeitherProvisoMetNamesBoth() {
    Pool pool = pool().contribution(money("dip", DIP, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "dip"),
        CONDITIONAL,
        List.of(DIP_WAITS_MANAGEMENT, DIP_WAITS_REOFFENDING),
        List.of("offender-management-delivered", "reducing-reoffending-outcomes-improved"));
  }

  @Test
  void dipProvisosHoldFromTheDayTheyAreRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 10, 1);
    Pool pool =
        pool()
            .contribution(money("dip", DIP, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED, DIP)
            .fact(LocalFactKind.REDUCING_REOFFENDING_OUTCOMES_IMPROVED, DIP, recorded)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, recorded.minusDays(1)), "dip"),
        CONDITIONAL,
        List.of(DIP_WAITS_REOFFENDING),
        List.of("reducing-reoffending-outcomes-improved"));
    assertDecided(decision(ENGINE.assess(pool, recorded), "dip"), ALLOWED, List.of(DIP_MET), List.of());
  }

  @Test
  void policeForcesMayPoolWhereTheyConsiderItAppropriate() {
    Pool pool =
        pool()
            .contribution(money("police", POLICE, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE, POLICE)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "police"), ALLOWED, List.of(POLICE_MET), List.of());
  }

  @Test
  void policeForcesMayAlignWhereTheyConsiderItAppropriate() {
    Pool pool =
        pool()
            .contribution(money("police", POLICE, ALIGNED, FY2012))
            .fact(LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE, POLICE)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "police"), ALLOWED, List.of(POLICE_MET), List.of());
  }

  @Test
  void policeForceFundingWaitsUntilTheForceConsidersPoolingAppropriate() {
    Pool pool = pool().contribution(money("police", POLICE, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "police"),
        CONDITIONAL,
        List.of(POLICE_WAITS),
        List.of("force-considers-pooling-appropriate"));
  }

  @Test
  void theForceConsidersPoolingAppropriateFromTheDayItIsRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2013, 1, 15);
    Pool pool =
        pool()
            .contribution(money("police", POLICE, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE, POLICE, recorded)
            .build();

    assertEquals(CONDITIONAL, decision(ENGINE.assess(pool, recorded.minusDays(1)), "police").verdict());
    assertEquals(ALLOWED, decision(ENGINE.assess(pool, recorded), "police").verdict());
  }

  @Test
  void pccFundingWaitsForTheCommissionersTheDayBeforeTheyAreInPlaceAndForTheFundFromTheDay() {
    Pool pool = pool().contribution(money("pcc", PCC, LOCALLY_POOLED, FY2013)).build();

    Decision<ContributionVerdict> before = decision(ENGINE.assess(pool, PCC_FIRST_DAY.minusDays(1)), "pcc");
    assertDecided(before, CONDITIONAL, List.of(PCC_NOT_IN_PLACE, BEFORE_LINE), List.of("pcc-in-place", "line-exists"));
    assertReadParameter(before, "pooling.pcc.first-day", "2012-11-22", PARAMETERS_FROM);

    Decision<ContributionVerdict> onTheDay = decision(ENGINE.assess(pool, PCC_FIRST_DAY), "pcc");
    assertDecided(onTheDay, CONDITIONAL, List.of(PCC_MET, BEFORE_LINE), List.of("line-exists"));
    assertReadParameter(onTheDay, "pooling.pcc.first-day", "2012-11-22", PARAMETERS_FROM);

    assertDecided(decision(ENGINE.assess(pool, LocalDate.of(2013, 4, 1)), "pcc"), ALLOWED, List.of(PCC_MET), List.of());
  }

  @Test
  void pccMoneyFor2012To13IsRefusedBecauseTheCommunitySafetyFundBeginsIn2013To14() {
    Pool pool = pool().contribution(money("pcc", PCC, LOCALLY_POOLED, FY2012)).build();

    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, PCC_FIRST_DAY), "pcc");
    assertDecided(d, REFUSED, List.of(PCC_MET, OUTSIDE_LIFE), List.of("within-line-life"));
    assertTrue(d.reasons().stream().anyMatch(r -> r.statement().contains("does not exist in [2012-13]")), d.reasons().toString());
    assertEquals("Police Grant Report 2013/14 table 3 (the Community Safety Fund from 2013-14)",
        d.reasons().stream().filter(r -> r.rule().equals(OUTSIDE_LIFE)).findFirst().orElseThrow().source().toString(),
        "the refusal cites where the line's dates are stated, not the menu row");
  }

  @Test
  void pccFundingBeforeCommissionersAndForEarlierYearsNamesBothReasons() {
    Pool pool = pool().contribution(money("pcc", PCC, LOCALLY_POOLED, FY2011, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "pcc"),
        REFUSED,
        List.of(PCC_NOT_IN_PLACE, OUTSIDE_LIFE),
        List.of("pcc-in-place", "within-line-life"));
  }

  @Test
  void dipMainGrantEndsWith2012To13AsItIsFoldedIntoTheCommunitySafetyFund() {
    Pool pool =
        pool()
            .contribution(money("dip", DIP, LOCALLY_POOLED, FY2012, FY2013))
            .fact(LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED, DIP)
            .fact(LocalFactKind.REDUCING_REOFFENDING_OUTCOMES_IMPROVED, DIP)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "dip"), REFUSED, List.of(DIP_MET, OUTSIDE_LIFE), List.of("within-line-life"));
  }

  @Test
  void onlyTheAllowedHomeOfficeContributionsCountInTheAllowedTotals() {
    Pool pool =
        pool()
            .contribution(money("dip", DIP, LOCALLY_POOLED, Money.ofPounds(30_000), FY2012))
            .fact(LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED, DIP)
            .fact(LocalFactKind.REDUCING_REOFFENDING_OUTCOMES_IMPROVED, DIP)
            .contribution(money("police", POLICE, ALIGNED, Money.ofPounds(50_000), FY2012))
            .contribution(money("pcc", PCC, LOCALLY_POOLED, Money.ofPounds(70_000), FY2013))
            .build();

    PoolAssessment assessment = ENGINE.assess(pool, JUNE_2012);

    assertEquals(List.of(ALLOWED, CONDITIONAL, CONDITIONAL), List.copyOf(assessment.verdicts().values()));
    assertEquals(
        Map.of(FY2012, Money.ofPounds(80_000), FY2013, Money.ofPounds(70_000)), assessment.requested().byYear());
    assertEquals(Map.of(FY2012, Money.ofPounds(30_000)), assessment.allowed().byYear());
  }
}
