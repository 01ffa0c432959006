package org.communitybudgets.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.communitybudgets.area.AreaId;
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
import org.communitybudgets.pool.DepartmentParty;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.pool.SharingBasis;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;

/**
 * Generators of valid pools (Community Budgets) and their parts: budget holders, parties,
 * contributions, local facts, savings-sharing terms and agreements. Every generated object is
 * valid by construction; {@link #pools()} returns a {@link PoolArbitrary} whose knobs steer the
 * pools generated.
 *
 * <p>Names and places are drawn from the first Community Budget areas (Public Finance 2011), so
 * that a failing example reads like a real one.
 */
public final class PoolArbitraries {
  private PoolArbitraries() {}

  /** The largest amount a generated contribution carries in one year: £50 million. */
  public static final Money MAX_YEARLY_AMOUNT = Money.ofPounds(50_000_000);

  /** The first 16 Community Budget areas and the whole-place pilots (Public Finance 2011; DCLG Whole-Place announcement 2011). */
  private static final List<String> PLACES =
      List.of(
          "Birmingham",
          "Blackburn with Darwen",
          "Blackpool",
          "Bradford",
          "Essex",
          "Greater Manchester",
          "Hull",
          "Kent",
          "Leicestershire",
          "Lincolnshire",
          "Barnet",
          "Croydon",
          "Islington",
          "Lewisham",
          "Westminster",
          "Swindon",
          "Cheshire West and Chester");

  private static final List<String> POOL_KINDS =
      List.of(
          "families with multiple problems Community Budget",
          "whole-place Community Budget",
          "troubled families pooled budget",
          "neighbourhood Community Budget");

  private static final List<String> RECORDS =
      List.of(
          "Community Budget board minutes",
          "Youth Offending Team management board minutes",
          "Health and wellbeing board minutes",
          "Jobcentre Plus district plan, signed",
          "information sharing agreement, signed",
          "estates business case, approved",
          "letter from the chief executive, dated",
          "joint commissioning agreement, signed");

  private static final List<String> PRIORITIES =
      List.of(
          "Reduce youth offending",
          "Get adults in troubled families into work",
          "Improve school attendance",
          "Reduce anti-social behaviour",
          "Integrate health and social care",
          "Early help for families before crisis",
          "Reduce demand on acute services");

  private static final List<String> ARRANGEMENTS =
      List.of(
          "Each partner remains accountable for its own contribution through its usual governance",
          "The Community Budget board reports quarterly to each partner's accountable officer",
          "The lead council's section 151 officer accounts for the pooled fund",
          "");

  private static final List<String> FUNDING_TERMS =
      List.of(
          "Contributions are committed up front for the Spending Review period",
          "Partners align their budgets to the shared priorities year by year",
          "Pooled funds are held by the lead council under a section 75 agreement",
          "");

  private static final List<String> DESCRIPTIONS =
      List.of(
          "",
          "Seconded case workers for the family intervention team",
          "Share of the grant for families with multiple problems",
          "Co-located office space in the family hub",
          "Commissioned family intervention places",
          "Data shared with consent to track outcomes");

  // ---------------------------------------------------------------- identifiers

