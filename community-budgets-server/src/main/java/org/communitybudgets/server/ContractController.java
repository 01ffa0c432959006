package org.communitybudgets.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The contract, open to all: the OpenAPI document as JSON and YAML, and a page to browse it. */
@RestController
class ContractController {
  private final byte[] json;
  private final byte[] yaml;

  ContractController(RuleSets ruleSets) throws IOException {
    ObjectNode doc = Contract.document(ruleSets.get(RuleSet.STANDARD).orElseThrow().engine().libraryVersion());
    this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    this.yaml = new YAMLMapper().writeValueAsBytes(doc);
  }

  @GetMapping(path = "/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> json() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
  }

  @GetMapping(path = "/v1/openapi.yaml", produces = "application/yaml")
  ResponseEntity<byte[]> yaml() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(yaml);
  }

  /** A page that shows the contract with Swagger UI, served from the service itself. */
  @GetMapping(path = "/v1/docs", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<byte[]> docs() throws IOException {
    try (InputStream in = ContractController.class.getResourceAsStream("docs.html")) {
      return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
          .header("Content-Security-Policy", Pages.DOCS_POLICY).body(in.readAllBytes());
    }
  }

  /** The page's own script, which starts Swagger UI on the contract. */
  @GetMapping(path = "/v1/docs/start.js", produces = "text/javascript")
  ResponseEntity<byte[]> start() throws IOException {
    try (InputStream in = ContractController.class.getResourceAsStream("docs.js")) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript")).body(in.readAllBytes());
    }
  }
}
