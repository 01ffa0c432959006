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
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.decision.ContributionVerdict.ALLOWED;
import static org.communitybudgets.decision.ContributionVerdict.CONDITIONAL;
import static org.communitybudgets.decision.ContributionVerdict.REFUSED;
import static org.communitybudgets.pool.ContributionMode.ALIGNED;
import static org.communitybudgets.pool.ContributionMode.LOCALLY_POOLED;
import static org.communitybudgets.rules.PoolFixtures.FY2012;
import static org.communitybudgets.rules.PoolFixtures.FY2013;
import static org.communitybudgets.rules.PoolFixtures.FY2014;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.assertDecided;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.communitybudgets.rules.PoolFixtures.money;
import static org.communitybudgets.rules.PoolFixtures.pool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Ministry of Justice's rows of the menu (pooling-moj.drl). */
class PoolingMojRulesTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  private static final String YOT_MET =
      "YOT grant may be pooled or aligned where core youth justice services are delivered and it is agreed locally";
  private static final String YOT_WAITS_CORE =
      "YOT grant waits until core youth justice services are shown to be delivered";
  private static final String YOT_WAITS_LOCAL = "YOT grant waits until its pooling is agreed at a local level";
  private static final String PROBATION_MET =
      "Probation and NOMS interventions funding may be pooled or aligned as agreed locally";
  private static final String PROBATION_WAITS =
      "Probation and NOMS interventions funding waits until it is agreed locally";

  private static final String YOT = "yot-grant";
  private static final String PROBATION = "probation-interventions-funding";
  private static final String NOMS = "noms-interventions-funding";

  @Test
  void yotGrantCanBePooledWhereCoreYouthJusticeServicesAreDeliveredAndItIsAgreedLocally() {
    Pool pool =
        pool()
            .contribution(money("yot", YOT, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, YOT)
            .fact(LocalFactKind.AGREED_LOCALLY, YOT)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "yot"), ALLOWED, List.of(YOT_MET), List.of());
  }

  @Test
  void yotGrantCanBeAlignedOnTheSameConditions() {
    Pool pool =
        pool()
            .contribution(money("yot", YOT, ALIGNED, FY2012))
            .fact(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, YOT)
            .fact(LocalFactKind.AGREED_LOCALLY, YOT)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "yot"), ALLOWED, List.of(YOT_MET), List.of());
  }

  @Test
  void yotGrantWaitsUntilCoreYouthJusticeServicesAreDelivered() {
    Pool pool =
        pool()
            .contribution(money("yot", YOT, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.AGREED_LOCALLY, YOT)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "yot"),
        CONDITIONAL,
        List.of(YOT_WAITS_CORE),
        List.of("core-youth-justice-services-delivered"));
  }

  @Test
  void yotGrantWaitsUntilItsPoolingIsAgreedAtALocalLevel() {
    Pool pool =
        pool()
            .contribution(money("yot", YOT, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, YOT)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "yot"),
        CONDITIONAL,
        List.of(YOT_WAITS_LOCAL),
        List.of("agreed-locally"));
  }

  @Test
  void yotGrantWithNeitherConditionMetNamesBoth() {
    Pool pool = pool().contribution(money("yot", YOT, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "yot"),
        CONDITIONAL,
        List.of(YOT_WAITS_CORE, YOT_WAITS_LOCAL),
        List.of("core-youth-justice-services-delivered", "agreed-locally"));
  }

  @Test
  void coreYouthJusticeServicesCountFromTheDayTheyAreRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 4, 1);
    Pool pool =
        pool()
            .contribution(money("yot", YOT, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, YOT, recorded)
            .fact(LocalFactKind.AGREED_LOCALLY, YOT)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, recorded.minusDays(1)), "yot"),
        CONDITIONAL,
        List.of(YOT_WAITS_CORE),
        List.of("core-youth-justice-services-delivered"));
    assertDecided(decision(ENGINE.assess(pool, recorded), "yot"), ALLOWED, List.of(YOT_MET), List.of());
  }

  @Test
  void probationInterventionsFundingMayBePooledAsAgreedLocally() {
    Pool pool =
        pool()
            .contribution(money("probation", PROBATION, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.AGREED_LOCALLY, PROBATION)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "probation"), ALLOWED, List.of(PROBATION_MET), List.of());
  }

  @Test
  void probationInterventionsFundingWaitsUntilItIsAgreedLocally() {
    Pool pool = pool().contribution(money("probation", PROBATION, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "probation"),
        CONDITIONAL,
        List.of(PROBATION_WAITS),
        List.of("agreed-locally"));
  }

  @Test
  void probationTrustsFundingIsRefusedForTheYearsAfterTheTrustsWereDissolved() {
    // The trusts were dissolved on 1 June 2014 (Probation Chiefs Association 2014): their line has
    // money in 2014-15 (April and May) and none in 2015-16.
    Pool pool =
        PoolFixtures.pool(FY2014, FinancialYear.of(2015))
            .contribution(money("probation", PROBATION, LOCALLY_POOLED, FY2014, FinancialYear.of(2015)))
            .fact(LocalFactKind.AGREED_LOCALLY, PROBATION)
            .build();
    Decision<ContributionVerdict> d = decision(ENGINE.assess(pool, LocalDate.of(2014, 4, 1)), "probation");
    assertEquals(REFUSED, d.verdict());
    assertEquals(List.of("within-line-life"), d.unmetConditions().stream().map(u -> u.code()).toList());
    assertTrue(d.reasons().stream().anyMatch(r -> r.statement().contains("does not exist in [2015-16]")), d.reasons().toString());

    Pool lastYear =
        PoolFixtures.pool(FY2014, FY2014).contribution(money("probation", PROBATION, LOCALLY_POOLED, FY2014))
            .fact(LocalFactKind.AGREED_LOCALLY, PROBATION).build();
    assertDecided(decision(ENGINE.assess(lastYear, LocalDate.of(2014, 4, 1)), "probation"), ALLOWED, List.of(PROBATION_MET), List.of());

    Pool noms =
        PoolFixtures.pool(FY2014, FinancialYear.of(2015))
            .contribution(money("noms", NOMS, LOCALLY_POOLED, FY2014, FinancialYear.of(2015)))
            .fact(LocalFactKind.AGREED_LOCALLY, NOMS).build();
    assertDecided(decision(ENGINE.assess(noms, LocalDate.of(2014, 4, 1)), "noms"), ALLOWED, List.of(PROBATION_MET), List.of());
  }

  @Test
  void nomsInterventionsFundingMayBeAlignedAsAgreedLocally() {
    Pool pool =
        pool()
            .contribution(money("noms", NOMS, ALIGNED, FY2012))
            .fact(LocalFactKind.AGREED_LOCALLY, NOMS)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "noms"), ALLOWED, List.of(PROBATION_MET), List.of());
  }

  @Test
  void nomsInterventionsFundingWaitsUntilItIsAgreedLocally() {
    Pool pool = pool().contribution(money("noms", NOMS, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "noms"),
        CONDITIONAL,
        List.of(PROBATION_WAITS),
        List.of("agreed-locally"));
  }

  @Test
  void aLocalAgreementCountsFromTheDayItIsRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 12, 3);
    Pool pool =
        pool()
            .contribution(money("noms", NOMS, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.AGREED_LOCALLY, NOMS, recorded)
            .build();

    assertEquals(CONDITIONAL, decision(ENGINE.assess(pool, recorded.minusDays(1)), "noms").verdict());
    assertEquals(ALLOWED, decision(ENGINE.assess(pool, recorded), "noms").verdict());
  }

  @Test
  void aLocalAgreementForOneHolderDoesNotCountForAnother() {
    Pool pool =
        pool()
            .contribution(money("probation", PROBATION, LOCALLY_POOLED, FY2012))
            .contribution(money("noms", NOMS, LOCALLY_POOLED, FY2012))
            .fact(LocalFactKind.AGREED_LOCALLY, PROBATION)
            .build();

    PoolAssessment assessment = ENGINE.assess(pool, JUNE_2012);

    assertEquals(ALLOWED, decision(assessment, "probation").verdict());
    assertEquals(CONDITIONAL, decision(assessment, "noms").verdict());
  }

  @Test
  void onlyTheAllowedJusticeContributionsCountInTheAllowedTotals() {
    Pool pool =
        pool()
            .contribution(money("yot", YOT, LOCALLY_POOLED, Money.ofPounds(25_000), FY2012, FY2013))
            .fact(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, YOT)
            .fact(LocalFactKind.AGREED_LOCALLY, YOT)
            .contribution(money("probation", PROBATION, ALIGNED, Money.ofPounds(10_000), FY2012))
            .build();

    PoolAssessment assessment = ENGINE.assess(pool, JUNE_2012);

    assertEquals(
        Map.of(FY2012, Money.ofPounds(35_000), FY2013, Money.ofPounds(25_000)), assessment.requested().byYear());
    assertEquals(
        Map.of(FY2012, Money.ofPounds(25_000), FY2013, Money.ofPounds(25_000)), assessment.allowed().byYear());
    assertEquals(Money.ofPounds(50_000), assessment.allowed().total());
  }
}
