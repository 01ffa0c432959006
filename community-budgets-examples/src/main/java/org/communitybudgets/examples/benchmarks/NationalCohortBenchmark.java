package org.communitybudgets.examples.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communitybudgets.examples.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.BenchmarkBaselines;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.Identification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Identification of a whole national cohort, with explanations, three ways on the same families,
 * rules and parameters: the engine's batch path; one stateless Drools execute per family, as a
 * user of plain Drools would write it; and the plain-Java reference of the same decisions (the
 * floor, without explanations). All three use every core. One operation is the whole cohort.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class NationalCohortBenchmark {
  /** The national cohort: phase 1 (120,000 families) or phase 2 (400,000). */
  @Param({"PHASE_1", "PHASE_2"})
  public ProgrammePhase phase;

  private List<Family> families;
  private LocalDate asOf;
  private CommunityBudgetsEngine engine;
  private BenchmarkBaselines baselines;

  /** Makes the cohort's valid families and builds the engine. */
  @Setup
  public void setUp() {
    SyntheticCohort cohort = SyntheticCohort.national(phase);
    families = cohort.validFamilies().toList();
    asOf = cohort.identifiedOn();
    engine = CommunityBudgetsEngine.standard();
    baselines = new BenchmarkBaselines(engine);
  }

  /** The engine's batch path: chunked sessions on every core. Returns the reasons given. */
  @Benchmark
  public long batch() {
    try (Stream<BatchResult<Identification>> results = engine.identifyAll(families.iterator(), asOf, BatchOptions.defaults())) {
      return results
          .mapToLong(r -> r instanceof BatchResult.Success<Identification> s ? s.value().decision().reasons().size() : 0)
          .sum();
    }
  }

  /** One stateless execute per family, on every core. Returns the reasons given. */
  @Benchmark
  public long oneStatelessExecutePerFamily() {
    return families.parallelStream()
        .mapToLong(f -> baselines.oneStatelessExecute(f, asOf).decision().reasons().size())
        .sum();
  }

  /** The plain-Java reference, on every core. Returns the families eligible. */
  @Benchmark
  public long plainJava() {
    Object policy = baselines.policy(asOf);
    return families.parallelStream().filter(f -> baselines.plainJava(f, policy)).count();
  }
}
