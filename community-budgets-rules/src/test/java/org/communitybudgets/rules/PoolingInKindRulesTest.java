package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.decision.ContributionVerdict.ALLOWED;
import static org.communitybudgets.decision.ContributionVerdict.CONDITIONAL;
import static org.communitybudgets.decision.ContributionVerdict.REFUSED;
import static org.communitybudgets.rules.PoolFixtures.FY2012;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.allocation;
import static org.communitybudgets.rules.PoolFixtures.allocations;
import static org.communitybudgets.rules.PoolFixtures.assertDecided;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.communitybudgets.rules.PoolFixtures.inKind;
import static org.communitybudgets.rules.PoolFixtures.pool;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Contributions of staff, premises and data (pooling-in-kind.drl). */
class PoolingInKindRulesTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  private static final String STAFF = "Staff may be contributed in kind";
  private static final String DATA_MET = "Data may be shared in kind with informed consent where lawful and proportionate";
  private static final String DATA_WAITS_CONSENT = "Data sharing waits for informed consent";
  private static final String DATA_WAITS_LAWFUL = "Data sharing waits until it is shown to be lawful and proportionate";
  private static final String ASSETS_MET = "Premises may be shared in kind where an estates business case is proven";
  private static final String ASSETS_WAITS = "Co-location waits until an estates business case is proven";

  private static final String JCP = "jcp-discretionary-funding";
  private static final Money NOTIONAL = Money.ofPounds(45_000);

  @Test
  void jobcentrePlusStaffCanBeContributedInKindWithoutConditions() {
    Pool pool = pool().contribution(inKind("staff", JCP, InKindKind.STAFF, NOTIONAL)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "staff"), ALLOWED, List.of(STAFF), List.of());
  }

  @Test
  void staffInKindNeedNoneOfTheLinesMoneyConditions() {
    // The JCP money condition (welfare-to-work objectives improved) does not apply to staff in kind.
    Pool pool = pool().contribution(inKind("staff", "yot-grant", InKindKind.STAFF, NOTIONAL)).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "staff"), ALLOWED, List.of(STAFF), List.of());
  }

  @Test
  void dataCanBeSharedWithInformedConsentWhereLawfulAndProportionate() {
    Pool pool =
        pool()
            .contribution(inKind("data", JCP, InKindKind.DATA_SHARING, Money.ZERO))
            .fact(LocalFactKind.INFORMED_CONSENT_FOR_DATA_SHARING, JCP)
            .fact(LocalFactKind.DATA_SHARING_LAWFUL_AND_PROPORTIONATE, JCP)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "data"), ALLOWED, List.of(DATA_MET), List.of());
  }

  @Test
  void dataSharingWaitsForInformedConsent() {
    Pool pool =
        pool()
            .contribution(inKind("data", JCP, InKindKind.DATA_SHARING, Money.ZERO))
            .fact(LocalFactKind.DATA_SHARING_LAWFUL_AND_PROPORTIONATE, JCP)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "data"),
        CONDITIONAL,
        List.of(DATA_WAITS_CONSENT),
        List.of("informed-consent-for-data-sharing"));
  }

  @Test
  void dataSharingWaitsUntilItIsShownToBeLawfulAndProportionate() {
    Pool pool =
        pool()
            .contribution(inKind("data", JCP, InKindKind.DATA_SHARING, Money.ZERO))
            .fact(LocalFactKind.INFORMED_CONSENT_FOR_DATA_SHARING, JCP)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "data"),
        CONDITIONAL,
        List.of(DATA_WAITS_LAWFUL),
        List.of("data-sharing-lawful-and-proportionate"));
  }

  @Test
  void dataSharingWithNeitherConditionMetNamesBoth() {
    Pool pool = pool().contribution(inKind("data", JCP, InKindKind.DATA_SHARING, Money.ZERO)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "data"),
        CONDITIONAL,
        List.of(DATA_WAITS_CONSENT, DATA_WAITS_LAWFUL),
        List.of("informed-consent-for-data-sharing", "data-sharing-lawful-and-proportionate"));
  }

  @Test
  void consentCountsFromTheDayItIsRecordedNotTheDayBefore() {
    LocalDate recorded = LocalDate.of(2012, 8, 20);
    Pool pool =
        pool()
            .contribution(inKind("data", JCP, InKindKind.DATA_SHARING, Money.ZERO))
            .fact(LocalFactKind.INFORMED_CONSENT_FOR_DATA_SHARING, JCP, recorded)
            .fact(LocalFactKind.DATA_SHARING_LAWFUL_AND_PROPORTIONATE, JCP)
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, recorded.minusDays(1)), "data"),
        CONDITIONAL,
        List.of(DATA_WAITS_CONSENT),
        List.of("informed-consent-for-data-sharing"));
    assertDecided(decision(ENGINE.assess(pool, recorded), "data"), ALLOWED, List.of(DATA_MET), List.of());
  }

  @Test
  void premisesCanBeSharedWhereAnEstatesBusinessCaseIsProven() {
    Pool pool =
        pool()
            .contribution(inKind("premises", JCP, InKindKind.ASSETS, NOTIONAL))
            .fact(LocalFactKind.ESTATES_BUSINESS_CASE_PROVEN, JCP)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "premises"), ALLOWED, List.of(ASSETS_MET), List.of());
  }

  @Test
  void coLocationWaitsUntilAnEstatesBusinessCaseIsProven() {
    Pool pool = pool().contribution(inKind("premises", JCP, InKindKind.ASSETS, NOTIONAL)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "premises"),
        CONDITIONAL,
        List.of(ASSETS_WAITS),
        List.of("estates-business-case-proven"));
  }

  @Test
  void inKindValuesDoNotCountAgainstTheLinesAllocation() {
    Pool pool = pool().contribution(inKind("staff", JCP, InKindKind.STAFF, Money.ofPounds(2_000_000))).build();

    PoolAssessment assessment =
        ENGINE.assess(pool, allocations(allocation(JCP, FY2012, Money.ofPounds(1_000))), List.of(), JUNE_2012);

    assertDecided(decision(assessment, "staff"), ALLOWED, List.of(STAFF), List.of());
  }

  @Test
  void staffFromABodyThatDoesNotHoldTheLineAreRefused() {
    BudgetHolder council = PoolFixtures.holder("gm-council", HolderKind.COUNCIL);
    Contribution staff =
        Contribution.builder(
                ContributionId.of("staff"), FundingLineId.of(JCP), council.id(), ContributionMode.IN_KIND)
            .inKind(InKindKind.STAFF)
            .amount(FY2012, NOTIONAL)
            .build();
    Pool pool = pool().holder(council).contribution(staff).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "staff"),
        REFUSED,
        List.of(STAFF, "A line can only be contributed by the kind of body that holds it"),
        List.of("held-by-contributor"));
  }

  @Test
  void inKindContributionsCountAtTheirNotionalValueInTheTotals() {
    Pool pool =
        pool()
            .contribution(inKind("staff", JCP, InKindKind.STAFF, Money.ofPounds(45_000)))
            .contribution(inKind("premises", JCP, InKindKind.ASSETS, Money.ofPounds(20_000)))
            .build();

    PoolAssessment assessment = ENGINE.assess(pool, JUNE_2012);

    assertEquals(Map.of(FY2012, Money.ofPounds(65_000)), assessment.requested().byYear());
    assertEquals(Map.of(FY2012, Money.ofPounds(45_000)), assessment.allowed().byYear());
    assertEquals(
        Map.of(ContributionMode.IN_KIND, Map.of(FY2012, Money.ofPounds(45_000))), assessment.allowed().byMode());
  }
}
