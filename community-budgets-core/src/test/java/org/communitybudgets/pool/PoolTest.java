package org.communitybudgets.pool;

import static org.communitybudgets.pool.Fixtures.COUNCIL;
import static org.communitybudgets.pool.Fixtures.DWP;
import static org.communitybudgets.pool.Fixtures.FY11;
import static org.communitybudgets.pool.Fixtures.FY12;
import static org.communitybudgets.pool.Fixtures.FY13;
import static org.communitybudgets.pool.Fixtures.FY14;
import static org.communitybudgets.pool.Fixtures.FY15;
import static org.communitybudgets.pool.Fixtures.GM;
import static org.communitybudgets.pool.Fixtures.JCP;
import static org.communitybudgets.pool.Fixtures.YOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.DateRange;
import org.junit.jupiter.api.Test;

class PoolTest {
  private static final LocalFact YOT_DELIVERS =
      LocalFact.of(
          LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED,
          YOT.id(),
          DateRange.from(LocalDate.of(2012, 3, 12)),
          "YOT management board minutes 12 March 2012");
  private static final LocalFact YOT_AGREED =
      LocalFact.of(
          LocalFactKind.AGREED_LOCALLY,
          YOT.id(),
          DateRange.from(LocalDate.of(2012, 3, 12)),
          "Community Budget board minutes 12 March 2012");
  private static final LocalFact JCP_IMPROVED =
      LocalFact.of(
          LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED,
          JCP.id(),
          FY12.dates(),
          "District plan 2012-13");

  private static Pool.Builder families() {
    return Pool.builder(PoolId.of("gm-families"), GM, "Greater Manchester families")
        .purpose(Purpose.YOUTH_JUSTICE)
        .purpose(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS)
        .years(FY11, FY14)
        .holder(COUNCIL)
        .holder(JCP)
        .holder(YOT)
        .contribution(Fixtures.yotGrant().earmark(Purpose.YOUTH_JUSTICE).build())
        .contribution(Fixtures.jcpCaseWorkers().build())
        .contribution(
            Contribution.builder(
                    ContributionId.of("eig"),
                    FundingLineId.of("early-intervention-grant"),
                    COUNCIL.id(),
                    ContributionMode.ALIGNED)
                .amount(FY12, Money.ofPounds(1_000_000))
                .build())
        .fact(YOT_DELIVERS)
        .fact(JCP_IMPROVED)
        .fact(YOT_AGREED)
        .agreement(Fixtures.mou().build());
  }

  @Test
  void findsItsParts() {
    Pool p = families().build();
    assertEquals(Optional.of(YOT), p.holder(YOT.id()));
    assertEquals(Optional.empty(), p.holder(HolderId.of("nobody")));
    assertEquals(
        Optional.of(Fixtures.yotGrant().earmark(Purpose.YOUTH_JUSTICE).build()),
        p.contribution(ContributionId.of("yot-grant")));
    assertEquals(Optional.empty(), p.contribution(ContributionId.of("none")));
    assertEquals(List.of(YOT_DELIVERS, YOT_AGREED), p.factsAbout(YOT.id()));
    assertEquals(List.of(), p.factsAbout(COUNCIL.id()));
    assertEquals(1, p.contributionsOf(JCP.id()).size());
    assertEquals(List.of(FY11, FY12, FY13, FY14), p.years());
  }

  @Test
  void keepsPurposesInTheirNaturalOrder() {
    Pool p = families().build();
    assertEquals(
        List.of(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS, Purpose.YOUTH_JUSTICE),
        List.copyOf(p.purposes()));
  }

  @Test
  void totalsByYearAndByMode() {
    Pool p = families().build();
    assertEquals(Money.ZERO, p.totalIn(FY11));
    assertEquals(Money.ofPounds(250_000 + 80_000 + 1_000_000), p.totalIn(FY12));
    assertEquals(Money.ofPounds(300_000), p.totalIn(FY13));
    assertEquals(Money.ZERO, p.totalIn(FY15));
    assertEquals(
        Map.of(
            ContributionMode.POOLED_AT_SOURCE, Money.ZERO,
            ContributionMode.LOCALLY_POOLED, Money.ofPounds(550_000),
            ContributionMode.ALIGNED, Money.ofPounds(1_000_000),
            ContributionMode.IN_KIND, Money.ofPounds(80_000)),
        p.totalsByMode());
    assertEquals(
        List.of(ContributionMode.values()), List.copyOf(p.totalsByMode().keySet()));
  }

