package org.communitybudgets.examples.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitybudgets.examples.cohort.CohortFamily;
import org.communitybudgets.examples.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.Identification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: in a fresh JVM, building the engine of the whole standard rule set (every DRL file
 * compiled, the parameter tables and the funding catalogue read) and deciding a first family.
 * Each fork is a fresh JVM and measures it once; JVM start-up itself is not counted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  private Family family;
  private java.time.LocalDate identifiedOn;

  /** The first family of the phase-1 national cohort. */
  @Setup
  public void setUp() {
    SyntheticCohort cohort = SyntheticCohort.national(ProgrammePhase.PHASE_1);
    family = ((CohortFamily.Valid) cohort.family(0)).family();
    identifiedOn = cohort.identifiedOn();
  }

  /** Builds the engine and decides the first family. */
  @Benchmark
  public Identification engineBuiltAndFirstDecision() {
    return CommunityBudgetsEngine.standard().identify(family, identifiedOn);
  }
}
