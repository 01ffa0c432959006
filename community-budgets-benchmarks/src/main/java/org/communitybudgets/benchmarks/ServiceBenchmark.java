package org.communitybudgets.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.family.Family;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.payment.ProgrammePhase;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The decision service beside the library, on the national phase-2 cohort: one family identified
 * with every reason, in process ({@code engine.identify}) and over HTTP on the loopback interface
 * (the service started from its runnable jar in a process of its own, a request at a time), as
 * sample times with their percentiles; and the whole cohort's 395,983 families through the
 * service's stream beside the command line's {@code identify} over the same JSON-lines file, each
 * in its own process, reporting that process's CPU time and largest resident memory. The
 * throughput the service keeps up under load is measured by {@code bin/service-load}, with a load
 * generator, not here.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ServiceBenchmark {
  static final String KEY = "cb_benchmark-key-000000000000000000000000000000";
  static final int FAMILIES = 1_000;

  private CommunityBudgetsEngine engine;
  private LocalDate asOf;
  private List<Family> some;
  private byte[][] bodies;
  private int next;
  private Path dir;
  private Path input;
  private Process server;
  private URI identify;
  private URI stream;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Writes the cohort as JSON lines, and starts the service from its runnable jar. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    SyntheticCohort cohort = SyntheticCohort.national(ProgrammePhase.PHASE_2);
    asOf = cohort.identifiedOn();
    engine = CommunityBudgetsEngine.standard();
    dir = Files.createTempDirectory("service-benchmark");
    input = dir.resolve("phase2.jsonl");
    ObjectMapper mapper = DomainJson.mapper();
    List<Family> families = cohort.validFamilies().toList();
    some = families.subList(0, FAMILIES);
    bodies = new byte[FAMILIES][];
    for (int i = 0; i < FAMILIES; i++) {
      bodies[i] = mapper.writeValueAsBytes(some.get(i));
    }
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Family f : families) {
        w.write(mapper.writeValueAsString(f));
        w.newLine();
      }
    }
    int port = 18_000 + (int) (ProcessHandle.current().pid() % 1_000);
    server = new ProcessBuilder("java", "-Xms2g", "-Xmx2g", "-jar", jar("../community-budgets-server/target", "community-budgets-server-", "-exec.jar").toString(),
        "--server.port=" + port, "--server.address=127.0.0.1", "--logging.level.root=WARN",
        "--community-budgets.decision-log.url=jdbc:h2:file:" + dir.resolve("log").resolve("decisions"),
        "--community-budgets.security.clients[0].name=benchmark",
        "--community-budgets.security.clients[0].key-hashes[0]=" + sha256(KEY),
        "--community-budgets.security.clients[0].rule-sets[0]=*")
        .redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile()).start();
    URI base = URI.create("http://127.0.0.1:" + port);
    identify = base.resolve("/v1/rule-sets/standard/identify?asOf=" + asOf);
    stream = base.resolve("/v1/rule-sets/standard/identify/stream?asOf=" + asOf);
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      try {
        if (http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > until || !server.isAlive()) {
        throw new IllegalStateException("the service did not start: " + Files.readString(dir.resolve("service.log")));
      }
      Thread.sleep(200);
    }
  }

  /** Stops the service and removes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    server.destroy();
    server.waitFor(60, TimeUnit.SECONDS);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /** One family identified in process, every reason put into words and read. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 10)
  @Measurement(iterations = 5, time = 10)
  public long inProcess() {
    Identification i = engine.identify(some.get(next++ % FAMILIES), asOf);
    long n = 0;
    for (Reason r : i.decision().reasons()) {
      n += r.statement().length();
    }
    return n;
  }

  /** One family identified over HTTP, its answer with every reason read whole. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 10)
  @Measurement(iterations = 5, time = 10)
  public int overHttp() throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(identify).header("X-API-Key", KEY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies[next++ % FAMILIES])).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("the service answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.body().length;
  }

  /** The whole cohort through the service's stream: the service process's CPU time and largest resident memory. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public long stream(OtherProcess cpu) throws Exception {
    // curl sends the file and reads the rows as they come, at once: a stream needs a client that
    // reads while it sends.
    Path rows = dir.resolve("stream-rows.jsonl");
    cpu.start(server.toHandle());
    Process curl = new ProcessBuilder("curl", "-sS", "-f", "-X", "POST", "-T", input.toString(), "-H", "X-API-Key: " + KEY,
        "-H", "Content-Type: application/x-ndjson", "-o", rows.toString(), stream.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("curl.log").toFile()).start();
    while (!curl.waitFor(200, TimeUnit.MILLISECONDS)) {
      cpu.sample();
    }
    cpu.stop();
    if (curl.exitValue() != 0) {
      throw new IllegalStateException("curl exited " + curl.exitValue() + ": " + Files.readString(dir.resolve("curl.log")));
    }
    long n;
    try (java.util.stream.Stream<String> lines = Files.lines(rows)) {
      n = lines.count();
    }
    return n;
  }

  /** The command line's identify over the same file in a process of its own, its rows to a file: its CPU time and largest resident memory. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public int commandLine(OtherProcess cpu) throws Exception {
    // A shell starts the command and waits for it; its own /proc entry then counts the command's
    // CPU time (cutime and cstime), which the command's ended process no longer can.
    Process shell = new ProcessBuilder("bash", "-c", "java -Xms2g -Xmx2g -jar \"$0\" identify \"$1\" --as-of \"$2\" -o \"$3\" >/dev/null 2>&1 &"
        + " child=$!; echo $child; wait $child; status=$?; cat /proc/$$/stat; exit $status",
        jar("../community-budgets-cli/target", "community-budgets-cli-", "-all.jar").toString(), input.toString(), asOf.toString(),
        dir.resolve("rows.jsonl").toString()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8));
    long child = Long.parseLong(out.readLine().strip());
    cpu.watch(child);
    while (!shell.waitFor(200, TimeUnit.MILLISECONDS)) {
      cpu.sample();
    }
    String stat = out.readLine();
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    cpu.cpuMillis = (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
    if (shell.exitValue() != 0) {
      throw new IllegalStateException("identify exited " + shell.exitValue());
    }
    return shell.exitValue();
  }

  /**
   * The CPU time and the largest resident memory of another process over one operation, read from
   * {@code /proc} (Linux): sampled as the operation goes, since a process that has ended has no
   * {@code /proc} entry to read.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class OtherProcess {
    /** The process's CPU time over the operation, user and system, in milliseconds. */
    public long cpuMillis;
    /** The largest resident memory seen during the operation, in megabytes. */
    public long rssMaxMb;

    private long pid;
    private long startTicks;
    private long lastTicks;

    void start(ProcessHandle process) {
      pid = process.pid();
      startTicks = ticks();
      lastTicks = startTicks;
      rssMaxMb = 0;
      sample();
    }

    /** Watches a process for its memory alone; its CPU time is read another way. */
    void watch(long process) {
      pid = process;
      rssMaxMb = 0;
      sample();
    }

    void sample() {
      long t = ticks();
      if (t >= 0) {
        lastTicks = t;
      }
      rssMaxMb = Math.max(rssMaxMb, rssMb());
    }

    void stop() {
      sample();
      cpuMillis = (lastTicks - startTicks) * 10; // the kernel counts in ticks of 1/100 s
    }

    private long ticks() {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
      } catch (IOException | RuntimeException gone) {
        return -1;
      }
    }

    private long rssMb() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
          }
        }
      } catch (IOException | RuntimeException gone) {
        // ended
      }
      return 0;
    }
  }

  static Path jar(String folder, String prefix, String suffix) throws IOException {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(folder), prefix + "*" + suffix)) {
      for (Path j : jars) {
        return j.toAbsolutePath();
      }
    }
    throw new IllegalStateException("no " + prefix + "*" + suffix + " in " + folder + ": build it with ./mvnw -pl community-budgets-benchmarks -am package");
  }

  static String sha256(String key) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  static {
    if (!Files.isDirectory(Path.of("/proc/self"))) {
      throw new UncheckedIOException(new IOException("the service benchmark reads /proc: run it on Linux"));
    }
  }
}
