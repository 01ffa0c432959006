package org.communitybudgets.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The heap a national batch holds: the phase-2 cohort made lazily and streamed through the
 * engine's batch path in a JVM limited to 256 MB, the live heap read after a full collection
 * every 25,000 families. Reports the most held at any reading, in all and per family of the
 * batch; it stays flat as the cohort grows because the batch holds only the chunks in flight.
 * A cohort this size cannot be made beforehand in that heap, so the families are made as the
 * batch reads them: its time is not a measure of the engine (the throughput benchmark is), and the
 * time spent making families is reported apart, as {@code makingFamiliesMillis}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class BatchHeapBenchmark {
  /** How many families of the phase-2 national cohort the batch decides. */
  @Param({"100000", "400000"})
  public int families;

  private SyntheticCohort cohort;
  private CommunityBudgetsEngine engine;

  /** The heap readings, reported beside the time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Heap {
    /** The most live heap at any reading, in megabytes. */
    public long liveHeapMegabytes;

    /** The most live heap at any reading divided by the families of the batch, in bytes. */
    public long liveHeapBytesPerFamily;

    /** The time spent making the families the batch read, in milliseconds. */
    public long makingFamiliesMillis;

    /** Forgets the readings of an earlier iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      liveHeapMegabytes = 0;
      liveHeapBytesPerFamily = 0;
      makingFamiliesMillis = 0;
    }
  }

  /** Builds the engine; the cohort is made as the batch reads it. */
  @Setup
  public void setUp() {
    cohort = SyntheticCohort.national(ProgrammePhase.PHASE_2);
    engine = CommunityBudgetsEngine.standard();
  }

  /** Streams the families through the batch. Returns the families eligible. */
  @Benchmark
  public long nationalBatch(Heap heap) {
    long[] most = {0};
    long[] next = {25_000};
    BatchOptions options =
        BatchOptions.defaults()
            .withProgress(done -> {
              if (done >= next[0]) {
                next[0] += 25_000;
                System.gc();
                most[0] = Math.max(most[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
              }
            });
    long eligible;
    java.util.Iterator<Family> made = cohort.validFamilies().limit(families).iterator();
    long[] making = {0};
    java.util.Iterator<Family> timed = new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        long t = System.nanoTime();
        boolean more = made.hasNext();
        making[0] += System.nanoTime() - t;
        return more;
      }

      @Override
      public Family next() {
        long t = System.nanoTime();
        Family f = made.next();
        making[0] += System.nanoTime() - t;
        return f;
      }
    };
    try (Stream<BatchResult<Identification>> results = engine.identifyAll(timed, cohort.identifiedOn(), options)) {
      eligible = results.filter(r -> r instanceof BatchResult.Success<Identification> s && s.value().isEligible()).count();
    }
    heap.liveHeapMegabytes = most[0] / (1024 * 1024);
    heap.liveHeapBytesPerFamily = most[0] / families;
    heap.makingFamiliesMillis = making[0] / 1_000_000;
    return eligible;
  }
}
