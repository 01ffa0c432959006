package org.communitybudgets.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.pool.Agreement;
import org.communitybudgets.pool.AgreementId;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;

/**
 * An {@link Arbitrary} of valid {@link Pool}s with knobs. Each knob returns a new arbitrary and
 * leaves this one as it was, so knobs combine: {@code
 * PoolArbitraries.pools().mixingAllModes().withLines(catalogueLines).covering(SR2010)}.
 */
public final class PoolArbitrary extends ArbitraryDecorator<Pool> {
  static final PoolArbitrary DEFAULT = new PoolArbitrary(false, Optional.empty(), true, Optional.empty());

  /** The mode and in-kind kind of each contribution that "mixing all modes" guarantees. */
  private static final List<ContributionMode> MIXED_MODES =
      List.of(
          ContributionMode.POOLED_AT_SOURCE,
          ContributionMode.LOCALLY_POOLED,
          ContributionMode.ALIGNED,
          ContributionMode.IN_KIND,
          ContributionMode.IN_KIND,
          ContributionMode.IN_KIND);

  private static final List<Optional<InKindKind>> MIXED_KINDS =
      List.of(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.of(InKindKind.STAFF),
          Optional.of(InKindKind.ASSETS),
          Optional.of(InKindKind.DATA_SHARING));

  private final boolean mixingAllModes;
  private final Optional<Arbitrary<FundingLineId>> lines;
  private final boolean withAgreements;
  private final Optional<SpendingReviewPeriod> covering;

  private PoolArbitrary(
      boolean mixingAllModes,
      Optional<Arbitrary<FundingLineId>> lines,
      boolean withAgreements,
      Optional<SpendingReviewPeriod> covering) {
    this.mixingAllModes = mixingAllModes;
    this.lines = lines;
    this.withAgreements = withAgreements;
    this.covering = covering;
  }

  /**
   * Pools in which every {@link ContributionMode} and every {@link InKindKind} is present: at
   * least six contributions, one pooled at source, one locally pooled, one aligned and one in kind
   * of each kind, in random positions among the rest.
   */
  public PoolArbitrary mixingAllModes() {
    return new PoolArbitrary(true, lines, withAgreements, covering);
  }

  /** Pools whose contributions draw their funding lines from {@code lines}, e.g. a catalogue's. */
  public PoolArbitrary withLines(Arbitrary<FundingLineId> lines) {
    return new PoolArbitrary(
        mixingAllModes, Optional.of(Objects.requireNonNull(lines, "lines")), withAgreements, covering);
  }

  /** Pools with no agreement. */
  public PoolArbitrary withoutAgreement() {
    return new PoolArbitrary(mixingAllModes, lines, false, covering);
  }

  /**
   * Pools whose years include every year of {@code period}, sometimes with a year more at either
   * end; their agreements are generated around the same years.
   */
  public PoolArbitrary covering(SpendingReviewPeriod period) {
    return new PoolArbitrary(
        mixingAllModes, lines, withAgreements, Optional.of(Objects.requireNonNull(period, "period")));
  }

  /** The pools, as configured. */
  @Override
  protected Arbitrary<Pool> arbitrary() {
    return frames().flatMap(this::poolsIn);
  }

  /** The pool's frame: what the contributions, facts and agreements must fit within. */
  private record Frame(
      PoolId id,
      String place,
      String name,
      Set<Purpose> purposes,
      FinancialYear first,
      FinancialYear last,
      List<BudgetHolder> holders) {}

