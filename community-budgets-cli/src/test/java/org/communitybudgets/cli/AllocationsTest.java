package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitybudgets.report.GreaterManchesterPool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pool is assessed with its area's allocations when they are given (--allocations), and decides
 * as the library does with them; without them, every row the allocation conditions bear on, and
 * the report, say that those conditions were not judged.
 */
class AllocationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POOLS = "samples/pools.jsonl";
  private static final String ALLOCATIONS = "samples/allocations.jsonl";

  private static List<JsonNode> assess(Path dir, String... extra) throws IOException {
    Path out = dir.resolve("assess-" + System.nanoTime() + ".jsonl");
    List<String> args = new ArrayList<>(List.of("assess", POOLS, "--as-of", "2012-10-01", "-o", out.toString()));
    args.addAll(List.of(extra));
    CliTest.Run run = CliTest.run(args.toArray(String[]::new));
    assertEquals(1, run.code(), run.err());
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      JsonNode row = JSON.readTree(line);
      if (row.path("pool").asText().equals("gm-troubled-families")) {
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void withTheAreasAllocationsTheBundledPoolIsDecidedAsTheLibraryDecidesIt(@TempDir Path dir) throws IOException {
    PoolAssessment library = CommunityBudgetsEngine.standard()
        .assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), LocalDate.of(2012, 10, 1));
    List<JsonNode> rows = assess(dir, "--allocations", ALLOCATIONS);
    for (JsonNode row : rows) {
      assertFalse(row.has("notJudged"), row.toString());
      if (row.has("contribution")) {
        assertEquals(library.contribution(row.get("contribution").asText()).orElseThrow().verdict().name(), row.get("verdict").asText(), row.toString());
      }
    }
    JsonNode esf = rows.stream().filter(r -> r.path("contribution").asText().equals("esf")).findFirst().orElseThrow();
    assertEquals("REFUSED", esf.get("verdict").asText());
    JsonNode pool = rows.get(rows.size() - 1);
    library.allowed().byYear().forEach((year, amount) -> assertEquals(amount.toString(), pool.get("allowed").get(year.toString()).asText(), year.toString()));
  }

  @Test
  void withoutThemEveryRowOfMoneySaysTheAllocationConditionsWereNotJudged(@TempDir Path dir) throws IOException {
    List<JsonNode> rows = assess(dir);
    for (JsonNode row : rows) {
      boolean inKind = row.path("contribution").asText().startsWith("jcp-caseworkers") || row.path("contribution").asText().startsWith("jcp-data");
      assertEquals(!inKind, row.has("notJudged"), row.toString());
      if (!inKind) {
        assertEquals("allocations", row.get("notJudged").get(0).get("code").asText());
        assertEquals(AssessCommand.NOT_JUDGED, row.get("notJudged").get(0).get("condition").asText());
      }
    }
    JsonNode esf = rows.stream().filter(r -> r.path("contribution").asText().equals("esf")).findFirst().orElseThrow();
    assertEquals("ALLOWED", esf.get("verdict").asText(), "ESF's targeted share cannot be judged without the allocations");
  }

  @Test
  void theReportOnAPoolSaysSoToo(@TempDir Path dir) {
    CliTest.Run without = CliTest.run("report", "--pool", POOLS, "--as-of", "2012-10-01", "--format", "text");
    assertEquals(0, without.code(), without.err());
    assertTrue(without.out().replaceAll("\\s+", " ").contains("The area's allocations of the lines were not given"), without.out());
    CliTest.Run with = CliTest.run("report", "--pool", POOLS, "--allocations", ALLOCATIONS, "--as-of", "2012-10-01", "--format", "text");
    assertEquals(0, with.code(), with.err());
    assertFalse(with.out().contains("allocations of the lines were not given"), with.out());
    CliTest.Run bundled = CliTest.run("report", "--as-of", "2012-10-01", "--format", "text");
    assertFalse(bundled.out().contains("allocations of the lines were not given"), "the bundled pilot comes with its allocations");
  }

  @Test
  void anAllocationsFileOfTheWrongFormIsAUsageErrorAtItsLine(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("allocations.jsonl");
    Files.writeString(broken, "{\"line\":\"yot-grant\",\"area\":\"greater-manchester\",\"year\":\"2012-13\",\"amount\":\"£1.00\"}\n{\"line\":\"yot-grant\"}\n");
    CliTest.Run run = CliTest.run("assess", POOLS, "--as-of", "2012-10-01", "--allocations", broken.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith(broken + ":2: "), run.err());
  }
}