  @Test
  void findsTheAgreementInForce() {
    Agreement renewed =
        Agreement.builder(AgreementId.of("gm-mou-2012"), "Renewed MOU")
            .party(COUNCIL)
            .party(YOT)
            .years(FY12, FY14)
            .signedOn(LocalDate.of(2012, 9, 1))
            .build();
    Pool p = families().agreement(renewed).build();
    assertEquals(Optional.empty(), p.agreementInForceOn(LocalDate.of(2011, 6, 14)));
    assertEquals("gm-mou", p.agreementInForceOn(LocalDate.of(2011, 6, 15)).get().id().value());
    assertEquals("gm-mou", p.agreementInForceOn(LocalDate.of(2012, 8, 31)).get().id().value());
    assertEquals("gm-mou-2012", p.agreementInForceOn(LocalDate.of(2012, 9, 1)).get().id().value());
    assertEquals(Optional.empty(), p.agreementInForceOn(LocalDate.of(2015, 4, 1)));
  }

  @Test
  void anEmptyPoolIsValid() {
    Pool p =
        Pool.builder(PoolId.of("p"), GM, "Pool")
            .purpose(Purpose.HOUSING)
            .years(FY12, FY12)
            .build();
    assertEquals(Set.of(Purpose.HOUSING), p.purposes());
    assertEquals(Money.ZERO, p.totalIn(FY12));
    assertEquals(Optional.empty(), p.agreementInForceOn(LocalDate.of(2012, 5, 1)));
  }

  @Test
  void toBuilderRebuildsAnEqualPool() {
    Pool p = families().build();
    assertEquals(p, p.toBuilder().build());
  }

  private static String rejected(Pool.Builder b) {
    return assertThrows(InvalidValueException.class, b::build).getMessage();
  }

  @Test
  void needsANameAPurposeAndOrderedYears() {
    assertEquals(
        "name must be non-blank, was \" \" for pool p",
        rejected(Pool.builder(PoolId.of("p"), GM, " ").purpose(Purpose.HOUSING).years(FY11, FY12)));
    assertEquals(
        "purposes must be at least one, was none for pool p",
        rejected(Pool.builder(PoolId.of("p"), GM, "P").years(FY11, FY12)));
    assertEquals(
        "last year must be not before the first year 2012-13, was 2011-12 for pool p",
        rejected(Pool.builder(PoolId.of("p"), GM, "P").purpose(Purpose.HOUSING).years(FY12, FY11)));
    assertEquals(
        "first year is required for pool p",
        assertThrows(
                NullPointerException.class,
                () -> Pool.builder(PoolId.of("p"), GM, "P").purpose(Purpose.HOUSING).build())
            .getMessage());
    assertEquals(
        "area is required for pool p",
        assertThrows(
                NullPointerException.class,
                () -> Pool.builder(PoolId.of("p"), null, "P").purpose(Purpose.HOUSING).years(FY11, FY12).build())
            .getMessage());
  }

  @Test
  void idsAreUnique() {
    assertEquals(
        "budget holder ids must be unique, was repeated [manchester-yot] for pool gm-families",
        rejected(
            families()
                .holder(BudgetHolder.of(YOT.id(), "Other", HolderKind.YOUTH_OFFENDING_TEAM, GM))));
    assertEquals(
        "contribution ids must be unique, was repeated [yot-grant] for pool gm-families",
        rejected(families().contribution(Fixtures.yotGrant().build())));
    assertEquals(
        "agreement ids must be unique, was repeated [gm-mou] for pool gm-families",
        rejected(families().agreement(Fixtures.mou().build())));
  }

  @Test
  void aContributionComesFromOneOfTheHolders() {
    Contribution stranger =
        Contribution.builder(
                ContributionId.of("police"),
                FundingLineId.of("police-grant"),
                HolderId.of("gmp"),
                ContributionMode.ALIGNED)
            .amount(FY12, Money.ofPounds(1))
            .build();
    assertEquals(
        "holder must be one of the pool's budget holders [manchester, gm-jcp, manchester-yot],"
            + " was gmp for contribution police to pool gm-families",
        rejected(families().contribution(stranger)));
  }

