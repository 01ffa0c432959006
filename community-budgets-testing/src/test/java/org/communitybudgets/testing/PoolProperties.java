package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Agreement;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;

class PoolProperties {
  private static final List<FundingLineId> CATALOGUE =
      List.of(
          FundingLineId.of("jcp-flexible-support-fund"),
          FundingLineId.of("youth-offending-team-grant"),
          FundingLineId.of("early-intervention-grant"));

  // ------------------------------------------------------------ generated objects are valid

  @Property(tries = 200)
  void generatedPoolsRebuildThroughTheBuilder(@ForAll("pools") Pool pool) {
    Pool.Builder b =
        Pool.builder(pool.id(), pool.area(), pool.name())
            .purposes(pool.purposes())
            .years(pool.firstYear(), pool.lastYear());
    pool.holders().forEach(b::holder);
    pool.contributions().forEach(b::contribution);
    pool.facts().forEach(b::fact);
    pool.agreements().forEach(b::agreement);
    assertEquals(pool, b.build());
    assertEquals(pool, pool.toBuilder().build());
  }

  @Property
  void generatedContributionsRebuildFromTheirComponents(
      @ForAll("contributions") Contribution c) {
    assertEquals(
        c,
        new Contribution(
            c.id(), c.line(), c.holder(), c.mode(), c.inKind(), c.amounts(), c.earmark(),
            c.description()));
    Contribution.Builder b =
        Contribution.builder(c.id(), c.line(), c.holder(), c.mode())
            .amounts(c.amounts())
            .description(c.description());
    c.inKind().ifPresent(b::inKind);
    c.earmark().ifPresent(b::earmark);
    assertEquals(c, b.build());
    assertEquals(c.inKind().isPresent(), c.isInKind());
    assertEquals(Money.sum(c.years().stream().map(c::amountIn).toList()), c.total());
  }

  @Property
  void generatedHoldersAndFactsRebuildFromTheirComponents(
      @ForAll("holders") BudgetHolder h, @ForAll("facts") LocalFact f) {
    assertEquals(h, new BudgetHolder(h.id(), h.name(), h.kind(), h.area()));
    assertEquals(f, new LocalFact(f.kind(), f.holder(), f.validity(), f.share(), f.evidence()));
    assertEquals(f.kind().carriesShare(), f.share().isPresent());
    assertEquals(f.validity().contains(f.validity().start()), f.holdsOn(f.validity().start()));
  }

  @Property(tries = 300)
  void generatedAgreementsRebuildThroughTheBuilder(@ForAll("agreements") Agreement a) {
    Agreement.Builder b =
        Agreement.builder(a.id(), a.title())
            .parties(a.parties())
            .years(a.firstYear(), a.lastYear())
            .signedOn(a.signedOn())
            .accountabilityArrangements(a.accountabilityArrangements())
            .fundingAgreement(a.fundingAgreement());
    a.priorities().forEach(b::priority);
    a.savingsSharing().ifPresent(b::savingsSharing);
    assertEquals(a, b.build());
    assertTrue(a.parties().size() >= 2);
  }

  @Property
  void generatedPartiesAreDepartmentsOrHolders(@ForAll("parties") Party p) {
    assertFalse(p.name().isBlank());
  }

  // ------------------------------------------------------------ laws

  @Property
  void savingsSharesAlwaysSumToTheWhole(@ForAll("terms") SavingsSharingTerms t) {
    assertEquals(
        0,
        t.shares().values().stream()
            .reduce(Percentage.ZERO, Percentage::plus)
            .compareTo(Percentage.ONE_HUNDRED));
    assertEquals(t, new SavingsSharingTerms(t.basis(), t.shares(), t.description()));
  }

  @Property
  void dividingSavingsLosesNoPenny(
      @ForAll("terms") SavingsSharingTerms t, @ForAll("savings") Money savings) {
    Map<Party, Money> parts = t.divide(savings);
    assertEquals(t.parties(), parts.keySet());
    assertEquals(savings, Money.sum(parts.values()));
  }

  @Property(tries = 200)
  void totalsByModeSumToTheTotalsByYear(@ForAll("pools") Pool pool) {
    Money byMode = Money.sum(pool.totalsByMode().values());
    Money byYear = Money.sum(pool.years().stream().map(pool::totalIn).toList());
    assertEquals(byYear, byMode);
    assertEquals(EnumSet.allOf(ContributionMode.class), pool.totalsByMode().keySet());
    assertEquals(Money.ZERO, pool.totalIn(pool.lastYear().next()));
    assertEquals(Money.ZERO, pool.totalIn(pool.firstYear().previous()));
  }

