package org.communitybudgets.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.money.Money;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The JSON Schema of the report's JSON, {@code schemas/report.schema.json}: made from the report's
 * records (write it again with {@code -Dschemas.write=true}), and every report the example writes
 * valid against it.
 */
class ReportSchemaTest {
  private static final Path FILE = Path.of("schemas/report.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static ObjectNode schema() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Report");
    root.put("description", "The programme office report as the example's --json writes it. Money is an exact decimal string of"
        + " pounds (\"4000000.00\"); percentages (sharePercent) are numbers in percent to two decimal places; ratios"
        + " (benefitCostRatio) are numbers to two decimal places; conditions are by their stable codes (conditionCode), with"
        + " their words beside them; map keys are codes (claim kinds, criteria, financial years like 2012-13).");
    ObjectNode defs = JSON.createObjectNode();
    object(Report.class, root, defs);
    root.set("$defs", defs);
    return root;
  }

  private static void object(Class<?> record, ObjectNode into, ObjectNode defs) {
    into.put("type", "object");
    ObjectNode properties = into.putObject("properties");
    var required = into.putArray("required");
    for (RecordComponent c : record.getRecordComponents()) {
      JsonNode t = type(c.getGenericType(), defs);
      if (record == Report.class && c.getName().equals("appraisal")) {
        // Greater Manchester's appraisal alone: null in a report on another area's pool.
        ObjectNode nullable = JSON.createObjectNode();
        nullable.putArray("anyOf").add(t).addObject().put("type", "null");
        t = nullable;
      }
      properties.set(c.getName(), t);
      required.add(c.getName());
    }
    into.put("additionalProperties", false);
  }

  private static JsonNode type(Type type, ObjectNode defs) {
    ObjectNode n = JSON.createObjectNode();
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (List.class.isAssignableFrom(raw)) {
        n.put("type", "array");
        n.set("items", type(p.getActualTypeArguments()[0], defs));
        return n;
      }
      if (Map.class.isAssignableFrom(raw)) {
        n.put("type", "object");
        n.set("additionalProperties", type(p.getActualTypeArguments()[1], defs));
        return n;
      }
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return n.put("type", "string");
    } else if (c == long.class || c == int.class || c == Long.class || c == Integer.class) {
      return n.put("type", "integer");
    } else if (c == boolean.class) {
      return n.put("type", "boolean");
    } else if (c == LocalDate.class) {
      return n.put("type", "string").put("format", "date");
    } else if (c == Money.class) {
      return n.put("type", "string").put("pattern", "^-?[0-9]+\\.[0-9]{2}$");
    } else if (c == BigDecimal.class) {
      n.putArray("type").add("number").add("null");
      return n;
    } else if (c.isRecord()) {
      String name = c.getSimpleName();
      if (!defs.has(name)) {
        ObjectNode def = JSON.createObjectNode();
        defs.set(name, def);
        object(c, def, defs);
      }
      return n.put("$ref", "#/$defs/" + name);
    }
    throw new IllegalStateException("no JSON Schema type for " + type);
  }

  @Test
  void theSchemaFileIsTheSchemaOfTheReportsRecords() throws IOException {
    String made = JSON.writeValueAsString(schema()) + "\n";
    if (Boolean.getBoolean("schemas.write")) {
      Files.writeString(FILE, made, StandardCharsets.UTF_8);
    }
    assertEquals(made, Files.readString(FILE, StandardCharsets.UTF_8), "schemas/report.schema.json is out of date: run with -Dschemas.write=true");
  }

  @Test
  void everyReportIsValidAgainstTheSchema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(FILE, StandardCharsets.UTF_8));
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    for (LocalDate day : List.of(ProgrammeOfficeReport.DEFAULT_DATE, LocalDate.of(2013, 4, 1))) {
      JsonNode report = JSON.readTree(ProgrammeOfficeReport.json(engine, day));
      assertEquals(List.of(), schema.validate(report).stream().map(Object::toString).toList(), "the report on " + day);
    }
    JsonNode broken = JSON.readTree(ProgrammeOfficeReport.json(engine, ProgrammeOfficeReport.DEFAULT_DATE));
    ((ObjectNode) broken.at("/cohort/ledger")).put("totalPaid", 14245300.0);
    assertFalse(schema.validate(broken).isEmpty(), "money as a float is not the form");
  }
}
