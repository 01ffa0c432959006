package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document is the service's contract: it parses as OpenAPI 3.1 with no message, keeps
 * the project's rules, names exactly the addresses the service has, and is served as the service
 * reads it, with a page to browse it.
 */
class ContractTest {
  static Service service;

  @BeforeAll
  static void start() {
    service = Service.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void theDocumentIsValidOpenApi31() throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(Service.JSON.writeValueAsString(ContractCheck.DOCUMENT), null, options);
    assertEquals(List.of(), result.getMessages());
    assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
  }

  @Test
  void everyOperationKeepsTheProjectsRules() {
    Set<String> ids = new HashSet<>();
    List<String> broken = new ArrayList<>();
    JsonNode paths = ContractCheck.DOCUMENT.get("paths");
    for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
      String path = p.next();
      for (Iterator<String> m = paths.get(path).fieldNames(); m.hasNext(); ) {
        String method = m.next();
        if (method.equals("parameters")) {
          continue;
        }
        JsonNode op = paths.get(path).get(method);
        String at = method.toUpperCase(Locale.ROOT) + " " + path;
        if (!op.hasNonNull("operationId") || !ids.add(op.get("operationId").asText())) {
          broken.add(at + ": no operationId, or one another operation has");
        }
        if (!op.hasNonNull("summary") || !op.has("tags")) {
          broken.add(at + ": no summary or tags");
        }
        boolean open = op.has("security") && op.get("security").isEmpty();
        if (!open && !op.get("responses").has("401")) {
          broken.add(at + ": needs credentials but documents no 401");
        }
        if (op.has("requestBody") && !(op.get("responses").has("415") && op.get("responses").has("413"))) {
          broken.add(at + ": takes a body but documents no 413 or 415");
        }
        if (path.contains("{ruleSet}") && !(op.get("responses").has("403") && op.get("responses").has("404") || method.equals("put"))) {
          broken.add(at + ": names a rule set but documents no 403 or 404");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  /** The keywords a schema of the document may use: JSON Schema 2020-12's that the schemas need, and OpenAPI's example. */
  static final Set<String> KEYWORDS = Set.of("$ref", "$defs", "type", "enum", "const", "pattern", "format", "minimum", "maximum",
      "minLength", "maxLength", "minItems", "maxItems", "required", "properties", "additionalProperties", "propertyNames", "items",
      "oneOf", "anyOf", "allOf", "not", "description", "title", "default", "examples", "example", "contentMediaType", "uniqueItems",
      "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "if", "then", "else", "dependentRequired");

  @Test
  void everySchemaUsesOnlyTheKeywordsOfJsonSchema() {
    List<String> unknown = new ArrayList<>();
    ContractCheck.DOCUMENT.get("components").get("schemas").properties().forEach(e -> schema(e.getValue(), "#/components/schemas/" + e.getKey(), unknown));
    walk(ContractCheck.DOCUMENT.get("paths"), "#/paths", unknown);
    walk(ContractCheck.DOCUMENT.get("components").get("responses"), "#/components/responses", unknown);
    assertEquals(List.of(), unknown);
  }

  /** Checks every schema under a part of the document that is not itself a schema. */
  private static void walk(JsonNode node, String at, List<String> unknown) {
    node.properties().forEach(e -> {
      if (e.getKey().equals("schema")) {
        schema(e.getValue(), at + "/schema", unknown);
      } else if (e.getValue().isContainerNode()) {
        walk(e.getValue(), at + "/" + e.getKey(), unknown);
      }
    });
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, unknown);
      }
    }
  }

  private static void schema(JsonNode s, String at, List<String> unknown) {
    if (!s.isObject()) {
      return;
    }
    s.fieldNames().forEachRemaining(k -> {
      if (!KEYWORDS.contains(k)) {
        unknown.add(at + ": " + k);
      }
    });
    for (String map : List.of("properties", "$defs")) {
      if (s.has(map)) {
        s.get(map).properties().forEach(e -> schema(e.getValue(), at + "/" + map + "/" + e.getKey(), unknown));
      }
    }
    for (String one : List.of("items", "additionalProperties", "propertyNames", "not", "if", "then", "else")) {
      if (s.has(one)) {
        schema(s.get(one), at + "/" + one, unknown);
      }
    }
    for (String many : List.of("oneOf", "anyOf", "allOf")) {
      if (s.has(many)) {
        for (int i = 0; i < s.get(many).size(); i++) {
          schema(s.get(many).get(i), at + "/" + many + "/" + i, unknown);
        }
      }
    }
  }

  @Test
  void theDocumentNamesExactlyTheAddressesTheServiceHas() {
    Set<String> served = new TreeSet<>();
    RequestMappingHandlerMapping mapping = service.context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    for (var e : mapping.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = e.getKey();
      HandlerMethod handler = e.getValue();
      if (!handler.getBeanType().getPackageName().equals(ContractTest.class.getPackageName())) {
        continue;
      }
      for (String pattern : info.getPatternValues()) {
        if (pattern.equals("/error") || pattern.equals("/v1/docs/start.js")) {
          continue; // the container's errors; the script of the contract's page
        }
        info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
      }
    }
    Set<String> documented = new TreeSet<>();
    JsonNode paths = ContractCheck.DOCUMENT.get("paths");
    paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames().forEachRemaining(m -> {
      if (!m.equals("parameters")) {
        documented.add(m.toUpperCase(Locale.ROOT) + " " + p);
      }
    }));
    assertEquals(documented, served);
  }

  @Test
  void theDocumentIsServedWithAPageToBrowseIt() {
    HttpResponse<String> json = service.get("/v1/openapi.json", null);
    assertEquals(200, json.statusCode());
    assertEquals(ContractCheck.DOCUMENT, Service.json(json));
    HttpResponse<String> yaml = service.get("/v1/openapi.yaml", null);
    assertEquals(200, yaml.statusCode());
    assertTrue(yaml.body().contains("openapi: \"3.1.0\""), yaml.body().substring(0, 80));
    HttpResponse<String> page = service.get("/v1/docs", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("/webjars/swagger-ui/"));
    assertEquals(Pages.DOCS_POLICY, page.headers().firstValue("Content-Security-Policy").orElseThrow());
    String script = page.body().replaceAll("(?s).*<script src=\"(/webjars/[^\"]+)\".*", "$1");
    assertEquals(200, service.get(script, null).statusCode(), script);
    assertEquals(200, service.get("/v1/docs/start.js", null).statusCode());
  }
}
