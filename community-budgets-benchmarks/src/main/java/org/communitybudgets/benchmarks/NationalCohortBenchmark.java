package org.communitybudgets.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Identification of a whole national cohort, side by side on the same families, rules and
 * parameters: the engine's batch path with every reason read (statement, facts and parameters
 * put into words, so that deferring them earns nothing), put into words by the batch's threads or
 * by the reader, and reading only the verdicts; one stateless Drools execute
 * per family, as a user of plain Drools would write it, its reasons read likewise; the tight
 * plain-Java floor, one pass per family and no explanation; and the plain-Java oracle of the
 * rules' tests. All use every core. One operation is the whole cohort, made before the
 * measurement starts; the families whose records the domain rejects (about 1%) are left out, so
 * the phase-1 cohort has 118,764 families and the phase-2 cohort 395,983. Beside the wall time,
 * each operation reports the process's CPU time ({@code cpuMillis}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class NationalCohortBenchmark {

  /** The national cohort: phase 1 (120,000 records) or phase 2 (400,000). */
  @Param({"PHASE_1", "PHASE_2"})
  public ProgrammePhase phase;

  private List<Family> families;
  private LocalDate asOf;
  private CommunityBudgetsEngine engine;
  private BenchmarkBaselines baselines;
  private TightFloor floor;


  /** Makes the cohort's valid families, builds the engine and checks that the floor decides as the rules do. */
  @Setup(Level.Trial)
  public void setUp() {
    SyntheticCohort cohort = SyntheticCohort.national(phase);
    families = cohort.validFamilies().toList();
    asOf = cohort.identifiedOn();
    engine = CommunityBudgetsEngine.standard();
    baselines = new BenchmarkBaselines(engine);
    floor = new TightFloor(engine, asOf);
    long wrong = floor.disagreements(engine, families);
    if (wrong != 0) {
      throw new IllegalStateException("the floor decides " + wrong + " of " + families.size() + " families otherwise than the rules");
    }
  }

  /** Every reason of the decision put into words: the length of its text. */
  static long read(Decision<?> decision) {
    long n = 0;
    for (Reason r : decision.reasons()) {
      n += r.statement().length() + r.source().toString().length();
      n += r.facts().stream().mapToLong(f -> f.value().length()).sum();
      n += r.parameters().size();
      n += r.unmetCondition().map(u -> u.description().length()).orElse(0);
    }
    return n;
  }

  private static long sum(Stream<BatchResult<Identification>> results, ToLongFunction<Identification> f) {
    return results.mapToLong(r -> r instanceof BatchResult.Success<Identification> s ? f.applyAsLong(s.value()) : 0).sum();
  }

  /** The engine's batch path: chunked sessions on every core, every reason put into words as it is read. */
  @Benchmark
  public long batchReadingEveryReason(ProcessCpu cpu) {
    try (Stream<BatchResult<Identification>> results = engine.identifyAll(families.iterator(), asOf, BatchOptions.defaults())) {
      long n = sum(results, i -> read(i.decision()));
      cpu.stop();
      return n;
    }
  }

  /** The engine's batch path with its threads putting the reasons into words, every reason read. */
  @Benchmark
  public long batchWithReasonsInWords(ProcessCpu cpu) {
    try (Stream<BatchResult<Identification>> results =
        engine.identifyAll(families.iterator(), asOf, BatchOptions.defaults().withReasonsInWords())) {
      long n = sum(results, i -> read(i.decision()));
      cpu.stop();
      return n;
    }
  }

  /** The engine's batch path, reading only the verdicts. */
  @Benchmark
  public long batchReadingVerdicts(ProcessCpu cpu) {
    try (Stream<BatchResult<Identification>> results = engine.identifyAll(families.iterator(), asOf, BatchOptions.defaults())) {
      long n = sum(results, i -> i.isEligible() ? 1 : 0);
      cpu.stop();
      return n;
    }
  }

  /** One stateless execute per family, on every core, every reason read. */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long oneStatelessExecutePerFamily(ProcessCpu cpu) {
    long n = families.parallelStream().mapToLong(f -> read(baselines.oneStatelessExecute(f, asOf).decision())).sum();
    cpu.stop();
    return n;
  }

  /** The tight plain-Java floor, on every core: the families eligible, no explanation. */
  @Benchmark
  public long tightFloor(ProcessCpu cpu) {
    long n = families.parallelStream().filter(floor::eligible).count();
    cpu.stop();
    return n;
  }

  /** The plain-Java oracle of the rules' tests, on every core: the families eligible. */
  @Benchmark
  public long testOracle(ProcessCpu cpu) {
    Object policy = baselines.policy(asOf);
    long n = families.parallelStream().filter(f -> baselines.plainJava(f, policy)).count();
    cpu.stop();
    return n;
  }
}