  @Property(tries = 200)
  void factsAboutTheHoldersAccountForEveryFact(@ForAll("pools") Pool pool) {
    int counted = 0;
    for (BudgetHolder h : pool.holders()) {
      counted += pool.factsAbout(h.id()).size();
      assertEquals(Optional.of(h), pool.holder(h.id()));
    }
    assertEquals(pool.facts().size(), counted);
  }

  @Property(tries = 300)
  void anAgreementCoveringSr2010CoversEachOfItsYears(@ForAll("agreements") Agreement a) {
    SpendingReviewPeriod sr = SpendingReviewPeriod.SR2010;
    boolean eachYear = sr.years().stream().allMatch(a::covers);
    assertEquals(eachYear, a.covers(sr));
  }

  @Property(tries = 300)
  void anAgreementInForceIsSignedAndCoversTheYear(
      @ForAll("agreements") Agreement a, @ForAll("days") LocalDate day) {
    assertEquals(
        !a.signedOn().isAfter(day) && a.covers(FinancialYear.containing(day)), a.isInForceOn(day));
  }

  @Property(tries = 200)
  void theAgreementInForceIsInForce(@ForAll("pools") Pool pool, @ForAll("days") LocalDate day) {
    Optional<Agreement> inForce = pool.agreementInForceOn(day);
    assertEquals(pool.agreements().stream().anyMatch(a -> a.isInForceOn(day)), inForce.isPresent());
    inForce.ifPresent(a -> assertTrue(a.isInForceOn(day)));
  }

  // ------------------------------------------------------------ knobs

  @Property(tries = 100)
  void poolsMixingAllModesHaveEveryModeAndKind(@ForAll("mixedPools") Pool pool) {
    assertEquals(
        EnumSet.allOf(ContributionMode.class),
        collect(pool.contributions(), Contribution::mode, ContributionMode.class));
    Set<InKindKind> kinds = EnumSet.noneOf(InKindKind.class);
    pool.contributions().forEach(c -> c.inKind().ifPresent(kinds::add));
    assertEquals(EnumSet.allOf(InKindKind.class), kinds);
  }

  @Property(tries = 100)
  void poolsCoveringSr2010CoverEachOfItsYears(@ForAll("poolsCoveringSr2010") Pool pool) {
    assertTrue(pool.years().containsAll(SpendingReviewPeriod.SR2010.years()));
  }

  @Property(tries = 100)
  void poolsWithoutAgreementHaveNone(@ForAll("poolsWithoutAgreement") Pool pool) {
    assertTrue(pool.agreements().isEmpty());
    assertEquals(Optional.empty(), pool.agreementInForceOn(pool.firstYear().start()));
  }

  @Property(tries = 100)
  void poolsWithCatalogueLinesUseOnlyThoseLines(@ForAll("catalogueMixedPools") Pool pool) {
    assertTrue(pool.contributions().stream().allMatch(c -> CATALOGUE.contains(c.line())));
  }

  // ------------------------------------------------------------ rejection of invalid input

