package org.communitybudgets.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SortedMap;
import java.util.UUID;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.json.DecisionJson;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.time.FinancialYear;

/**
 * The service's answers in the domain's JSON form: the fields of the command line's rows for the
 * same decision ({@code identification}, {@code results} and {@code assessment.schema.json}), with
 * the decision's id, the rule set, its fingerprint, the library's version and the business date.
 */
final class Answers {
  private Answers() {}

  /** An answer's head: the decision's id and what it was made with. */
  static ObjectNode head(ObjectMapper mapper, UUID decision, Decisions.Context context) {
    return mapper.createObjectNode().put("decision", decision.toString()).put("ruleSet", context.ruleSet().name())
        .put("fingerprint", context.ruleSet().fingerprint()).put("libraryVersion", context.ruleSet().engine().libraryVersion())
        .put("asOf", context.asOf().toString());
  }

  /** A family's identification: verdict, phase, criteria met, conditions unmet, rules and, if asked, reasons. */
  static ObjectNode identification(ObjectNode row, Identification i, boolean reasons) {
    row.put("family", i.family().value()).put("verdict", i.decision().verdict().name());
    i.phase().ifPresent(p -> row.put("phase", p.name()));
    ArrayNode met = row.putArray("criteriaMet");
    i.criteriaMet().forEach(c -> met.add(c.name()));
    return DecisionJson.explain(row, i.decision(), reasons);
  }

  /** A family's results: verdict, phase, results achieved, conditions unmet, rules and, if asked, reasons. */
  static ObjectNode results(ObjectNode row, Results r, boolean reasons) {
    row.put("family", r.family().value()).put("verdict", r.decision().verdict().name());
    r.phase().ifPresent(p -> row.put("phase", p.name()));
    ArrayNode achieved = row.putArray("achieved");
    r.achieved().forEach(k -> achieved.add(k.name()));
    return DecisionJson.explain(row, r.decision(), reasons);
  }

  /** A claim decided: claim, family, kind, verdict, amount payable, conditions unmet, rules, reasons. */
  static ObjectNode claim(ObjectNode row, ClaimDecision d) {
    row.put("claim", d.claim().value()).put("family", d.family().value()).put("kind", d.kind().name())
        .put("verdict", d.decision().verdict().name()).put("payable", d.payable().toString());
    return DecisionJson.explain(row, d.decision(), true);
  }

  /** What an answer without the area's allocations says of the conditions that read them. */
  static final String NOT_JUDGED = "the area's allocations of the lines were not given (allocations), so ESF's targeted share,"
      + " a whole line moved into the pool and more pooled than allocated were not judged";

  /**
   * A contribution's decision: contribution, verdict, conditions unmet, rules, reasons if asked,
   * and, for money judged without the area's allocations, the conditions not judged.
   */
  static ObjectNode contribution(ObjectNode row, Pool pool, ContributionId id, Decision<ContributionVerdict> d, boolean judged, boolean reasons) {
    row.put("contribution", id.toString()).put("verdict", d.verdict().name());
    DecisionJson.explain(row, d, reasons);
    if (!judged && pool.contribution(id).filter(c -> c.mode() != ContributionMode.IN_KIND).isPresent()) {
      notJudged(row);
    }
    return row;
  }

  /** A pool's findings, its totals requested and allowed by financial year and, without the area's allocations, the conditions not judged. */
  static ObjectNode pool(ObjectNode row, PoolAssessment a, boolean judged) {
    DecisionJson.reasons(row.putArray("findings"), a.poolFindings());
    years(row.putObject("requested"), a.requested().byYear());
    years(row.putObject("allowed"), a.allowed().byYear());
    if (!judged) {
      notJudged(row);
    }
    return row;
  }

  private static void notJudged(ObjectNode row) {
    row.putArray("notJudged").addObject().put("code", "allocations").put("condition", NOT_JUDGED);
  }

  private static void years(ObjectNode node, SortedMap<FinancialYear, Money> byYear) {
    byYear.forEach((year, amount) -> node.put(year.toString(), amount.toString()));
  }
}
