package org.communitybudgets.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.rules.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rule sets served: listed, described, their parameters on a business date, and deployed. */
@RestController
@RequestMapping(path = "/v1/rule-sets", produces = MediaType.APPLICATION_JSON_VALUE)
class RuleSetController {
  /** The media type of a rule-set bundle. */
  static final String ZIP = "application/zip";

  private final RuleSets ruleSets;
  private final RuleSetAccess access;
  private final ServiceSettings settings;
  private final ObjectMapper mapper = new ObjectMapper();

  RuleSetController(RuleSets ruleSets, RuleSetAccess access, ServiceSettings settings) {
    this.ruleSets = ruleSets;
    this.access = access;
    this.settings = settings;
  }

  /** The rule sets the caller may use, each with its fingerprint. */
  @GetMapping
  ResponseEntity<byte[]> list() throws IOException {
    Caller caller = Caller.current();
    ObjectNode answer = mapper.createObjectNode();
    ArrayNode all = answer.putArray("ruleSets");
    ruleSets.all().values().stream().filter(r -> caller.mayUse(r.name())).forEach(r -> summary(all.addObject(), r));
    return json(answer, Optional.empty());
  }

  /** A rule set: its fingerprint (also the ETag a request pins with If-Match), where it came from, its rules. */
  @GetMapping("/{ruleSet}")
  ResponseEntity<byte[]> describe(@PathVariable String ruleSet) throws IOException {
    RuleSet r = access.ruleSet(ruleSet, Caller.current());
    ObjectNode answer = summary(mapper.createObjectNode(), r);
    ArrayNode rules = answer.putArray("rules");
    r.engine().ruleNames().forEach(rules::add);
    return json(answer, Optional.of(r));
  }

  /** Every parameter the rule set's rules read, with its value on the business date and its source. */
  @GetMapping("/{ruleSet}/parameters")
  ResponseEntity<byte[]> parameters(@PathVariable String ruleSet, @RequestParam LocalDate asOf) throws IOException {
    RuleSet r = access.ruleSet(ruleSet, Caller.current());
    ObjectNode answer = mapper.createObjectNode().put("ruleSet", r.name()).put("fingerprint", r.fingerprint()).put("asOf", asOf.toString());
    ArrayNode all = answer.putArray("parameters");
    for (Parameter p : r.engine().parameters()) {
      ObjectNode row = all.addObject().put("key", p.key()).put("type", p.type()).put("description", p.description());
      p.valueOn(asOf).ifPresent(x -> {
        row.put("value", x.value()).put("from", x.effective().start().toString());
        x.effective().end().ifPresent(end -> row.put("until", end.toString()));
        row.put("source", x.source().toString()).put("assumed", p.isAssumedOn(asOf));
        if (!x.note().isBlank()) {
          row.put("note", x.note());
        }
      });
    }
    return json(answer, Optional.of(r));
  }

  /**
   * Deploys a council's rule set, a zip file of the layout of {@link RuleSetBundle}: built beside
   * the one it replaces, which goes on serving the requests in flight, and refused with every
   * problem (file, line, rule) if it does not build, the old one still serving.
   */
  @PutMapping(path = "/{ruleSet}", consumes = ZIP)
  ResponseEntity<byte[]> deploy(@PathVariable String ruleSet, HttpServletRequest request) throws IOException {
    long max = settings.limits().maxRuleSet().toBytes();
    if (request.getContentLengthLong() > max) {
      throw new ProblemException(Problem.Kind.TOO_LARGE, "the rule set is larger than the limit of " + max + " bytes (community-budgets.limits.max-rule-set)");
    }
    boolean existed = ruleSets.get(ruleSet).isPresent();
    RuleSetBundle bundle;
    try (InputStream in = request.getInputStream()) {
      bundle = RuleSetBundle.ofZip(in, max);
    } catch (RuleSetBundle.InvalidBundleException e) {
      throw new ProblemException(new Problem(Problem.Kind.RULE_SET_REFUSED, "the rule set's files cannot be read: " + e.getMessage())
          .with("problems", e.problems().stream().map(m -> java.util.Map.of("message", m)).toList()));
    }
    RuleSet r = ruleSets.deploy(ruleSet, bundle, "deployed by " + Caller.current().name());
    ObjectNode answer = summary(mapper.createObjectNode(), r);
    return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).eTag(r.fingerprint())
        .location(java.net.URI.create("/v1/rule-sets/" + r.name())).contentType(MediaType.APPLICATION_JSON).body(mapper.writeValueAsBytes(answer));
  }

  private static ObjectNode summary(ObjectNode row, RuleSet r) {
    return row.put("name", r.name()).put("fingerprint", r.fingerprint()).put("libraryVersion", r.engine().libraryVersion())
        .put("origin", r.origin()).put("builtAt", r.builtAt().toString()).put("ruleCount", r.engine().ruleNames().size());
  }

  private ResponseEntity<byte[]> json(ObjectNode answer, Optional<RuleSet> r) throws IOException {
    ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
    r.ifPresent(x -> b.eTag(x.fingerprint()));
    return b.body(mapper.writeValueAsBytes(answer));
  }
}
