package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option that reads records takes every form its help names: JSON lines, a JSON array and,
 * for the flat records (claims and targets), CSV with a header. The same records in each form give
 * the same rows, their line and file aside.
 */
class FileFormsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path families;
  static Path claims;
  static Path targets;
  static Path plans;

  @BeforeAll
  static void cohort() {
    families = dir.resolve("families.jsonl");
    claims = dir.resolve("claims.jsonl");
    targets = dir.resolve("targets.jsonl");
    plans = dir.resolve("plans.jsonl");
    CliTest.Run run = CliTest.run("cohort", "--phase", "2", "--authority", "kent", "--count", "40", "-o", families.toString(),
        "--claims", claims.toString(), "--targets", targets.toString(), "--plans", plans.toString());
    assertEquals(0, run.code(), run.err());
  }

  /** The same records as a JSON array, one element a line. */
  private static Path array(Path jsonl) throws IOException {
    List<String> lines = Files.readAllLines(jsonl).stream().filter(l -> !l.isBlank()).toList();
    Path out = dir.resolve(jsonl.getFileName() + ".json");
    Files.writeString(out, "[\n" + String.join(",\n", lines) + "\n]\n");
    return out;
  }

  /** The same flat records as CSV with a header of their fields. */
  private static Path csv(Path jsonl) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      JSON.readTree(line).properties().forEach(e -> {
        assertTrue(e.getValue().isValueNode(), "a flat record: " + line);
        row.put(e.getKey(), e.getValue().asText());
        if (!header.contains(e.getKey())) {
          header.add(e.getKey());
        }
      });
      rows.add(row);
    }
    StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
    for (Map<String, String> row : rows) {
      out.append(String.join(",", header.stream().map(h -> quoted(row.getOrDefault(h, ""))).toList())).append('\n');
    }
    Path file = dir.resolve(jsonl.getFileName() + ".csv");
    Files.writeString(file, out);
    return file;
  }

  /** A CSV cell: in quotes, its quotes doubled, where it holds a comma or a quote. */
  private static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  /** What a command wrote, each row (or the one document) without the line, file or source it came from. */
  private static List<String> rows(String... args) throws IOException {
    // The deciding commands write their rows to a file (-o); report and compare print theirs.
    boolean rowsToFile = List.of("identify", "results", "claims", "assess").contains(args[0]);
    Path out = dir.resolve("out-" + System.nanoTime() + ".jsonl");
    List<String> all = new ArrayList<>(List.of(args));
    if (rowsToFile) {
      all.addAll(List.of("-o", out.toString()));
    }
    CliTest.Run run = CliTest.run(all.toArray(String[]::new));
    assertTrue(run.code() <= 1, String.join(" ", args) + ": " + run.err());
    String written = rowsToFile ? Files.readString(out) : run.out();
    List<String> rows = new ArrayList<>();
    try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(written)) {
      while (it.hasNextValue()) {
        JsonNode row = it.nextValue();
        if (row.isObject()) {
          ((ObjectNode) row).remove(List.of("line", "file", "source"));
          if (row.has("cohort")) {
            ((ObjectNode) row.get("cohort")).remove("source");
          }
        }
        rows.add(JSON.writeValueAsString(row));
      }
    }
    assertTrue(!rows.isEmpty(), String.join(" ", args) + " wrote nothing");
    return rows;
  }

  /** Each form of one file, given where the JSON-lines file was, gives the JSON-lines file's rows. */
  private static void sameRows(Path jsonl, List<Function<Path, Path>> forms, Function<Path, String[]> command) throws IOException {
    List<String> expected = rows(command.apply(jsonl));
    for (Function<Path, Path> form : forms) {
      Path other = form.apply(jsonl);
      assertEquals(expected, rows(command.apply(other)), other.getFileName() + ": " + String.join(" ", command.apply(other)));
    }
  }

  /** A way of writing a JSON-lines file in another form. */
  private interface Form {
    Path of(Path jsonl) throws IOException;
  }

  private static Function<Path, Path> form(Form form) {
    return p -> {
      try {
        return form.of(p);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  private static Function<Path, Path> asArray() {
    return form(FileFormsTest::array);
  }

  private static Function<Path, Path> asCsv() {
    return form(FileFormsTest::csv);
  }

  @Test
  void identifyAndResultsReadFamiliesAndPlansInEveryForm() throws IOException {
    sameRows(families, List.of(asArray()), f -> new String[] {"identify", f.toString(), "--as-of", "2016-10-01"});
    sameRows(families, List.of(asArray()), f -> new String[] {"results", f.toString(), "--plans", plans.toString(), "--as-of", "2019-03-31"});
    sameRows(plans, List.of(asArray()), p -> new String[] {"results", families.toString(), "--plans", p.toString(), "--as-of", "2019-03-31"});
  }

  @Test
  void claimsReadsEachOfItsFilesInEveryForm() throws IOException {
    sameRows(claims, List.of(asArray(), asCsv()), c -> new String[] {"claims", c.toString(), "--families", families.toString(),
        "--targets", targets.toString(), "--plans", plans.toString(), "--as-of", "2019-03-31"});
    sameRows(families, List.of(asArray()), f -> new String[] {"claims", claims.toString(), "--families", f.toString(),
        "--targets", targets.toString(), "--plans", plans.toString(), "--as-of", "2019-03-31"});
    sameRows(targets, List.of(asArray(), asCsv()), t -> new String[] {"claims", claims.toString(), "--families", families.toString(),
        "--targets", t.toString(), "--plans", plans.toString(), "--as-of", "2019-03-31"});
    sameRows(plans, List.of(asArray()), p -> new String[] {"claims", claims.toString(), "--families", families.toString(),
        "--targets", targets.toString(), "--plans", p.toString(), "--as-of", "2019-03-31"});
  }

  @Test
  void assessReadsPoolsAndAllocationsInEveryForm() throws IOException {
    sameRows(Path.of("samples", "pools.jsonl"), List.of(asArray()), p -> new String[] {"assess", p.toString(), "--as-of", "2012-10-01"});
    sameRows(Path.of("samples", "allocations.jsonl"), List.of(asArray(), asCsv()), a -> new String[] {"assess", "samples/pools.jsonl",
        "--allocations", a.toString(), "--as-of", "2012-10-01"});
  }

  @Test
  void reportReadsItsPoolAndCohortInEveryForm() throws IOException {
    Path pool = Path.of("samples", "pools.jsonl");
    String[] cohortArgs = {"--families", families.toString(), "--claims", claims.toString(), "--targets", targets.toString(),
        "--plans", plans.toString(), "--identified-on", "2015-10-01", "--as-of", "2019-03-31", "--format", "json"};
    Function<List<String>, String[]> report = extra -> {
      List<String> args = new ArrayList<>(List.of("report", "--pool", pool.toString()));
      args.addAll(List.of(cohortArgs));
      args.addAll(extra);
      return args.toArray(String[]::new);
    };
    sameRows(pool, List.of(asArray()), p -> {
      String[] args = report.apply(List.of());
      args[2] = p.toString();
      return args;
    });
    for (String option : List.of("--families", "--claims", "--targets", "--plans")) {
      Path file = Path.of(cohortArgs[List.of(cohortArgs).indexOf(option) + 1]);
      sameRows(file, List.of(asArray()), f -> {
        String[] args = report.apply(List.of());
        args[List.of(args).indexOf(option) + 1] = f.toString();
        return args;
      });
    }
  }

  @Test
  void compareReadsItsInputInEveryForm() throws IOException {
    sameRows(families, List.of(asArray()), f -> new String[] {"compare", f.toString(), "--as-of", "2016-10-01",
        "--parameters", "../it/council-scenarios/src/main/parameters.yaml", "--format", "json"});
  }
}