  private Arbitrary<Frame> frames() {
    Arbitrary<List<FinancialYear>> years =
        covering
            .map(
                period ->
                    Combinators.combine(
                            Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1))
                        .as((before, after) -> List.of(period.first().plusYears(-before), period.last().plusYears(after))))
            .orElseGet(
                () ->
                    Combinators.combine(
                            Arbitraries.integers().between(2010, 2016),
                            Arbitraries.integers().between(0, 4))
                        .as((start, more) -> List.of(FinancialYear.of(start), FinancialYear.of(start + more))));
    Arbitrary<Set<Purpose>> purposes =
        PoolArbitraries.someOf(List.of(Purpose.values()), 1, 4).map(EnumSet::copyOf);
    return Combinators.combine(
            PoolArbitraries.poolIds(),
            PoolArbitraries.places(),
            PoolArbitraries.poolKinds(),
            purposes,
            years)
        .flatAs(
            (id, place, kind, ps, span) ->
                PoolArbitraries.budgetHoldersIn(place)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(5)
                    .uniqueElements(BudgetHolder::id)
                    .map(
                        holders ->
                            new Frame(
                                id, place, place + " " + kind, ps, span.get(0), span.get(1), holders)));
  }

  private Arbitrary<Pool> poolsIn(Frame frame) {
    Arbitrary<List<Contribution>> contributions = contributionsIn(frame);
    List<HolderId> holderIds = frame.holders().stream().map(BudgetHolder::id).toList();
    Arbitrary<List<LocalFact>> facts =
        PoolArbitraries.localFactsAbout(Arbitraries.of(holderIds)).list().ofMaxSize(6);
    Arbitrary<List<Agreement>> agreements =
        withAgreements
            ? PoolArbitraries.agreementIds()
                .list()
                .ofMaxSize(2)
                .uniqueElements()
                .flatMap(ids -> agreementsIn(frame, ids))
            : Arbitraries.just(List.of());
    return Combinators.combine(contributions, facts, agreements)
        .as(
            (cs, fs, as) -> {
              Pool.Builder b =
                  Pool.builder(frame.id(), PoolArbitraries.areaOf(frame.place()), frame.name())
                      .purposes(frame.purposes())
                      .years(frame.first(), frame.last());
              frame.holders().forEach(b::holder);
              cs.forEach(b::contribution);
              fs.forEach(b::fact);
              as.forEach(b::agreement);
              return b.build();
            });
  }

  private Arbitrary<List<Contribution>> contributionsIn(Frame frame) {
    int min = mixingAllModes ? MIXED_MODES.size() : 0;
    int max = mixingAllModes ? MIXED_MODES.size() + 4 : 8;
    Arbitrary<FundingLineId> lineIds = lines.orElseGet(PoolArbitraries::fundingLineIds);
    Arbitrary<HolderId> holders =
        Arbitraries.of(frame.holders().stream().map(BudgetHolder::id).toList());
    List<FinancialYear> years = frame.first().through(frame.last());
    return PoolArbitraries.contributionIds()
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .uniqueElements()
        .flatMap(
            ids -> {
              if (ids.isEmpty()) {
                return Arbitraries.just(List.<Contribution>of());
              }
              List<Integer> positions = new ArrayList<>();
              for (int i = 0; i < ids.size(); i++) {
                positions.add(i);
              }
              return Arbitraries.shuffle(positions)
                  .flatMap(
                      order -> {
                        List<Arbitrary<Contribution>> each = new ArrayList<>();
                        for (int i = 0; i < ids.size(); i++) {
                          int slot = order.get(i);
                          boolean forced = mixingAllModes && slot < MIXED_MODES.size();
                          Arbitrary<ContributionMode> modes =
                              forced
                                  ? Arbitraries.just(MIXED_MODES.get(slot))
                                  : PoolArbitraries.contributionModes();
                          Arbitrary<InKindKind> kinds =
                              forced && MIXED_KINDS.get(slot).isPresent()
                                  ? Arbitraries.just(MIXED_KINDS.get(slot).get())
                                  : PoolArbitraries.inKindKinds();
                          each.add(
                              PoolArbitraries.contribution(
                                  ids.get(i), holders, lineIds, years, frame.purposes(), modes, kinds));
                        }
                        return Combinators.combine(each).as(List::copyOf);
                      });
            });
  }

  private static Arbitrary<List<Agreement>> agreementsIn(Frame frame, List<AgreementId> ids) {
    if (ids.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    List<Arbitrary<Agreement>> each = new ArrayList<>();
    for (AgreementId id : ids) {
      each.add(PoolArbitraries.agreement(
              id, frame.place(), frame.holders(), frame.first(), frame.last()));
    }
    return Combinators.combine(each).as(List::copyOf);
  }
}
