package org.communitybudgets.server;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.report.ProgrammeOfficeReport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme office report as its one self-contained web page: of the bundled Greater
 * Manchester pilot, or of the pool and cohort a request gives.
 */
@RestController
class ReportController {
  private final RuleSetAccess access;
  private final Bodies bodies;

  ReportController(RuleSetAccess access, Bodies bodies) {
    this.access = access;
    this.bodies = bodies;
  }

  /** The report of the bundled Greater Manchester pilot: its pool, a synthetic cohort of its 8,000 families, its appraisal. */
  @GetMapping(path = "/v1/rule-sets/{ruleSet}/report", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<byte[]> bundled(@PathVariable String ruleSet, @RequestParam LocalDate asOf) {
    Decisions.Context context = access.context(ruleSet, null, asOf);
    return page(ProgrammeOfficeReport.html(context.ruleSet().engine(), asOf, ProgrammeOfficeReport.bundled()), context);
  }

  /**
   * The report of the request's pool and cohort: {@code pool}, {@code allocations} (optional),
   * {@code families}, {@code claims}, {@code target}, {@code plans} (optional) and {@code
   * identifiedOn} (optional, the business date otherwise).
   */
  @PostMapping(path = "/v1/rule-sets/{ruleSet}/report", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<byte[]> report(@PathVariable String ruleSet, @RequestParam LocalDate asOf, HttpServletRequest request) throws IOException {
    Decisions.Context context = access.context(ruleSet, null, asOf);
    JsonNode body = bodies.tree(request);
    List<Problem.Located> problems = new ArrayList<>();
    Pool pool = null;
    AuthorityTarget target = null;
    List<Allocation> allocations = List.of();
    List<Family> families = List.of();
    List<Claim> claims = List.of();
    List<OutcomesPlan> plans = List.of();
    LocalDate identifiedOn = asOf;
    if (Bodies.members(body, Set.of("pool", "families", "target"), Set.of("allocations", "claims", "plans", "identifiedOn"), problems)) {
      pool = bodies.member(body, "pool", Pool.class, problems);
      target = bodies.member(body, "target", AuthorityTarget.class, problems);
      allocations = bodies.values(body.get("allocations"), "/allocations", Allocation.class, problems);
      families = bodies.values(body.get("families"), "/families", Family.class, problems);
      claims = bodies.values(body.get("claims"), "/claims", Claim.class, problems);
      plans = bodies.values(body.get("plans"), "/plans", OutcomesPlan.class, problems);
      if (body.hasNonNull("identifiedOn")) {
        try {
          identifiedOn = LocalDate.parse(body.get("identifiedOn").asText());
        } catch (DateTimeParseException e) {
          problems.add(new Problem.Located("/identifiedOn", "\"" + body.get("identifiedOn").asText() + "\" is not a date written like 2012-10-01"));
        }
      }
    }
    Bodies.refuseIfAny(problems);
    Map<FamilyId, List<Claim>> claimsOf = new HashMap<>();
    for (Claim c : claims) {
      claimsOf.computeIfAbsent(c.family(), f -> new ArrayList<>()).add(c);
    }
    claimsOf.values().forEach(l -> l.sort(Comparator.comparing(Claim::claimedOn).thenComparing(c -> c.id().value())));
    List<CohortFamily> records = new ArrayList<>();
    for (int i = 0; i < families.size(); i++) {
      records.add(new CohortFamily.Valid(i, families.get(i), claimsOf.getOrDefault(families.get(i).id(), List.of())));
    }
    AuthorityTarget t = target;
    Pool p = pool;
    List<Allocation> a = allocations;
    ProgrammeOfficeReport.CohortInput cohort = new ProgrammeOfficeReport.CohortInput(t.authority(), t.phase(), "the request", records, t, plans,
        identifiedOn, asOf);
    String html = DecisionController.refusing(() -> ProgrammeOfficeReport.html(context.ruleSet().engine(), asOf,
        new ProgrammeOfficeReport.Inputs(p, Allocations.of(a), cohort, false)));
    return page(html, context);
  }

  private static ResponseEntity<byte[]> page(String html, Decisions.Context context) {
    return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).eTag(context.ruleSet().fingerprint())
        .header("Content-Security-Policy", Pages.policyOf(html) + "; frame-ancestors 'none'").body(html.getBytes(StandardCharsets.UTF_8));
  }
}
