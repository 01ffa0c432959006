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
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command line ended");
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
}
