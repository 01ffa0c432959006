package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.source.PolicyDocument;
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
import static org.communitybudgets.rules.PoolFixtures.FY2014;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2013;
import static org.communitybudgets.rules.PoolFixtures.assertDecided;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.communitybudgets.rules.PoolFixtures.earmarked;
import static org.communitybudgets.rules.PoolFixtures.money;
import static org.communitybudgets.rules.PoolFixtures.pool;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Department of Health's rows of the menu (pooling/health.drl) and the lines' life in the catalogue. */
class PoolingHealthRulesTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  private static final String PCT_MET = "PCT funding may be pooled where the PCT wishes to contribute";
  private static final String PCT_WAITS = "PCT funding waits until the PCT wishes to contribute";
  private static final String OUTSIDE_LIFE = "A contribution for a year outside its line's life is refused";
  private static final String BEFORE_LINE = "A contribution agreed before its line begins waits for the line to exist";
  private static final String HEALTH_2013_MET = "NHS, public health and social care funding may be pooled by the body it goes to";

  private static final String PCT = "pct-funding";
  private static final String CCG = "ccg-nhs-funding";
  private static final String SOCIAL_CARE = "social-care-funding";
  private static final String PUBLIC_HEALTH = "public-health-grant";
  private static final LocalDate LAST_DAY_OF_PCTS = LocalDate.of(2013, 3, 31);

  /** A pool of PCT funding locally pooled for 2011-12 and 2012-13, with those facts about the PCT. */
  static Pool pctPool(LocalFactKind... facts) {
    PoolFixtures.PoolSpec spec = pool().contribution(money("pct", PCT, LOCALLY_POOLED, FY2011, FY2012));
    for (LocalFactKind kind : facts) {
      spec.fact(kind, PCT);
    }
    return spec.build();
  }

  @Test
  void pctFundingCanBePooledIn2011To2013WhereThePctWishesToContribute() {
    Decision<ContributionVerdict> d =
        decision(ENGINE.assess(pctPool(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE), JUNE_2012), "pct");

    assertDecided(d, ALLOWED, List.of(PCT_MET), List.of());
  }

  @Test
  void pctFundingWaitsUntilThePctWishesToContribute() {
    assertDecided(
        decision(ENGINE.assess(pctPool(), JUNE_2012), "pct"),
        CONDITIONAL,
        List.of(PCT_WAITS),
        List.of("pct-wishes-to-contribute"));
  }

  @Test
  void pctFundingFor2012To13StaysAllowedAfterPctsEndBecauseItsYearIsWithinTheLinesLife() {
    Pool pool =
        pool()
            .contribution(money("pct", PCT, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, PCT)
            .build();

    assertDecided(decision(ENGINE.assess(pool, LAST_DAY_OF_PCTS), "pct"), ALLOWED, List.of(PCT_MET), List.of());
    assertDecided(decision(ENGINE.assess(pool, LAST_DAY_OF_PCTS.plusDays(1)), "pct"), ALLOWED, List.of(PCT_MET), List.of());
  }

  @Test
  void pctFundingAgreedOn31March2011WaitsForTheLineAndIsAllowedOn1April2011() {
    Pool pool =
        pool()
            .contribution(money("pct", PCT, LOCALLY_POOLED, FY2011, FY2012))
            .fact(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, PCT, LocalDate.of(2011, 1, 10))
            .build();

    Decision<ContributionVerdict> before = decision(ENGINE.assess(pool, LocalDate.of(2011, 3, 31)), "pct");
    assertDecided(before, CONDITIONAL, List.of(PCT_MET, BEFORE_LINE), List.of("line-exists"));

    assertDecided(
        decision(ENGINE.assess(pool, LocalDate.of(2011, 4, 1)), "pct"), ALLOWED, List.of(PCT_MET), List.of());
  }

  @Test
  void pctFundingForAYearAfter2012To13IsRefusedEvenWhilePctsExist() {
    Pool pool =
        pool()
            .contribution(money("pct", PCT, LOCALLY_POOLED, FY2012, FY2013))
            .fact(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, PCT)
            .build();

    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, JUNE_2012), "pct");
    assertDecided(d, REFUSED, List.of(PCT_MET, OUTSIDE_LIFE), List.of("within-line-life"));
    assertEquals(PolicyDocument.OFFER, d.reasons().stream().filter(r -> r.rule().equals(OUTSIDE_LIFE)).findFirst().orElseThrow()
        .source().document());
  }

  @Test
  void pctFundingForAYearBefore2011To12IsRefused() {
    Pool pool =
        PoolFixtures.pool(PoolFixtures.FY2010, FY2014)
            .contribution(money("pct", PCT, LOCALLY_POOLED, PoolFixtures.FY2010, FY2011))
            .fact(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, PCT)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "pct"), REFUSED, List.of(PCT_MET, OUTSIDE_LIFE), List.of("within-line-life"));
  }

  @Test
  void pctFundingOutsideItsYearsWithoutTheWishToContributeNamesBothConditions() {
    Pool pool = pool().contribution(money("pct", PCT, LOCALLY_POOLED, FY2013)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "pct"),
        REFUSED,
        List.of(PCT_WAITS, OUTSIDE_LIFE),
        List.of("pct-wishes-to-contribute", "within-line-life"));
  }

  @Test
  void theWishToContributeCountsFromTheDayItIsRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 5, 14);
    Pool pool =
        pool()
            .contribution(money("pct", PCT, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, PCT, recorded)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, recorded.minusDays(1)), "pct"),
        CONDITIONAL,
        List.of(PCT_WAITS),
        List.of("pct-wishes-to-contribute"));
    assertDecided(decision(ENGINE.assess(pool, recorded), "pct"), ALLOWED, List.of(PCT_MET), List.of());
  }

  @Test
  void ccgFundingAgreedOn31March2013WaitsForTheLineAndIsAllowedOn1April2013() {
    Pool pool = pool().contribution(money("ccg", CCG, LOCALLY_POOLED, FY2013, FY2014)).build();

    Decision<ContributionVerdict> before = decision(ENGINE.assess(pool, LAST_DAY_OF_PCTS), "ccg");
    assertDecided(before, CONDITIONAL, List.of(HEALTH_2013_MET, BEFORE_LINE), List.of("line-exists"));

    Decision<ContributionVerdict> from = decision(ENGINE.assess(pool, LAST_DAY_OF_PCTS.plusDays(1)), "ccg");
    assertDecided(from, ALLOWED, List.of(HEALTH_2013_MET), List.of());
  }

  @Test
  void socialCareFundingForA2012To13AmountIsRefusedEvenWhenDecidedIn2013() {
    Pool pool = pool().contribution(money("care", SOCIAL_CARE, LOCALLY_POOLED, FY2012, FY2013)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2013), "care"),
        REFUSED,
        List.of(HEALTH_2013_MET, OUTSIDE_LIFE),
        List.of("within-line-life"));
  }

  @Test
  void socialCareFundingCanBePooledFrom2013() {
    Pool pool = pool().contribution(money("care", SOCIAL_CARE, LOCALLY_POOLED, FY2013, FY2014)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2013), "care"), ALLOWED, List.of(HEALTH_2013_MET), List.of());
  }

  @Test
  void publicHealthGrantEarmarkedForPublicHealthCanBePooledFrom2013() {
    Pool pool =
        pool(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS, Purpose.PUBLIC_HEALTH)
            .contribution(earmarked("ph", PUBLIC_HEALTH, LOCALLY_POOLED, Purpose.PUBLIC_HEALTH, FY2013))
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2013), "ph"), ALLOWED, List.of(HEALTH_2013_MET), List.of());
  }

  @Test
  void publicHealthGrantAgreedBefore2013WaitsForTheGrantEvenWithinItsRingFence() {
    Pool pool =
        pool(Purpose.PUBLIC_HEALTH).contribution(money("ph", PUBLIC_HEALTH, ALIGNED, FY2013)).build();

    assertDecided(
        decision(ENGINE.assess(pool, LAST_DAY_OF_PCTS), "ph"),
        CONDITIONAL,
        List.of(HEALTH_2013_MET, BEFORE_LINE),
        List.of("line-exists"));
  }

  @Test
  void onlyTheAllowedHealthContributionsCountInTheAllowedTotals() {
    Pool pool =
        pool()
            .contribution(money("pct", PCT, LOCALLY_POOLED, Money.ofPounds(80_000), FY2012))
            .fact(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE, PCT)
            .contribution(money("ccg", CCG, ALIGNED, Money.ofPounds(90_000), FY2013))
            .build();

    PoolAssessment before = ENGINE.assess(pool, LAST_DAY_OF_PCTS);
    assertEquals(Map.of(FY2012, Money.ofPounds(80_000), FY2013, Money.ofPounds(90_000)), before.requested().byYear());
    assertEquals(Map.of(FY2012, Money.ofPounds(80_000)), before.allowed().byYear());

    PoolAssessment after = ENGINE.assess(pool, LAST_DAY_OF_PCTS.plusDays(1));
    assertEquals(Map.of(FY2012, Money.ofPounds(80_000), FY2013, Money.ofPounds(90_000)), after.allowed().byYear(),
        "the PCT's 2012-13 money stays allowed once the CCG's line exists");
  }

  @Test
  void nhsCommissioningBoardFundingForSpecialisedServicesMayBePooledFrom2013() {
    Pool pool = pool().contribution(money("nhs-cb", "nhs-cb-specialised-services", ALIGNED, FY2013)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2013), "nhs-cb"), ALLOWED, List.of(HEALTH_2013_MET), List.of());
    assertDecided(decision(ENGINE.assess(pool, LAST_DAY_OF_PCTS), "nhs-cb"), CONDITIONAL, List.of(HEALTH_2013_MET, BEFORE_LINE), List.of("line-exists"));
  }

  @Test
  void earMarkedDrugsMoneyMayBePooledUntilTreatmentPassesToCouncilsIn2013() {
    String drugs = "Ear-marked drugs money may be pooled with other pooled funds by the treatment partnership";
    Pool in2012 = pool().contribution(money("drugs", "earmarked-drugs-money", LOCALLY_POOLED, FY2012)).build();
    assertDecided(decision(ENGINE.assess(in2012, JUNE_2012), "drugs"), ALLOWED, List.of(drugs), List.of());

    Pool into2013 = pool().contribution(money("drugs", "earmarked-drugs-money", LOCALLY_POOLED, FY2012, FY2013)).build();
    assertDecided(decision(ENGINE.assess(into2013, JUNE_2012), "drugs"), REFUSED, List.of(drugs, OUTSIDE_LIFE), List.of("within-line-life"));
  }
}
