package org.communitybudgets.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communitybudgets.cli.CommunityBudgetsCli;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.compare.Comparison;
import org.communitybudgets.rules.compare.ComparisonReport;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The toolkit against the library, side by side on the national phase-2 cohort's 395,983 families
 * (the 400,000 records less those the domain rejects): the library's batch path over the families, the
 * unmet conditions and rules of each read as the command line writes them; the command line's
 * identify over the same cohort as a JSON-lines file, written as it is decided to a file; and the
 * comparison of the standard rule set with a candidate (a council's narrower local-discretion
 * filter) over the same families, each decided under both. One operation is the whole cohort;
 * each reports the process's CPU time ({@code cpuMillis}) beside the wall time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ToolkitBenchmark {
  private static final String FILTER = """
      documents:
        LOCAL_FILTER: {short-name: Local filter, title: "Families First local filter, 2015"}
      tf.phase2.out-of-work-benefits:
        source: {document: LOCAL_FILTER, location: "annex A"}
        values:
          - {from: 2010-04-01, value: [EMPLOYMENT_AND_SUPPORT_ALLOWANCE, JOBSEEKERS_ALLOWANCE, UNIVERSAL_CREDIT]}
      """;

  private List<Family> families;
  private LocalDate asOf;
  private CommunityBudgetsEngine engine;
  private CommunityBudgetsEngine candidate;
  private Path dir;
  private Path input;
  private Path output;


  /** Makes the cohort, writes it as JSON lines, and builds the engines. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SyntheticCohort cohort = SyntheticCohort.national(ProgrammePhase.PHASE_2);
    families = cohort.validFamilies().toList();
    asOf = cohort.identifiedOn();
    engine = CommunityBudgetsEngine.standard();
    candidate = CommunityBudgetsEngine.builder().parameterOverrides("benchmark/filter.yaml", FILTER).build();
    dir = Files.createTempDirectory("toolkit-benchmark");
    input = dir.resolve("phase2.jsonl");
    output = dir.resolve("decisions.jsonl");
    ObjectMapper mapper = DomainJson.mapper();
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Family f : families) {
        w.write(mapper.writeValueAsString(f));
        w.newLine();
      }
    }
  }

  /** Removes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(input);
    Files.deleteIfExists(output);
    Files.deleteIfExists(dir);
  }

  /** The library's batch path over the families, each decision's unmet conditions and rules read. */
  @Benchmark
  public long libraryBatch(ProcessCpu cpu) {
    long n = 0;
    try (Stream<BatchResult<Identification>> results = engine.identifyAll(families.iterator(), asOf, BatchOptions.defaults().withReasonsInWords())) {
      for (BatchResult<Identification> r : (Iterable<BatchResult<Identification>>) results::iterator) {
        if (r instanceof BatchResult.Success<Identification> s) {
          for (UnmetCondition u : s.value().decision().unmetConditions()) {
            n += u.description().length();
          }
          n += s.value().decision().rules().size();
        }
      }
    }
    cpu.stop();
    return n;
  }

  /** The command line's identify over the cohort's JSON-lines file, its rows written to a file. */
  @Benchmark
  public int commandLine(ProcessCpu cpu) {
    StringWriter err = new StringWriter();
    int code = CommunityBudgetsCli.execute(new String[] {"identify", input.toString(), "--as-of", asOf.toString(), "-o", output.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    cpu.stop();
    if (code != 0) {
      throw new IllegalStateException("identify exited " + code + ": " + err);
    }
    return code;
  }

  /** The comparison of the standard rule set with the candidate over the families, each decided under both. */
  @Benchmark
  public long comparison(ProcessCpu cpu) {
    ComparisonReport r = Comparison.of(engine, candidate).identify(() -> families.iterator(), asOf, BatchOptions.defaults());
    cpu.stop();
    return r.changed();
  }
}
