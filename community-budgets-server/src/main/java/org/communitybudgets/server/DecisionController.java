package org.communitybudgets.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Single decisions: a family identified, a family's results, a claim, a pool assessed. Each takes
 * its record in the domain's JSON form and the business date ({@code asOf}), and answers with the
 * verdict, the reasons, the decision's id, the rule set's fingerprint and the library's version.
 */
@RestController
@RequestMapping(path = "/v1/rule-sets/{ruleSet}", produces = MediaType.APPLICATION_JSON_VALUE)
class DecisionController {
  private final RuleSetAccess access;
  private final Decisions decisions;
  private final Bodies bodies;
  private final ObjectMapper mapper;

  DecisionController(RuleSetAccess access, Decisions decisions, Bodies bodies) {
    this.access = access;
    this.decisions = decisions;
    this.bodies = bodies;
    this.mapper = bodies.mapper();
  }

  /** Whether a family is in the Troubled Families programme on the business date, and why or why not. */
  @PostMapping(path = "/identify", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> identify(@PathVariable String ruleSet, @RequestParam LocalDate asOf,
      @RequestHeader(name = "If-Match", required = false) String pinned, HttpServletRequest request) throws IOException {
    Decisions.Context context = access.context(ruleSet, pinned, asOf);
    Family family = bodies.record(request, Family.class);
    Identification i = decisions.decide(context, "family", () -> context.ruleSet().engine().identify(family, asOf));
    UUID id = decisions.record(context, "family", family.id().value(), i.decision());
    return ok(Answers.identification(Answers.head(mapper, id, context), i, true), context);
  }

  /** Which payment-by-results results a family has achieved on the business date, by its authority's outcomes plan if given. */
  @PostMapping(path = "/results", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> results(@PathVariable String ruleSet, @RequestParam LocalDate asOf,
      @RequestHeader(name = "If-Match", required = false) String pinned, HttpServletRequest request) throws IOException {
    Decisions.Context context = access.context(ruleSet, pinned, asOf);
    JsonNode body = bodies.tree(request);
    List<Problem.Located> problems = new ArrayList<>();
    Family family = null;
    OutcomesPlan plan = null;
    if (Bodies.members(body, Set.of("family"), Set.of("plan"), problems)) {
      family = bodies.member(body, "family", Family.class, problems);
      plan = bodies.member(body, "plan", OutcomesPlan.class, problems);
    }
    Bodies.refuseIfAny(problems);
    Family f = family;
    Optional<OutcomesPlan> p = Optional.ofNullable(plan);
    CommunityBudgetsEngine engine = context.ruleSet().engine();
    Results r = decisions.decide(context, "results", () -> refusing(() -> p.isPresent() ? engine.results(f, p.get(), asOf) : engine.results(f, asOf)));
    UUID id = decisions.record(context, "results", f.id().value(), r.decision());
    return ok(Answers.results(Answers.head(mapper, id, context), r, true), context);
  }

  /**
   * A payment-by-results claim decided against the state of the authority's ledger the request
   * gives: the claims already paid for the family and the families already funded.
   */
  @PostMapping(path = "/claims", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> claim(@PathVariable String ruleSet, @RequestParam LocalDate asOf,
      @RequestHeader(name = "If-Match", required = false) String pinned, HttpServletRequest request) throws IOException {
    Decisions.Context context = access.context(ruleSet, pinned, asOf);
    JsonNode body = bodies.tree(request);
    List<Problem.Located> problems = new ArrayList<>();
    Claim claim = null;
    Family family = null;
    AuthorityTarget target = null;
    OutcomesPlan plan = null;
    List<Claim> earlier = List.of();
    long funded = 0;
    if (Bodies.members(body, Set.of("claim", "family", "target"), Set.of("earlier", "familiesAlreadyFunded", "plan"), problems)) {
      claim = bodies.member(body, "claim", Claim.class, problems);
      family = bodies.member(body, "family", Family.class, problems);
      target = bodies.member(body, "target", AuthorityTarget.class, problems);
      plan = bodies.member(body, "plan", OutcomesPlan.class, problems);
      earlier = bodies.values(body.get("earlier"), "/earlier", Claim.class, problems);
      JsonNode n = body.get("familiesAlreadyFunded");
      if (n != null && !n.isNull()) {
        if (n.canConvertToLong() && n.isIntegralNumber() && n.asLong() >= 0) {
          funded = n.asLong();
        } else {
          problems.add(new Problem.Located("/familiesAlreadyFunded", "must be a whole number of families, 0 or more; was " + n));
        }
      }
    }
    Bodies.refuseIfAny(problems);
    Claim c = claim;
    Family f = family;
    AuthorityTarget t = target;
    List<Claim> e = earlier;
    long n = funded;
    Optional<OutcomesPlan> p = Optional.ofNullable(plan);
    ClaimDecision d = decisions.decide(context, "claim",
        () -> refusing(() -> context.ruleSet().engine().assessClaim(c, f, e, t, n, p, asOf)));
    UUID id = decisions.record(context, "claim", c.id().value(), d.decision());
    return ok(Answers.claim(Answers.head(mapper, id, context), d), context);
  }

  /**
   * Every contribution to a pool assessed against the departmental menu on the business date,
   * with the area's allocations of the lines and its other pools, if given.
   */
  @PostMapping(path = "/assess", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> assess(@PathVariable String ruleSet, @RequestParam LocalDate asOf,
      @RequestHeader(name = "If-Match", required = false) String pinned, HttpServletRequest request) throws IOException {
    Decisions.Context context = access.context(ruleSet, pinned, asOf);
    JsonNode body = bodies.tree(request);
    List<Problem.Located> problems = new ArrayList<>();
    Pool pool = null;
    List<Allocation> allocations = List.of();
    List<Pool> others = List.of();
    if (Bodies.members(body, Set.of("pool"), Set.of("allocations", "otherPools"), problems)) {
      pool = bodies.member(body, "pool", Pool.class, problems);
      allocations = bodies.values(body.get("allocations"), "/allocations", Allocation.class, problems);
      others = bodies.values(body.get("otherPools"), "/otherPools", Pool.class, problems);
    }
    Bodies.refuseIfAny(problems);
    Pool p = pool;
    List<Allocation> given = allocations;
    Allocations areas = refusing(() -> Allocations.of(given));
    List<Pool> o = others;
    PoolAssessment a = decisions.decide(context, "contribution", () -> refusing(() -> context.ruleSet().engine().assess(p, areas, o, asOf)));
    boolean judged = !areas.forArea(p.area()).isEmpty();
    ObjectNode answer = mapper.createObjectNode().put("ruleSet", context.ruleSet().name()).put("fingerprint", context.ruleSet().fingerprint())
        .put("libraryVersion", context.ruleSet().engine().libraryVersion()).put("asOf", asOf.toString()).put("pool", p.id().toString());
    ArrayNode contributions = answer.putArray("contributions");
    for (Map.Entry<ContributionId, Decision<ContributionVerdict>> e : a.contributions().entrySet()) {
      UUID id = decisions.record(context, "contribution", p.id() + "/" + e.getKey(), e.getValue());
      Answers.contribution(contributions.addObject().put("decision", id.toString()), p, e.getKey(), e.getValue(), judged, true);
    }
    Answers.pool(answer, a, judged);
    return ok(answer, context);
  }

  /**
   * A decision, or a 422 with the domain's message when the records do not belong together (a
   * plan of another authority, a claim dated after the business date).
   */
  static <T> T refusing(java.util.function.Supplier<T> decision) {
    try {
      return decision.get();
    } catch (org.communitybudgets.rules.RuleFailureException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ProblemException(new Problem(Problem.Kind.INVALID_RECORD, e.getMessage(), List.of(new Problem.Located("", e.getMessage()))));
    }
  }

  private ResponseEntity<byte[]> ok(ObjectNode answer, Decisions.Context context) throws IOException {
    return ResponseEntity.ok().eTag(context.ruleSet().fingerprint()).contentType(MediaType.APPLICATION_JSON).body(mapper.writeValueAsBytes(answer));
  }
}
