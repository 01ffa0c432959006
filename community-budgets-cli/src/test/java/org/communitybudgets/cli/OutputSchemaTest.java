package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row the identify and results commands write, decided or invalid, with reasons or without,
 * has the form its schema in the JSON-form module ({@code community-budgets-json/schemas/}, read here
 * from its jar) states: the properties it allows, those it
 * requires, the values of its enumerations and the types of its fields.
 */
class OutputSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A schema as the JSON-form module's jar ships it. */
  private static JsonNode schema(String file) throws IOException {
    try (java.io.InputStream in = OutputSchemaTest.class.getResourceAsStream("/org/communitybudgets/json/schemas/" + file)) {
      assertTrue(in != null, file + " is not in the JSON-form module's jar");
      return JSON.readTree(in);
    }
  }

  @Test
  void everyRowOfEveryCommandHasTheFormOfItsSchema(@TempDir Path dir) throws IOException {
    Path cohort = dir.resolve("cohort.jsonl");
    CliTest.run("cohort", "--phase", "2", "--limit", "200", "-o", cohort.toString());
    Files.write(cohort, Files.readAllLines(Path.of("samples/families.jsonl")), java.nio.file.StandardOpenOption.APPEND);
    for (String command : List.of("identify", "results")) {
      JsonNode schema = schema(command.equals("identify") ? "identification.schema.json" : "results.schema.json");
      for (String date : List.of("2012-10-01", "2016-10-01")) {
        Path out = dir.resolve(command + date + ".jsonl");
        CommunityBudgetsCli.execute(new String[] {command, cohort.toString(), "--as-of", date, "--reasons", "-o", out.toString()},
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> rows = Files.readAllLines(out);
        assertTrue(rows.size() > 200, command);
        for (String row : rows) {
          JsonNode r = JSON.readTree(row);
          JsonNode def = schema.at("/$defs/" + (r.has("error") ? "Invalid" : "Decided"));
          List<String> problems = new ArrayList<>();
          check(r, def, schema, "", problems);
          assertEquals(List.of(), problems, command + " " + row);
        }
      }
    }
  }

  @Test
  void everyRowOfTheAssessCommandHasTheFormOfItsSchema(@TempDir Path dir) throws IOException {
    JsonNode schema = schema("assessment.schema.json");
    for (String date : List.of("2011-06-01", "2012-10-01", "2014-03-31")) {
      Path out = dir.resolve("assess" + date + ".jsonl");
      CommunityBudgetsCli.execute(new String[] {"assess", "samples/pools.jsonl", "--as-of", date, "--reasons", "-o", out.toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
      List<String> rows = Files.readAllLines(out);
      assertTrue(rows.size() > 10, date);
      for (String row : rows) {
        JsonNode r = JSON.readTree(row);
        JsonNode def = schema.at("/$defs/" + (r.has("error") ? "Invalid" : r.has("contribution") ? "Contribution" : "Pool"));
        List<String> problems = new ArrayList<>();
        check(r, def, schema, "", problems);
        assertEquals(List.of(), problems, row);
      }
    }
  }

  /** The subset of JSON Schema the output schemas use: type, enum, pattern, required, properties, items, $ref. */
  private static void check(JsonNode value, JsonNode schema, JsonNode root, String at, List<String> problems) {
    if (schema.has("$ref")) {
      check(value, root.at(schema.get("$ref").asText().substring(1)), root, at, problems);
      return;
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(at + ": not an object");
          return;
        }
        if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
          for (Map.Entry<String, JsonNode> f : value.properties()) {
            check(f.getValue(), schema.get("additionalProperties"), root, at + "/" + f.getKey(), problems);
          }
          return;
        }
        schema.path("required").forEach(n -> {
          if (!value.has(n.asText())) {
            problems.add(at + ": " + n.asText() + " missing");
          }
        });
        for (Map.Entry<String, JsonNode> f : value.properties()) {
          JsonNode p = schema.path("properties").get(f.getKey());
          if (p == null) {
            problems.add(at + ": " + f.getKey() + " not allowed");
          } else {
            check(f.getValue(), p, root, at + "/" + f.getKey(), problems);
          }
        }
      }
      case "array" -> {
        if (!value.isArray()) {
          problems.add(at + ": not an array");
          return;
        }
        int i = 0;
        for (JsonNode item : value) {
          check(item, schema.get("items"), root, at + "[" + i++ + "]", problems);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          problems.add(at + ": not a string");
          return;
        }
        if (schema.has("enum")) {
          boolean listed = false;
          for (JsonNode e : schema.get("enum")) {
            listed |= e.asText().equals(value.asText());
          }
          if (!listed) {
            problems.add(at + ": " + value.asText() + " not among " + schema.get("enum"));
          }
        }
        if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
          problems.add(at + ": " + value.asText() + " does not match " + schema.get("pattern").asText());
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber() || value.asLong() < schema.path("minimum").asLong(Long.MIN_VALUE)) {
          problems.add(at + ": not an integer of at least " + schema.path("minimum"));
        }
      }
      default -> problems.add(at + ": the schema has no type");
    }
  }
}
