package org.communitybudgets.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitybudgets.json.DomainJson;

/**
 * The service's OpenAPI 3.1 document: the addresses, parameters and answers of {@code
 * openapi.yaml} beside this class, and the records' schemas from the JSON-form module, the same
 * files the command line's inputs and rows follow, and the decision log's record format ({@code
 * decision-record.schema.json} beside this class), put under {@code components/schemas}.
 */
final class Contract {
  /** The JSON-form module's schemas, by the name the document gives each. */
  static final Map<String, String> RECORDS = records();

  private Contract() {}

  private static Map<String, String> records() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Family", "family");
    m.put("Pool", "pool");
    m.put("Claim", "claim");
    m.put("AuthorityTarget", "target");
    m.put("OutcomesPlan", "outcomes-plan");
    m.put("Allocation", "allocation");
    m.put("IdentificationRow", "identification");
    m.put("ResultsRow", "results");
    m.put("AssessmentRow", "assessment");
    return m;
  }

  /** The document, for the library's version. */
  static ObjectNode document(String version) {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = Contract.class.getResourceAsStream("openapi.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${version}", version);
      ObjectNode doc = (ObjectNode) new YAMLMapper().readTree(text);
      ObjectNode schemas = (ObjectNode) doc.get("components").get("schemas");
      for (Map.Entry<String, String> r : RECORDS.entrySet()) {
        try (InputStream s = DomainJson.class.getResourceAsStream("schemas/" + r.getValue() + ".schema.json")) {
          ObjectNode schema = (ObjectNode) json.readTree(s);
          schema.remove("$schema");
          rebase(schema, "#/components/schemas/" + r.getKey());
          schemas.set(r.getKey(), schema);
        }
      }
      try (InputStream s = Contract.class.getResourceAsStream("decision-record.schema.json")) {
        ObjectNode schema = (ObjectNode) json.readTree(s);
        schema.remove("$schema");
        schemas.set("DecisionRecord", schema);
      }
      return doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes a schema's references into itself ({@code #/$defs/X}) references into the document. */
  private static void rebase(JsonNode node, String at) {
    if (node instanceof ObjectNode o) {
      JsonNode ref = o.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
        o.set("$ref", TextNode.valueOf(at + ref.asText().substring(1)));
      }
      for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
        rebase(it.next(), at);
      }
    } else if (node.isArray()) {
      node.forEach(n -> rebase(n, at));
    }
  }
}