  @Test
  void aContributionFallsWithinThePoolsYears() {
    Contribution late = Fixtures.yotGrant().amount(FY15, Money.ofPounds(1)).build();
    Contribution renamed =
        Contribution.builder(
                ContributionId.of("yot-late"), late.line(), late.holder(), late.mode())
            .amounts(late.amounts())
            .build();
    assertEquals(
        "year must be within the pool's years 2011-12 to 2014-15, was 2015-16"
            + " for contribution yot-late to pool gm-families",
        rejected(families().contribution(renamed)));
    Contribution early =
        Contribution.builder(
                ContributionId.of("yot-early"), late.line(), late.holder(), late.mode())
            .amount(FY11.previous(), Money.ofPounds(1))
            .build();
    assertEquals(
        "year must be within the pool's years 2011-12 to 2014-15, was 2010-11"
            + " for contribution yot-early to pool gm-families",
        rejected(families().contribution(early)));
  }

  @Test
  void anEarmarkIsOneOfThePoolsPurposes() {
    Contribution housing =
        Contribution.builder(
                ContributionId.of("housing"),
                FundingLineId.of("eig"),
                COUNCIL.id(),
                ContributionMode.LOCALLY_POOLED)
            .amount(FY12, Money.ofPounds(1))
            .earmark(Purpose.HOUSING)
            .build();
    assertEquals(
        "earmark must be one of the pool's purposes [FAMILIES_WITH_MULTIPLE_PROBLEMS, YOUTH_JUSTICE],"
            + " was HOUSING for contribution housing to pool gm-families",
        rejected(families().contribution(housing)));
  }

  @Test
  void aFactIsAboutOneOfTheHolders() {
    LocalFact police =
        LocalFact.of(
            LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE,
            HolderId.of("gmp"),
            FY12.dates(),
            "Chief Constable's letter");
    assertEquals(
        "holder must be one of the pool's budget holders [manchester, gm-jcp, manchester-yot],"
            + " was gmp for fact holder considers it appropriate about holder gmp in pool gm-families",
        rejected(families().fact(police)));
  }

  @Test
  void aHolderPartyToAnAgreementIsOneOfTheHolders() {
    BudgetHolder police =
        BudgetHolder.of(HolderId.of("gmp"), "Greater Manchester Police", HolderKind.POLICE_FORCE, GM);
    Agreement withPolice =
        Agreement.builder(AgreementId.of("police-mou"), "Police MOU")
            .party(police)
            .party(DWP)
            .years(FY12, FY13)
            .signedOn(LocalDate.of(2012, 4, 1))
            .build();
    assertEquals(
        "party must be a department or one of the pool's budget holders"
            + " [manchester, gm-jcp, manchester-yot], was holder gmp (Greater Manchester Police,"
            + " police force, greater-manchester) for agreement police-mou of pool gm-families",
        rejected(families().agreement(withPolice)));
    assertTrue(families().holder(police).agreement(withPolice).build().agreements().contains(withPolice));
  }

  @Test
  void collectionsCannotBeChangedAfterwards() {
    Pool p = families().build();
    assertThrows(UnsupportedOperationException.class, () -> p.purposes().add(Purpose.HOUSING));
    assertThrows(UnsupportedOperationException.class, () -> p.holders().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.contributions().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.facts().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.agreements().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> p.totalsByMode().put(ContributionMode.ALIGNED, Money.ZERO));
  }

  @Test
  void aCopyCanReplaceTakeOutOrClearItsContributions() {
    Pool pool = families().build();
    Contribution more = pool.contribution(ContributionId.of("yot-grant")).orElseThrow().toBuilder()
        .amount(FY14, Money.ofPounds(100_000)).build();
    Pool changed = pool.toBuilder().replaceContribution(more).build();
    assertEquals(pool.contributions().stream().map(Contribution::id).toList(),
        changed.contributions().stream().map(Contribution::id).toList(), "the replacement keeps its place");
    assertEquals(Optional.of(more), changed.contribution(ContributionId.of("yot-grant")));
    assertEquals(pool, families().build(), "the original is unchanged");
    Pool without = pool.toBuilder().withoutContribution(ContributionId.of("jcp-case-workers")).build();
    assertEquals(Optional.empty(), without.contribution(ContributionId.of("jcp-case-workers")));
    assertEquals(pool.contributions().size() - 1, without.contributions().size());
    assertEquals(List.of(), pool.toBuilder().clearContributions().build().contributions());
    assertEquals("pool gm-families has no contribution nothing",
        assertThrows(IllegalArgumentException.class,
            () -> pool.toBuilder().withoutContribution(ContributionId.of("nothing"))).getMessage());
    Contribution yot = pool.contribution(ContributionId.of("yot-grant")).orElseThrow();
    assertEquals("pool gm-families has no contribution yot-grant",
        assertThrows(IllegalArgumentException.class,
            () -> pool.toBuilder().clearContributions().replaceContribution(yot)).getMessage());
  }
}
