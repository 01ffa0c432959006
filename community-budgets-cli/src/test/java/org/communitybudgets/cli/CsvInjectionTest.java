package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No cell of any CSV the command line writes is one a spreadsheet evaluates: ids, names and raw
 * values that begin with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return,
 * in valid and invalid records of every command that writes CSV, come out with a single quote
 * before them.
 */
class CsvInjectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PAYLOADS = List.of(
      "=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+1", "-2+3", "@SUM(1,1)", "\tcmd", "\r=1");

  /** Every cell of a CSV file; each must not begin with a character that starts a formula. */
  private static List<String> cells(Path csv) throws IOException {
    List<String> cells = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      it.readAll().forEach(row -> cells.addAll(row.values()));
    }
    return cells;
  }

  /** No cell begins as a formula. */
  private static void assertNoFormula(List<String> cells, String command) {
    for (String cell : cells) {
      assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, command + " wrote a cell a spreadsheet evaluates: " + cell);
    }
  }

  /** No cell begins as a formula, and every payload is there, quoted. */
  private static void assertNeutral(Path csv, String command) throws IOException {
    List<String> cells = cells(csv);
    assertNoFormula(cells, command);
    for (String payload : PAYLOADS) {
      assertTrue(cells.stream().anyMatch(c -> c.startsWith("'" + payload)), command + " did not write '" + payload + " with its quote: " + cells);
    }
  }

  @Test
  void identifyAndResultsNeutraliseHostileIdsAndRawRecords(@TempDir Path dir) throws IOException {
    String sample = Files.readAllLines(Path.of("samples", "families.jsonl")).get(0);
    List<String> lines = new ArrayList<>();
    for (String payload : PAYLOADS) {
      ObjectNode family = (ObjectNode) JSON.readTree(sample);
      family.put("id", payload);
      lines.add(JSON.writeValueAsString(family));
      ObjectNode broken = (ObjectNode) JSON.readTree(sample);
      broken.put("id", payload).put(payload, payload);
      lines.add(JSON.writeValueAsString(broken));
    }
    Path families = dir.resolve("families.jsonl");
    Files.write(families, lines);
    for (String command : List.of("identify", "results")) {
      Path out = dir.resolve(command + ".csv");
      CliTest.Run run = CliTest.run(command, families.toString(), "--as-of", "2013-10-01", "-o", out.toString());
      assertEquals(1, run.code(), run.err());
      assertNeutral(out, command);
    }
  }

  @Test
  void assessNeutralisesHostilePoolAndContributionIds(@TempDir Path dir) throws IOException {
    String sample = Files.readAllLines(Path.of("samples", "pools.jsonl")).get(0);
    List<String> lines = new ArrayList<>();
    for (String payload : PAYLOADS) {
      ObjectNode pool = (ObjectNode) JSON.readTree(sample);
      pool.put("id", payload).put("name", payload);
      ((ObjectNode) pool.get("contributions").get(0)).put("id", payload);
      lines.add(JSON.writeValueAsString(pool));
      ObjectNode broken = (ObjectNode) JSON.readTree(sample);
      broken.put("id", payload).put("firstYear", payload);
      lines.add(JSON.writeValueAsString(broken));
    }
    Path pools = dir.resolve("pools.jsonl");
    Files.write(pools, lines);
    Path out = dir.resolve("assess.csv");
    CliTest.Run run = CliTest.run("assess", pools.toString(), "--as-of", "2012-10-01", "-o", out.toString());
    assertEquals(1, run.code(), run.err());
    assertNeutral(out, "assess");
  }

  @Test
  void claimsNeutraliseHostileClaimsAndTheNamesOfTheFilesTheyCameFrom(@TempDir Path dir) throws IOException {
    Path families = dir.resolve("families.jsonl");
    CliTest.run("cohort", "--authority", "kent", "--count", "5", "-o", families.toString());
    String family = JSON.readTree(Files.readAllLines(families).get(0)).get("id").asText();
    List<String> claims = new ArrayList<>();
    for (String payload : PAYLOADS) {
      ObjectNode valid = JSON.createObjectNode().put("id", "k-" + claims.size()).put("family", family).put("authority", "kent")
          .put("kind", "ATTACHMENT_FEE_PHASE_1").put("claimedOn", "2013-10-31");
      claims.add(JSON.writeValueAsString(valid));
      claims.add(JSON.writeValueAsString(valid.deepCopy().put("id", payload).put("family", payload).put("authority", payload)));
    }
    Path targets = dir.resolve("targets.jsonl");
    Files.writeString(targets, "{\"authority\":\"kent\",\"phase\":\"PHASE_1\",\"families\":5}\n");
    Path out = dir.resolve("claims.csv");
    // The rows name the file each came from as it was given: here, files in the working directory
    // whose names begin as formulas (not with '-' or '@', which the command line reads as an option
    // and an argument file).
    List<Path> named = new ArrayList<>();
    try {
      for (String payload : PAYLOADS.stream().filter(p -> !p.startsWith("-") && !p.startsWith("@")).toList()) {
        Path file = Path.of(payload.replace('"', '_').replace('/', '_') + ".jsonl");
        Files.write(file, claims);
        named.add(file);
      }
      for (Path file : named) {
        CliTest.Run run = CliTest.run("claims", file.toString(), "--families", families.toString(), "--targets", targets.toString(),
            "--as-of", "2015-03-31", "-o", out.toString());
        assertEquals(1, run.code(), run.err());
        List<String> cells = cells(out);
        assertNoFormula(cells, "claims");
        assertTrue(cells.contains("'" + file), "claims did not write '" + file + " with its quote: " + cells);
      }
    } finally {
      for (Path file : named) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  void aCellIsQuotedOnlyWhenItBeginsAsAFormula() {
    assertEquals("'=1+1", Output.CsvRows.neutral("=1+1"));
    assertEquals("'-5", Output.CsvRows.neutral("-5"));
    assertEquals("'\tx", Output.CsvRows.neutral("\tx"));
    assertEquals("f-1001", Output.CsvRows.neutral("f-1001"));
    assertEquals("a=1", Output.CsvRows.neutral("a=1"));
    assertEquals("", Output.CsvRows.neutral(""));
  }
}
