package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line started as a process, as a shell starts it: exit codes and outputs. */
class CliProcessTest {
  record Exit(int code, String out, String err) {}

  static Exit start(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        CommunityBudgetsCli.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the command line ended");
    return new Exit(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void identifyOnTheSampleWritesARowPerRecordAndExitsOneForTheInvalidOnes(@TempDir Path dir) throws Exception {
    Exit e = start(dir, "identify", "samples/families.jsonl", "--as-of", "2012-10-01");
    assertEquals(1, e.code(), e.err());
    assertEquals(8, e.out().lines().count(), e.out());
    assertEquals("", e.err(), "nothing on standard error for a short run");
    assertTrue(e.out().lines().allMatch(l -> l.startsWith("{\"line\":")), e.out());
  }

  @Test
  void aMalformedDateExitsTwoWithAUsageMessage(@TempDir Path dir) throws Exception {
    Exit e = start(dir, "identify", "samples/families.jsonl", "--as-of", "1 October 2012");
    assertEquals(2, e.code());
    assertEquals("", e.out());
    assertTrue(e.err().startsWith("Invalid value for option '--as-of': '1 October 2012' is not a date written like 2012-10-01"), e.err());
    assertTrue(!e.err().contains("\tat "), "no stack trace: " + e.err());
  }

  @Test
  void theValidRecordsAloneExitZero(@TempDir Path dir) throws Exception {
    Path valid = dir.resolve("valid.jsonl");
    Files.write(valid, Files.readAllLines(Path.of("samples/families.jsonl")).subList(0, 5));
    Exit e = start(dir, "results", valid.toString(), "--as-of", "2013-10-01");
    assertEquals(0, e.code(), e.err());
    assertEquals(5, e.out().lines().count());
  }

  @Test
  void everyCommandOnTheGeneratedNationalCohort(@TempDir Path dir) throws Exception {
    Path cohort = dir.resolve("national.jsonl");
    Exit written = start(dir, "cohort", "--phase", "1", "-o", cohort.toString());
    assertEquals(0, written.code(), written.err());
    long families = Files.lines(cohort).count();
    assertTrue(written.err().startsWith(families + " families written, "), written.err());
    assertTrue(families > 118_000 && families < 120_000, "the 120,000 records less the 1% the domain rejects: " + families);

    Path identified = dir.resolve("identified.jsonl");
    Exit identify = start(dir, "identify", cohort.toString(), "--as-of", "2012-10-01", "-o", identified.toString());
    assertEquals(0, identify.code(), identify.err());
    assertEquals(families, Files.lines(identified).count());
    assertTrue(Files.lines(identified).allMatch(l -> l.contains("\"verdict\":")), "a decision for every family");

    Path results = dir.resolve("results.csv");
    Exit judged = start(dir, "results", cohort.toString(), "--as-of", "2015-03-31", "-o", results.toString());
    assertEquals(0, judged.code(), judged.err());
    assertEquals(families + 1, Files.lines(results).count(), "a header and a row a family");

    Path filter = dir.resolve("filter.yaml");
    Files.writeString(filter, CliTest.LOCAL_FILTER);
    Exit compared = start(dir, "compare", cohort.toString(), "--as-of", "2012-10-01", "--parameters", filter.toString(), "--sample", "0");
    assertEquals(0, compared.code(), compared.err());
    assertTrue(compared.out().lines().anyMatch(l -> l.matches(families + " compared, [1-9][0-9]* changed, 0 not decided")), compared.out());

    Path authority = dir.resolve("kent.jsonl");
    Path claims = dir.resolve("claims.jsonl");
    Path targets = dir.resolve("targets.jsonl");
    assertEquals(0, start(dir, "cohort", "--authority", "kent", "--count", "2000", "-o", authority.toString(),
        "--claims", claims.toString(), "--targets", targets.toString()).code());
    Exit paid = start(dir, "claims", claims.toString(), "--families", authority.toString(), "--targets", targets.toString(), "--as-of", "2015-05-31");
    assertEquals(0, paid.code(), paid.err());
    assertEquals(Files.lines(claims).count() + 1, paid.out().lines().count(), "a row a claim and the ledger");
    assertTrue(paid.out().lines().reduce((a, b) -> b).orElseThrow().startsWith("{\"authority\":\"kent\",\"phase\":\"PHASE_1\""), paid.out());
  }
}
