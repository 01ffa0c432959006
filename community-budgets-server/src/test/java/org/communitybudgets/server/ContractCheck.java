package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every exchange of the tests to the OpenAPI document: the address and method are in it, the
 * status is one of the operation's answers, the media type is the one it states, and the body of
 * the answer, and of a request the service accepted, validates against the schema it gives.
 */
final class ContractCheck {
  static final String IRI = "https://community-budgets.test/openapi.json";
  static final JsonNode DOCUMENT = Contract.document(DecisionServiceTest.ENGINE.libraryVersion());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY;
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  static {
    try {
      String doc = JSON.writeValueAsString(DOCUMENT);
      REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(IRI, doc)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ContractCheck() {}

  /** The document's path template that a path matches, the most literal first. */
  static Optional<String> template(String path) {
    List<String> matching = new ArrayList<>();
    for (Iterator<String> it = DOCUMENT.get("paths").fieldNames(); it.hasNext(); ) {
      String t = it.next();
      if (Pattern.matches(t.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\."), path)) {
        matching.add(t);
      }
    }
    return matching.stream().max(Comparator.comparingInt(t -> t.replaceAll("\\{[^/]+}", "").length()));
  }

  /** Checks an exchange of the tests against the document. */
  static void check(HttpRequest request, String requestBody, HttpResponse<String> response) {
    String path = request.uri().getPath();
    if (!path.startsWith("/v1/") || path.equals("/v1/docs/start.js") || request.method().equals("OPTIONS")) {
      return; // the actuator's addresses, the page's script and CORS preflights: documented in the service guide
    }
    String what = request.method() + " " + request.uri() + " -> " + response.statusCode();
    String type = response.headers().firstValue("Content-Type").map(ContractCheck::bare).orElse("");
    Optional<String> template = template(path);
    JsonNode operation = template.map(t -> DOCUMENT.get("paths").get(t).get(request.method().toLowerCase(Locale.ROOT))).orElse(null);
    if (operation == null) {
      // No such address or method: answered with a problem.
      assertTrue(List.of(404, 405).contains(response.statusCode()), what + " is not in the document");
      assertEquals("application/problem+json", type, what);
      validate("/components/schemas/Problem", response.body(), what);
      return;
    }
    JsonNode answer = resolve(operation.get("responses").get(String.valueOf(response.statusCode())));
    assertTrue(answer != null, what + ": the document gives no answer " + response.statusCode() + " for " + template.get());
    if (answer.has("content")) {
      assertTrue(answer.get("content").has(type), what + ": answered in " + type + ", the document says " + answer.get("content").fieldNames().next());
      JsonNode declared = operation.get("responses").get(String.valueOf(response.statusCode()));
      String pointer = (declared.has("$ref") ? declared.get("$ref").asText().substring(1)
          : "/paths/" + escape(template.get()) + "/" + request.method().toLowerCase(Locale.ROOT) + "/responses/" + response.statusCode())
          + "/content/" + escape(type) + "/schema";
      if (type.endsWith("json")) {
        validate(pointer, response.body(), what);
      } else if (type.equals(StreamController.NDJSON)) {
        for (String line : response.body().lines().toList()) {
          validate(pointer, line, what);
        }
      }
    }
    if (response.statusCode() / 100 == 2 && requestBody != null && operation.has("requestBody")) {
      String sent = request.headers().firstValue("Content-Type").map(ContractCheck::bare).orElse("");
      JsonNode content = operation.get("requestBody").get("content");
      assertTrue(content.has(sent), what + ": the service took a body of " + sent + ", the document does not say it may");
      String pointer = "/paths/" + escape(template.get()) + "/" + request.method().toLowerCase(Locale.ROOT) + "/requestBody/content/" + escape(sent) + "/schema";
      if (sent.equals("application/json")) {
        validate(pointer, requestBody, what + " (request)");
      } else if (sent.equals(StreamController.NDJSON)) {
        // Each line the service decided (its row has no error) follows the record's schema.
        List<String> lines = requestBody.lines().toList();
        for (String row : response.body().lines().toList()) {
          JsonNode r = read(row);
          if (!r.has("error")) {
            validate(pointer, lines.get(r.get("line").asInt() - 1), what + " (request line " + r.get("line").asInt() + ")");
          }
        }
      }
    }
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates a JSON text against the schema at the document's pointer. */
  static void validate(String pointer, String text, String what) {
    Schema schema = SCHEMAS.computeIfAbsent(pointer, p -> REGISTRY.getSchema(SchemaLocation.of(IRI + "#" + p)));
    try {
      List<String> problems = schema.validate(JSON.readTree(text)).stream().map(Object::toString).toList();
      assertEquals(List.of(), problems, what + " does not follow the document at " + pointer + ": " + text);
    } catch (IOException e) {
      throw new AssertionError(what + ": not JSON: " + text, e);
    }
  }

  private static JsonNode resolve(JsonNode node) {
    if (node != null && node.has("$ref")) {
      return DOCUMENT.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static String bare(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }
}
