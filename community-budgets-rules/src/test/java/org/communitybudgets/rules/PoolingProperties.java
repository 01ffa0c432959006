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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.testing.FundingArbitraries;
import org.communitybudgets.testing.PoolArbitraries;
import org.communitybudgets.testing.TimeArbitraries;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Laws of pool assessment: no crash on any valid pool, no dependence on order, thread safety. */
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
