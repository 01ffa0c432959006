package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.InKindKind;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.testing.FundingArbitraries;
import org.communitybudgets.testing.PoolArbitraries;
import org.communitybudgets.testing.TimeArbitraries;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Laws of pool assessment: no crash on any valid pool, the verdicts and unmet conditions a plain
 * Java reading of the menu gives, no dependence on order, thread safety.
 */
class PoolingProperties {
  private static CommunityBudgetsEngine engine;

  @BeforeContainer
  static void buildEngine() {
    engine = CommunityBudgetsEngine.standard();
  }

  @Provide
  Arbitrary<Pool> pools() {
    Arbitrary<FundingLineId> lines =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, FundingArbitraries.menuLineIds()),
            net.jqwik.api.Tuple.of(1, FundingArbitraries.fundingLineIds()));
    return Arbitraries.oneOf(
        PoolArbitraries.pools().withLines(lines),
        PoolArbitraries.poolsMixingAllModes().withLines(lines));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return TimeArbitraries.programmeDates();
  }

  @Property(tries = 200)
  void everyContributionOfAGeneratedPoolGetsAnExplainedDecision(
      @ForAll("pools") Pool pool, @ForAll("dates") LocalDate asOf) {
    PoolAssessment a = engine.assess(pool, asOf);
    assertEquals(pool.contributions().size(), a.contributions().size());
    for (Contribution c : pool.contributions()) {
      Decision<ContributionVerdict> d = a.contribution(c.id()).orElseThrow();
      assertEquals(asOf, d.asOf());
      assertEquals(
          d.verdict().isFavourable(),
          d.unmetConditions().isEmpty(),
          () -> "verdict " + d.verdict() + " with unmet " + d.unmetConditions());
    }
    assertEquals(pool.contributions().stream().map(Contribution::total).reduce(org.communitybudgets.money.Money.ZERO, org.communitybudgets.money.Money::plus), a.requested().total());
  }

  /**
   * Pools of one contribution of any line of the catalogue, by the body that holds it, in any mode,
   * for years around its life, with any of the local facts about that body from any day and an
   * agreement or none: what the menu's conditions and the line-life and ring-fence rules judge.
   */
  @Provide
  Arbitrary<Pool> menuPools() {
    Arbitrary<String> line = Arbitraries.of(engine.catalogue().lines().stream().map(l -> l.id().value()).toList());
    Arbitrary<List<FinancialYear>> years = Combinators.combine(Arbitraries.integers().between(2010, 2016), Arbitraries.integers().between(0, 3))
        .as((first, more) -> FinancialYear.of(first).through(FinancialYear.of(Math.min(first + more, 2016))));
    return Combinators.combine(
            line,
            Arbitraries.of(ContributionMode.values()),
            Arbitraries.of(InKindKind.values()),
            years,
            Arbitraries.subsetOf(LocalFactKind.values()),
            TimeArbitraries.programmeDates(),
            Arbitraries.integers().between(0, 2))
        .as((l, mode, kind, ys, facts, from, agreement) -> {
          PoolFixtures.PoolSpec spec = PoolFixtures.pool(FinancialYear.of(2010), FinancialYear.of(2016));
          spec.contribution(mode == ContributionMode.IN_KIND
              ? PoolFixtures.inKind("c-1", l, kind, PoolFixtures.YEARLY)
              : PoolFixtures.money("c-1", l, mode, ys.toArray(FinancialYear[]::new)));
          for (LocalFactKind k : facts) {
            if (k.carriesShare()) {
              spec.targeted(l, org.communitybudgets.money.Percentage.of(20), from);
            } else {
              spec.fact(k, l, from);
            }
          }
          if (agreement == 1) {
            spec.agreementCoveringSr2010();
          } else if (agreement == 2) {
            FinancialYear last = ys.get(ys.size() - 1);
            spec.agreement(ys.get(0), last, from.isAfter(last.end()) ? last.start() : from);
          }
          return spec.build();
        });
  }

  @Property(tries = 1000)
  void aMenuContributionIsDecidedAsTheReferenceReadsTheMenu(@ForAll("menuPools") Pool pool, @ForAll("dates") LocalDate asOf) {
    everyContributionIsDecidedAsTheReferenceReadsTheMenu(pool, asOf);
  }

  @Property(tries = 400)
  void everyContributionIsDecidedAsTheReferenceReadsTheMenu(@ForAll("pools") Pool pool, @ForAll("dates") LocalDate asOf) {
    Map<String, PoolingReference.Answer> expected =
        PoolingReference.assess(pool, asOf, engine.catalogue(), new Policy(engine.parameterTable(), asOf));
    PoolAssessment a = engine.assess(pool, asOf);
    for (Contribution c : pool.contributions()) {
      Decision<ContributionVerdict> d = a.contribution(c.id()).orElseThrow();
      PoolingReference.Answer actual = new PoolingReference.Answer(
          d.verdict(), java.util.Set.copyOf(d.unmetConditions().stream().map(org.communitybudgets.decision.UnmetCondition::code).toList()));
      assertEquals(expected.get(c.id().value()), actual, () -> "contribution " + c + " on " + asOf + ": " + d.reasons());
    }
  }

  @Property(tries = 100)
  void theVerdictDoesNotDependOnTheOrderOfContributions(
      @ForAll("pools") Pool pool, @ForAll("dates") LocalDate asOf, @ForAll Random random) {
    List<Contribution> shuffled = new ArrayList<>(pool.contributions());
    Collections.shuffle(shuffled, random);
    Pool reordered =
        new Pool(pool.id(), pool.area(), pool.name(), pool.purposes(), pool.firstYear(), pool.lastYear(),
            pool.holders(), shuffled, pool.facts(), pool.agreements());
    assertEquals(byId(engine.assess(pool, asOf)), byId(engine.assess(reordered, asOf)));
  }

  @Property(tries = 5)
  void eightThreadsAtOnceGiveExactlyTheSequentialResults(@ForAll("dates") LocalDate asOf) throws Exception {
    List<Pool> pools = pools().sampleStream().limit(80).toList();
    List<PoolAssessment> sequential = pools.stream().map(p -> engine.assess(p, asOf)).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<PoolAssessment>> futures = new ArrayList<>();
      for (Pool p : pools) {
        futures.add(threads.submit(() -> engine.assess(p, asOf)));
      }
      for (int i = 0; i < pools.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Each contribution's decision keyed by id, and the pool's findings: all that must not change. */
  private static Map<Object, Object> byId(PoolAssessment a) {
    Map<Object, Object> m = new HashMap<>(a.contributions());
    m.put("pool findings", a.poolFindings());
    return m;
  }
}