  @Property(tries = 100)
  void rejectsAContributionFromAnUnknownHolder(@ForAll("mixedPools") Pool pool) {
    Contribution c = pool.contributions().get(0);
    HolderId stranger = HolderId.of("unregistered-holder");
    Contribution moved =
        new Contribution(
            c.id(), c.line(), stranger, c.mode(), c.inKind(), c.amounts(), c.earmark(),
            c.description());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> replacing(pool, c, moved));
    assertEquals("holder", e.field());
    assertEquals(
        "holder must be one of the pool's budget holders "
            + pool.holders().stream().map(BudgetHolder::id).toList()
            + ", was unregistered-holder for contribution "
            + c.id()
            + " to pool "
            + pool.id(),
        e.getMessage());
  }

  @Property(tries = 100)
  void rejectsAnInKindContributionWithoutItsKind(@ForAll("mixedPools") Pool pool) {
    Contribution c =
        pool.contributions().stream().filter(Contribution::isInKind).findFirst().orElseThrow();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Contribution(
                    c.id(), c.line(), c.holder(), c.mode(), Optional.empty(), c.amounts(),
                    c.earmark(), c.description()));
    assertEquals("in-kind kind", e.field());
    assertEquals(
        "in-kind kind must be present for an in-kind contribution, was none for contribution "
            + c.id(),
        e.getMessage());
  }

  @Property(tries = 100)
  void rejectsAMoneyContributionWithAnInKindKind(
      @ForAll("mixedPools") Pool pool, @ForAll("inKindKinds") InKindKind kind) {
    Contribution c =
        pool.contributions().stream().filter(x -> !x.isInKind()).findFirst().orElseThrow();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> c.toBuilder().inKind(kind).build());
    assertEquals("in-kind kind", e.field());
    assertEquals(
        "in-kind kind must be absent for a "
            + c.mode().label()
            + " contribution, was "
            + kind.label()
            + " for contribution "
            + c.id(),
        e.getMessage());
  }

  @Property(tries = 100)
  void rejectsAContributionYearOutsideThePool(
      @ForAll("mixedPools") Pool pool, @ForAll boolean after) {
    Contribution c = pool.contributions().get(0);
    FinancialYear outside = after ? pool.lastYear().next() : pool.firstYear().previous();
    Contribution extended = c.toBuilder().amount(outside, Money.ofPounds(1)).build();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> replacing(pool, c, extended));
    assertEquals("year", e.field());
    assertEquals(
        "year must be within the pool's years "
            + FinancialYear.span(pool.firstYear(), pool.lastYear())
            + ", was "
            + outside
            + " for contribution "
            + c.id()
            + " to pool "
            + pool.id(),
        e.getMessage());
  }

  @Property
  void rejectsSharesNotSummingToTheWhole(@ForAll("terms") SavingsSharingTerms t) {
    Map<Party, Percentage> shares = new LinkedHashMap<>(t.shares());
    Party first = shares.keySet().iterator().next();
    Percentage share = shares.get(first);
    Percentage penny = Percentage.of(new BigDecimal("0.01"));
    Percentage changed =
        share.compareTo(Percentage.of("99.99")) <= 0 ? share.plus(penny) : share.minus(penny);
    shares.put(first, changed);
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new SavingsSharingTerms(t.basis(), shares, t.description()));
    assertEquals("shares", e.field());
    Percentage sum = Percentage.ONE_HUNDRED.plus(changed).minus(share);
    assertEquals(
        "shares must be summing to exactly 100%, was a sum of " + sum + " for savings-sharing terms",
        e.getMessage());
  }

  @Property(tries = 200)
  void rejectsARepeatedParty(@ForAll("agreements") Agreement a) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> a.toBuilder().party(a.parties().get(0)).build());
    assertEquals("parties", e.field());
    assertEquals("agreement " + a.id(), e.owner().orElseThrow());
  }

  @Property(tries = 100)
  void rejectsARepeatedHolderId(@ForAll("pools") Pool pool) {
    BudgetHolder h = pool.holders().get(0);
    BudgetHolder twin = new BudgetHolder(h.id(), h.name() + " twin", h.kind(), h.area());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> pool.toBuilder().holder(twin).build());
    assertEquals("budget holder ids", e.field());
    assertEquals("repeated [" + h.id() + "]", e.value());
  }

  // ------------------------------------------------------------ helpers and providers

  private static Pool replacing(Pool pool, Contribution old, Contribution replacement) {
    List<Contribution> contributions = new ArrayList<>(pool.contributions());
    contributions.set(contributions.indexOf(old), replacement);
    return new Pool(
        pool.id(), pool.area(), pool.name(), pool.purposes(), pool.firstYear(), pool.lastYear(),
        pool.holders(), contributions, pool.facts(), pool.agreements());
  }

  private static <T, E extends Enum<E>> Set<E> collect(
      List<T> items, Function<T, E> key, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    items.forEach(i -> set.add(key.apply(i)));
    return set;
  }

  @Provide
  Arbitrary<Pool> pools() {
    return PoolArbitraries.pools();
  }

  @Provide
  Arbitrary<Pool> mixedPools() {
    return PoolArbitraries.poolsMixingAllModes();
  }

  @Provide
  Arbitrary<Pool> poolsCoveringSr2010() {
    return PoolArbitraries.poolsCovering(SpendingReviewPeriod.SR2010);
  }

  @Provide
  Arbitrary<Pool> poolsWithoutAgreement() {
    return PoolArbitraries.poolsWithoutAgreement();
  }

  @Provide
  Arbitrary<Pool> catalogueMixedPools() {
    return PoolArbitraries.poolsWith(Arbitraries.of(CATALOGUE)).mixingAllModes();
  }

  @Provide
  Arbitrary<Contribution> contributions() {
    return PoolArbitraries.contributions();
  }

  @Provide
  Arbitrary<BudgetHolder> holders() {
    return PoolArbitraries.budgetHolders();
  }

  @Provide
  Arbitrary<LocalFact> facts() {
    return PoolArbitraries.localFacts();
  }

  @Provide
  Arbitrary<Agreement> agreements() {
    return PoolArbitraries.agreements();
  }

  @Provide
  Arbitrary<Party> parties() {
    return PoolArbitraries.parties();
  }

  @Provide
  Arbitrary<SavingsSharingTerms> terms() {
    return PoolArbitraries.savingsSharingTerms();
  }

  @Provide
  Arbitrary<InKindKind> inKindKinds() {
    return PoolArbitraries.inKindKinds();
  }

  @Provide
  Arbitrary<Money> savings() {
    return MoneyArbitraries.amounts();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return TimeArbitraries.programmeDates();
  }

}
