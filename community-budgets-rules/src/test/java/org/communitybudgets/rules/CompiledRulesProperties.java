package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communitybudgets.family.Family;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.testing.FamilyArbitraries;
import org.communitybudgets.testing.FundingArbitraries;
import org.communitybudgets.testing.PoolArbitraries;
import org.communitybudgets.testing.TimeArbitraries;

/**
 * The standard rules built from the executable model generated with the library decide exactly
 * as the same DRL compiled when the engine is built: the same verdicts, and the same reasons in
 * the same order with the same texts, facts and parameters, for pools and for families of both
 * phases.
 */
class CompiledRulesProperties {
  private static CommunityBudgetsEngine generated;
  private static CommunityBudgetsEngine fromSource;
  private static final LocalDate PHASE_1_DAY = LocalDate.of(2013, 5, 10);
  private static final LocalDate PHASE_2_DAY = LocalDate.of(2016, 6, 1);

  @BeforeContainer
  static void build() {
    generated = CommunityBudgetsEngine.standard();
    fromSource = CommunityBudgetsEngine.builder().standardRulesFromSource().build();
  }

  @Provide
  Arbitrary<Family> families() {
    return Arbitraries.oneOf(
        FamilyArbitraries.families(),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).withFixedExclusions(3),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).nearAbsenceThreshold(org.communitybudgets.money.Percentage.of(15)),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).withPhase2Problems(1),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).withPhase2Problems(2));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(Arbitraries.just(PHASE_1_DAY), Arbitraries.just(PHASE_2_DAY), TimeArbitraries.programmeDates());
  }

  @Provide
  Arbitrary<Pool> pools() {
    Arbitrary<FundingLineId> lines =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, FundingArbitraries.menuLineIds()),
            net.jqwik.api.Tuple.of(1, FundingArbitraries.fundingLineIds()));
    return Arbitraries.oneOf(PoolArbitraries.pools().withLines(lines), PoolArbitraries.poolsMixingAllModes().withLines(lines));
  }

  @Property(tries = 300)
  void identificationIsTheSameByEitherPath(@ForAll("families") Family family, @ForAll("days") LocalDate asOf) {
    assertEquals(fromSource.identify(family, asOf), generated.identify(family, asOf));
  }

  @Property(tries = 200)
  void resultsAreTheSameByEitherPath(@ForAll("families") Family family, @ForAll("days") LocalDate asOf) {
    assertEquals(fromSource.results(family, asOf), generated.results(family, asOf));
  }

  @Property(tries = 200)
  void poolAssessmentsAreTheSameByEitherPath(@ForAll("pools") Pool pool, @ForAll("days") LocalDate asOf) {
    assertEquals(fromSource.assess(pool, asOf), generated.assess(pool, asOf));
  }
}