  /** Identifiers: one to three lower-case words or digits joined by hyphens. */
  public static Arbitrary<String> slugs() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
  }

  /** Budget holder identifiers. */
  public static Arbitrary<HolderId> holderIds() {
    return slugs().map(HolderId::of);
  }

  /** Pool identifiers. */
  public static Arbitrary<PoolId> poolIds() {
    return slugs().map(PoolId::of);
  }

  /** Contribution identifiers. */
  public static Arbitrary<ContributionId> contributionIds() {
    return slugs().map(ContributionId::of);
  }

  /** Agreement identifiers. */
  public static Arbitrary<AgreementId> agreementIds() {
    return slugs().map(AgreementId::of);
  }

  // ---------------------------------------------------------------- enumerations

  /** Any contribution mode. */
  public static Arbitrary<ContributionMode> contributionModes() {
    return Arbitraries.of(ContributionMode.class);
  }

  /** Any kind of in-kind contribution. */
  public static Arbitrary<InKindKind> inKindKinds() {
    return Arbitraries.of(InKindKind.class);
  }

  /** Any kind of local fact. */
  public static Arbitrary<LocalFactKind> localFactKinds() {
    return Arbitraries.of(LocalFactKind.class);
  }

  /** Any basis for sharing savings. */
  public static Arbitrary<SharingBasis> sharingBases() {
    return Arbitraries.of(SharingBasis.class);
  }

  // ---------------------------------------------------------------- holders and parties

  /** Budget holders of any kind in one of the Community Budget areas. */
  public static Arbitrary<BudgetHolder> budgetHolders() {
    return Arbitraries.of(PLACES).flatMap(PoolArbitraries::budgetHoldersIn);
  }

  /** Budget holders of any kind serving the named place, whose area id is the place's. */
  static Arbitrary<BudgetHolder> budgetHoldersIn(String place) {
    return Combinators.combine(holderIds(), Arbitraries.of(HolderKind.class))
        .as((id, kind) -> BudgetHolder.of(id, place + " " + kind.label(), kind, areaOf(place)));
  }

  /** Departments as parties to an agreement. */
  public static Arbitrary<DepartmentParty> departmentParties() {
    return Arbitraries.of(Department.class).map(DepartmentParty::new);
  }

  /** Parties to an agreement: departments and budget holders. */
  public static Arbitrary<Party> parties() {
    List<Arbitrary<? extends Party>> kinds = List.of(departmentParties(), budgetHolders());
    return Arbitraries.oneOf(kinds);
  }

  // ---------------------------------------------------------------- contributions

  /**
   * Contributions of any mode from a generated holder and funding line, in one or more of the
   * financial years 2010-11 to 2019-20.
   */
  public static Arbitrary<Contribution> contributions() {
    return Combinators.combine(contributionIds(), holderIds(), programmeSpan())
        .flatAs(
            (id, holder, years) ->
                contribution(
                    id,
                    Arbitraries.just(holder),
                    fundingLineIds(),
                    years,
                    EnumSet.allOf(Purpose.class),
                    contributionModes(),
                    inKindKinds()));
  }

  /**
   * Contributions from {@code holder}, with lines drawn from {@code lines}, amounts in one or more
   * of the years {@code first} to {@code last}, and an earmark, if any, among {@code purposes}.
   */
  public static Arbitrary<Contribution> contributions(
      HolderId holder,
      Arbitrary<FundingLineId> lines,
      FinancialYear first,
      FinancialYear last,
      Set<Purpose> purposes) {
    return contributionIds()
        .flatMap(
            id ->
                contribution(
                    id,
                    Arbitraries.just(holder),
                    lines,
                    first.through(last),
                    purposes,
                    contributionModes(),
                    inKindKinds()));
  }

  static Arbitrary<Contribution> contribution(
      ContributionId id,
      Arbitrary<HolderId> holders,
      Arbitrary<FundingLineId> lines,
      List<FinancialYear> years,
      Set<Purpose> purposes,
      Arbitrary<ContributionMode> modes,
      Arbitrary<InKindKind> kinds) {
    Arbitrary<Optional<Purpose>> earmarks =
        purposes.isEmpty()
            ? Arbitraries.just(Optional.empty())
            : Arbitraries.of(List.copyOf(EnumSet.copyOf(purposes))).optional(0.3);
    Arbitrary<Map<FinancialYear, Money>> amounts =
        someOf(years, 1, years.size())
            .flatMap(
                chosen ->
                    yearlyAmounts()
                        .list()
                        .ofSize(chosen.size())
                        .map(list -> byYear(chosen, list)));
    return Combinators.combine(
            holders, lines, modes, kinds, amounts, earmarks, Arbitraries.of(DESCRIPTIONS))
        .as(
            (holder, line, mode, kind, byYear, earmark, description) -> {
              Contribution.Builder b =
                  Contribution.builder(id, line, holder, mode).description(description);
              if (mode == ContributionMode.IN_KIND) {
                b.inKind(kind);
              }
              earmark.ifPresent(b::earmark);
              Map<FinancialYear, Money> amountsByYear = new TreeMap<>(byYear);
              if (mode.isMoney() && amountsByYear.values().stream().noneMatch(Money::isPositive)) {
                FinancialYear firstYear = amountsByYear.keySet().iterator().next();
                amountsByYear.put(firstYear, Money.ofPence(1));
              }
              return b.amounts(amountsByYear).build();
            });
  }

  /** Yearly amounts up to {@link #MAX_YEARLY_AMOUNT}: half of them whole pounds from £1,000 to £5m. */
  private static Arbitrary<Money> yearlyAmounts() {
    List<Arbitrary<Money>> kinds =
        List.of(
            MoneyArbitraries.amountsBetween(Money.ZERO, MAX_YEARLY_AMOUNT),
            MoneyArbitraries.wholePounds(1_000, 5_000_000));
    return Arbitraries.oneOf(kinds);
  }

  private static Map<FinancialYear, Money> byYear(List<FinancialYear> years, List<Money> amounts) {
    Map<FinancialYear, Money> map = new TreeMap<>();
    for (int i = 0; i < years.size(); i++) {
      map.put(years.get(i), amounts.get(i));
    }
    return map;
  }

  // ---------------------------------------------------------------- facts

  /**
   * Local facts of any kind about a generated holder, valid for a range of dates within 2010 to
   * 2020 (some open-ended), evidenced by a record dated the day they start to hold; targeted facts
   * carry a share within 0–100%.
   */
  public static Arbitrary<LocalFact> localFacts() {
    return localFactsAbout(holderIds());
  }

  /** Local facts of any kind about holders drawn from {@code holders}. */
  public static Arbitrary<LocalFact> localFactsAbout(Arbitrary<HolderId> holders) {
    return Combinators.combine(
            localFactKinds(),
            holders,
            TimeArbitraries.ranges(),
            MoneyArbitraries.shares(),
            Arbitraries.of(RECORDS))
        .as(
            (kind, holder, validity, share, record) ->
                new LocalFact(
                    kind,
                    holder,
                    validity,
                    kind.carriesShare() ? Optional.of(share) : Optional.empty(),
                    record + " " + validity.start()));
  }

  // ---------------------------------------------------------------- savings sharing

  /**
   * Savings-sharing terms among one to four distinct generated parties, whose shares, with up to
   * two decimal places, always sum to exactly 100%.
   */
  public static Arbitrary<SavingsSharingTerms> savingsSharingTerms() {
    return parties()
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .uniqueElements()
        .flatMap(PoolArbitraries::savingsSharingTermsFor);
  }

  /** Savings-sharing terms among a non-empty selection of {@code parties}, shares summing to 100%. */
  public static Arbitrary<SavingsSharingTerms> savingsSharingTermsAmong(List<? extends Party> parties) {
    List<Party> all = List.copyOf(parties);
    return someOf(all, 1, all.size()).flatMap(PoolArbitraries::savingsSharingTermsFor);
  }

  /**
   * Terms with a share for each of {@code parties}: the whole, 100.00%, split by random weights
   * with {@link Money#allocate(List)} so that the shares add up exactly.
   */
  static Arbitrary<SavingsSharingTerms> savingsSharingTermsFor(List<? extends Party> parties) {
    Arbitrary<List<Long>> weights =
        Arbitraries.longs()
            .between(0, 100)
            .list()
            .ofSize(parties.size())
            .filter(ws -> ws.stream().anyMatch(w -> w > 0));
    return Combinators.combine(sharingBases(), weights, Arbitraries.of(DESCRIPTIONS))
        .as(
            (basis, ws, description) -> {
              List<Money> parts = Money.ofPence(10_000).allocate(ws);
              Map<Party, Percentage> shares = new LinkedHashMap<>();
              for (int i = 0; i < parties.size(); i++) {
                shares.put(parties.get(i), Percentage.of(BigDecimal.valueOf(parts.get(i).pence(), 2)));
              }
              return new SavingsSharingTerms(basis, shares, description);
            });
  }

  // ---------------------------------------------------------------- agreements

  /**
   * Agreements between two or more distinct parties (departments and generated budget holders),
   * covering some of the years 2010-11 to 2019-20, with savings sharing among some of their
   * parties or none.
   */
  public static Arbitrary<Agreement> agreements() {
    return Combinators.combine(
            agreementIds(),
            budgetHolders().list().ofMaxSize(3).uniqueElements(BudgetHolder::id),
            programmeSpan())
        .flatAs(
            (id, holders, years) ->
                places()
                    .flatMap(
                        place ->
                            agreement(
                                id, place, holders, years.get(0), years.get(years.size() - 1))));
  }

  /**
   * Agreements among some of {@code holders} and one or more departments (at least two parties),
   * covering roughly the years {@code first} to {@code last} (a year more or less at either end).
   */
  public static Arbitrary<Agreement> agreementsAmong(
      List<BudgetHolder> holders, FinancialYear first, FinancialYear last) {
    String place = holders.isEmpty() ? "Local" : placeOf(holders.get(0));
    return agreementIds().flatMap(id -> agreement(id, place, holders, first, last));
  }

  static Arbitrary<Agreement> agreement(
      AgreementId id,
      String place,
      List<BudgetHolder> holders,
      FinancialYear first,
      FinancialYear last) {
    List<DepartmentParty> departments =
        List.of(Department.values()).stream().map(DepartmentParty::new).toList();
    Arbitrary<List<Party>> parties =
        someOf(holders, 0, holders.size())
            .flatMap(
                chosen ->
                    someOf(departments, Math.max(1, 2 - chosen.size()), departments.size())
                        .map(
                            depts -> {
                              List<Party> all = new ArrayList<>(chosen);
                              all.addAll(depts);
                              return List.copyOf(all);
                            }));
    Arbitrary<FinancialYear> firsts =
        Arbitraries.integers().between(-1, 1).map(first::plusYears);
    Arbitrary<Integer> lastOffsets = Arbitraries.integers().between(-1, 1);
    return Combinators.combine(
            parties,
            firsts,
            lastOffsets,
            Arbitraries.integers().between(-365, 3 * 365),
            Arbitraries.of(ARRANGEMENTS),
            Arbitraries.of(FUNDING_TERMS),
            someOf(PRIORITIES, 0, 3))
        .flatAs(
            (ps, from, lastOffset, signedOffset, accountability, funding, priorities) -> {
              FinancialYear to = last.plusYears(lastOffset);
              FinancialYear until = to.isBefore(from) ? from : to;
              // Signed no later than the last day it covers, as an agreement must be.
              LocalDate proposed = from.start().plusDays(signedOffset);
              LocalDate signedOn = proposed.isAfter(until.end()) ? until.end() : proposed;
              Arbitrary<Optional<SavingsSharingTerms>> sharing =
                  savingsSharingTermsAmong(ps).optional(0.5);
              return sharing.map(
                  terms -> {
                    Agreement.Builder b =
                        Agreement.builder(id, place + " Community Budget agreement")
                            .parties(ps)
                            .years(from, until)
                            .signedOn(signedOn)
                            .accountabilityArrangements(accountability)
                            .fundingAgreement(funding);
                    priorities.forEach(b::priority);
                    terms.ifPresent(b::savingsSharing);
                    return b.build();
                  });
            });
  }

  // ---------------------------------------------------------------- pools

  /**
   * Pools of one to five budget holders in one area, with up to eight contributions in any mode,
   * up to six local facts and up to two agreements, over one to five financial years starting
   * between 2010-11 and 2016-17. Steer them with the knobs of {@link PoolArbitrary}.
   */
  public static PoolArbitrary pools() {
    return PoolArbitrary.DEFAULT;
  }

  /** Pools in which every {@link ContributionMode} and every {@link InKindKind} is present. */
  public static PoolArbitrary poolsMixingAllModes() {
    return pools().mixingAllModes();
  }

  /** Pools whose contributions draw their funding lines from {@code lines}, e.g. a catalogue's. */
  public static PoolArbitrary poolsWith(Arbitrary<FundingLineId> lines) {
    return pools().withLines(lines);
  }

  /** Pools with no agreement. */
  public static PoolArbitrary poolsWithoutAgreement() {
    return pools().withoutAgreement();
  }

  /** Pools whose years include every year of the Spending Review period. */
  public static PoolArbitrary poolsCovering(SpendingReviewPeriod period) {
    return pools().covering(period);
  }

  // ---------------------------------------------------------------- helpers

  /** Funding line identifiers, the default source of lines. */
  static Arbitrary<FundingLineId> fundingLineIds() {
    return slugs().map(FundingLineId::of);
  }

  /** The area identifier of a place: its name in lower case, words joined by hyphens. */
  static AreaId areaOf(String place) {
    return AreaId.of(place.toLowerCase(Locale.UK).replace(' ', '-'));
  }

  /** The place a generated holder serves, read back from its name; "Local" if it is not one. */
  private static String placeOf(BudgetHolder holder) {
    return PLACES.stream().filter(p -> holder.name().startsWith(p + " ")).findFirst().orElse("Local");
  }

  static Arbitrary<String> places() {
    return Arbitraries.of(PLACES);
  }

  static Arbitrary<String> poolKinds() {
    return Arbitraries.of(POOL_KINDS);
  }

  /** One to five consecutive financial years within 2010-11 to 2019-20. */
  private static Arbitrary<List<FinancialYear>> programmeSpan() {
    return Combinators.combine(
            Arbitraries.integers().between(2010, 2019), Arbitraries.integers().between(0, 4))
        .as((start, more) -> FinancialYear.of(start).through(FinancialYear.of(Math.min(2019, start + more))));
  }

  /** Between {@code min} and {@code max} distinct items of the list, in the list's order. */
  static <T> Arbitrary<List<T>> someOf(List<T> items, int min, int max) {
    int size = items.size();
    if (size == 0) {
      return Arbitraries.just(List.of());
    }
    return Arbitraries.integers()
        .between(0, size - 1)
        .list()
        .uniqueElements()
        .ofMinSize(Math.min(min, size))
        .ofMaxSize(Math.min(Math.max(min, max), size))
        .map(indices -> indices.stream().sorted().map(items::get).toList());
  }
}
