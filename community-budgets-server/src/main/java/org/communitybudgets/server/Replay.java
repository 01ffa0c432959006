package org.communitybudgets.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.communitybudgets.rules.RuleFailureException;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.springframework.stereotype.Component;

/**
 * A logged decision decided again: its stored input, checked against its digest, decided on its
 * business date by the rule set of its name now served, and the answer compared with the one
 * recorded, member by member. Identical, or what differs and why; not replayable when the input
 * was not kept, was removed or does not match its digest, or the rule set is no longer served.
 */
@Component
class Replay {
  private final RuleSets ruleSets;
  private final ObjectMapper mapper;

  Replay(RuleSets ruleSets, Bodies bodies) {
    this.ruleSets = ruleSets;
    this.mapper = bodies.mapper();
  }

  /** How a replay came out. */
  enum Outcome {
    /** The same verdict, conditions, rules and reasons. */
    IDENTICAL,
    /** Something differs. */
    DIFFERS,
    /** It could not be decided again. */
    NOT_REPLAYABLE
  }

  /**
   * A replay: its outcome, why, each member of the answer that differs, and the fingerprint of the
   * rule set it was replayed with, if it was.
   */
  record Result(DecisionRecord record, Outcome outcome, String why, List<Difference> differences, Optional<String> replayedWith) {}

  /** A member of the answer as recorded and as decided now; absent is JSON null. */
  record Difference(String member, JsonNode recorded, JsonNode now) {}

  /** The replay as JSON: the decision, outcome, why, the fingerprints and each difference. */
  ObjectNode json(Result r) {
    ObjectNode node = mapper.createObjectNode().put("decision", r.record().id().toString()).put("outcome", r.outcome().name())
        .put("why", r.why()).put("ruleSet", r.record().ruleSet()).put("recordedWith", r.record().fingerprint());
    r.replayedWith().ifPresent(f -> node.put("replayedWith", f));
    var list = node.putArray("differences");
    r.differences().forEach(d -> list.addObject().put("member", d.member()).<ObjectNode>set("recorded", d.recorded()).set("now", d.now()));
    return node;
  }

  /** Decides the logged decision again. */
  Result replay(DecisionRecord r) {
    DecisionRecord.Input input = r.input();
    if (input.record().isEmpty()) {
      String why = input.removed().isPresent()
          ? "its input was removed on " + input.removed().get() + " (" + input.removedBecause().orElse("removed") + "); only its digest is kept"
          : switch (input.kept()) {
            case NONE -> "the log kept nothing of the record decided (decision-log.input was none)";
            case DIGEST -> "the log kept only the digest of the record decided (decision-log.input was digest); keep inputs in full to replay";
            case FULL -> "its input is missing";
          };
      return new Result(r, Outcome.NOT_REPLAYABLE, why, List.of(), Optional.empty());
    }
    String text = input.record().get();
    if (input.digest().isPresent() && !Canonical.digest(text).equals(input.digest().get())) {
      return new Result(r, Outcome.NOT_REPLAYABLE, "its stored input does not match its digest: the input was changed after it was recorded",
          List.of(), Optional.empty());
    }
    Optional<RuleSet> set = ruleSets.get(r.ruleSet());
    if (set.isEmpty()) {
      return new Result(r, Outcome.NOT_REPLAYABLE, "rule set '" + r.ruleSet() + "' is no longer served; to replay, serve it with fingerprint "
          + r.fingerprint(), List.of(), Optional.empty());
    }
    RuleSet now = set.get();
    ObjectNode decided;
    try {
      decided = decide(r.subject(), mapper.readTree(text), r.asOf(), now.engine(), r.answer());
    } catch (JsonProcessingException | IllegalArgumentException | RuleFailureException e) {
      return new Result(r, Outcome.NOT_REPLAYABLE, "rule set '" + r.ruleSet() + "' (" + now.fingerprint() + ") cannot decide it again: "
          + e.getMessage(), List.of(), Optional.of(now.fingerprint()));
    }
    List<Difference> differences = differences(r.answer(), decided);
    boolean same = now.fingerprint().equals(r.fingerprint());
    boolean sameVersion = now.engine().libraryVersion().equals(r.libraryVersion());
    String rules = same ? "the rule set it was made with (" + r.fingerprint() + ")"
        : "rule set '" + r.ruleSet() + "' as now served (" + now.fingerprint() + "), not the one it was made with (" + r.fingerprint() + ")";
    String version = sameVersion ? "" : ", on library " + now.engine().libraryVersion() + " (made on " + r.libraryVersion() + ")";
    if (differences.isEmpty()) {
      return new Result(r, Outcome.IDENTICAL, "decided again under " + rules + version + ": the same answer", List.of(), Optional.of(now.fingerprint()));
    }
    String why = "decided again under " + rules + version + ": "
        + String.join(", ", differences.stream().map(Difference::member).toList()) + " differ"
        + (same ? "" : "; serve rule set '" + r.ruleSet() + "' with fingerprint " + r.fingerprint() + " to replay it under the rules it was made with");
    return new Result(r, Outcome.DIFFERS, why, differences, Optional.of(now.fingerprint()));
  }

