package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record of the wrong shape gets a row in the tool's words, with no Java class name or parser token. */
class ErrorWordsTest {
  @Test
  void aRecordOfTheWrongShapeSaysWhatWasExpectedWhere(@TempDir Path dir) throws IOException {
    Path families = dir.resolve("families.jsonl");
    // A file whose first character is '[' is a JSON array; here the array is a later line.
    Files.write(families, List.of("\"f-1\"", "[1, 2]", "{\"id\":\"f-1\",\"authority\":\"kent\",\"members\":{}}",
        "{\"id\":\"f-2\",\"authority\":\"kent\",\"members\":[\"m-1\"]}", "{\"id\":\"f-3\",\"authority\":[]}"));
    for (String command : List.of("identify", "results")) {
      Path out = dir.resolve(command + ".jsonl");
      CliTest.Run run = CliTest.run(command, families.toString(), "--as-of", "2012-10-01", "-o", out.toString());
      assertEquals(1, run.code(), run.err());
      List<String> errors = new ArrayList<>();
      for (String line : Files.readAllLines(out)) {
        JsonNode row = new ObjectMapper().readTree(line);
        errors.add(row.get("error").asText());
      }
      assertEquals(List.of(
          "a family must be a JSON object, was a string",
          "a family must be a JSON object, was an array",
          "a list must be a JSON array, was an object (at members)",
          "a member must be a JSON object, was a string (at members[0])",
          "an area id must be a string, was an array (at authority)"), errors, command);
      for (String error : errors) {
        for (String leak : List.of("org.", "java.", "JsonToken", "START_", "`")) {
          assertFalse(error.contains(leak), error);
        }
      }
    }
  }
}
