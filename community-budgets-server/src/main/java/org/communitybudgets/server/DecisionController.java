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
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
    String f = family.id().value();
    return answer(context, new Decisions.Subject("family", f, Optional.of(f), () -> family), i.decision(),
        Answers.identification(mapper.createObjectNode(), i, true));
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
    return answer(context, new Decisions.Subject("results", f.id().value(), Optional.of(f.id().value()), () -> resultsInput(f, p)), r.decision(),
        Answers.results(mapper.createObjectNode(), r, true));
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
    return answer(context, new Decisions.Subject("claim", c.id().value(), Optional.of(f.id().value()), () -> claimInput(c, f, t, e, n, p)),
        d.decision(), Answers.claim(mapper.createObjectNode(), d));
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
    List<CompletableFuture<Void>> records = new ArrayList<>();
    Map<String, Object> input = assessInput(p, given, o);
    for (Map.Entry<ContributionId, Decision<ContributionVerdict>> e : a.contributions().entrySet()) {
      UUID id = Decisions.newId();
      ObjectNode decided = Answers.contribution(mapper.createObjectNode(), p, e.getKey(), e.getValue(), judged, true);
      records.add(decisions.record(context, id, new Decisions.Subject("contribution", p.id() + "/" + e.getKey(), Optional.empty(), () -> input),
          e.getValue(), decided));
      contributions.addObject().put("decision", id.toString()).setAll(decided);
    }
    Answers.pool(answer, a, judged);
    decisions.committed(records);
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

  /** A single decision recorded, then answered with its head: its id, the rule set, fingerprint, version and business date. */
  private ResponseEntity<byte[]> answer(Decisions.Context context, Decisions.Subject subject, Decision<?> decision, ObjectNode decided)
      throws IOException {
    UUID id = Decisions.newId();
    decisions.committed(decisions.record(context, id, subject, decision, decided));
    ObjectNode answer = Answers.head(mapper, id, context);
    answer.setAll(decided);
    return ok(answer, context);
  }

  /** What a family's results are decided from, as the log keeps it: the family and the outcomes plan, if given. */
  static Map<String, Object> resultsInput(Family family, Optional<OutcomesPlan> plan) {
    Map<String, Object> input = new TreeMap<>();
    input.put("family", family);
    plan.ifPresent(p -> input.put("plan", p));
    return input;
  }

  /** What a claim is decided from, as the log keeps it: the claims request's members. */
  static Map<String, Object> claimInput(Claim claim, Family family, AuthorityTarget target, List<Claim> earlier, long funded,
      Optional<OutcomesPlan> plan) {
    Map<String, Object> input = new TreeMap<>();
    input.put("claim", claim);
    input.put("family", family);
    input.put("target", target);
    input.put("earlier", earlier);
    input.put("familiesAlreadyFunded", funded);
    plan.ifPresent(p -> input.put("plan", p));
    return input;
  }

  /** What a pool's contributions are decided from, as the log keeps it: the assess request's members. */
  static Map<String, Object> assessInput(Pool pool, List<Allocation> allocations, List<Pool> others) {
    Map<String, Object> input = new TreeMap<>();
    input.put("pool", pool);
    input.put("allocations", allocations);
    input.put("otherPools", others);
    return input;
  }

  private ResponseEntity<byte[]> ok(ObjectNode answer, Decisions.Context context) throws IOException {
    return ResponseEntity.ok().eTag(context.ruleSet().fingerprint()).contentType(MediaType.APPLICATION_JSON).body(mapper.writeValueAsBytes(answer));
  }
}