  private ObjectNode decide(String subject, JsonNode in, LocalDate asOf, CommunityBudgetsEngine engine, ObjectNode recorded)
      throws JsonProcessingException {
    ObjectNode row = mapper.createObjectNode();
    switch (subject) {
      case "family" -> {
        return Answers.identification(row, engine.identify(mapper.treeToValue(in, Family.class), asOf), true);
      }
      case "results" -> {
        Family f = mapper.treeToValue(in.get("family"), Family.class);
        Optional<OutcomesPlan> plan = optional(in, "plan", OutcomesPlan.class);
        return Answers.results(row, plan.isPresent() ? engine.results(f, plan.get(), asOf) : engine.results(f, asOf), true);
      }
      case "claim" -> {
        Claim c = mapper.treeToValue(in.get("claim"), Claim.class);
        Family f = mapper.treeToValue(in.get("family"), Family.class);
        AuthorityTarget t = mapper.treeToValue(in.get("target"), AuthorityTarget.class);
        List<Claim> earlier = list(in.get("earlier"), Claim.class);
        long funded = in.path("familiesAlreadyFunded").asLong(0);
        return Answers.claim(row, engine.assessClaim(c, f, earlier, t, funded, optional(in, "plan", OutcomesPlan.class), asOf));
      }
      case "contribution" -> {
        Pool pool = mapper.treeToValue(in.get("pool"), Pool.class);
        Allocations areas = Allocations.of(list(in.get("allocations"), Allocation.class));
        PoolAssessment a = engine.assess(pool, areas, list(in.get("otherPools"), Pool.class), asOf);
        String id = recorded.path("contribution").asText();
        boolean judged = !areas.forArea(pool.area()).isEmpty();
        for (Map.Entry<ContributionId, Decision<ContributionVerdict>> e : a.contributions().entrySet()) {
          if (e.getKey().toString().equals(id)) {
            return Answers.contribution(row, pool, e.getKey(), e.getValue(), judged, true);
          }
        }
        throw new IllegalArgumentException("the pool has no contribution " + id + " now");
      }
      default -> throw new IllegalArgumentException("no decision of subject '" + subject + "' is made by this version");
    }
  }

  private <T> Optional<T> optional(JsonNode in, String name, Class<T> type) throws JsonProcessingException {
    JsonNode n = in.get(name);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(mapper.treeToValue(n, type));
  }

  private <T> List<T> list(JsonNode n, Class<T> type) {
    if (n == null || n.isNull()) {
      return List.of();
    }
    return mapper.convertValue(n, mapper.getTypeFactory().constructCollectionType(List.class, type));
  }

  /** The members of the two answers that differ, in the recorded answer's order, then the new ones. */
  static List<Difference> differences(ObjectNode recorded, ObjectNode now) {
    Set<String> names = new LinkedHashSet<>();
    recorded.fieldNames().forEachRemaining(names::add);
    now.fieldNames().forEachRemaining(names::add);
    List<Difference> differences = new ArrayList<>();
    for (String name : names) {
      JsonNode a = recorded.get(name);
      JsonNode b = now.get(name);
      if (a == null || b == null || !a.equals(b)) {
        differences.add(new Difference(name, a == null ? com.fasterxml.jackson.databind.node.NullNode.instance : a,
            b == null ? com.fasterxml.jackson.databind.node.NullNode.instance : b));
      }
    }
    return differences;
  }
}
