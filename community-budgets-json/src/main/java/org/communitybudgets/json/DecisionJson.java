package org.communitybudgets.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;

/**
 * A decision's explanation in the JSON form of the command line's rows and the decision service's
 * answers (the {@code unmet}, {@code rules} and {@code reasons} of {@code identification},
 * {@code results} and {@code assessment.schema.json}): one writer for both, so that they say the
 * same thing the same way.
 */
public final class DecisionJson {
  private DecisionJson() {}

  /**
   * Writes the conditions the decision found unmet ({@code unmet}: code and condition), the rules
   * that fired ({@code rules}) and, if asked, every reason ({@code reasons}) into the row.
   */
  public static ObjectNode explain(ObjectNode row, Decision<?> decision, boolean withReasons) {
    ArrayNode unmet = row.putArray("unmet");
    decision.unmetConditions().forEach(u -> unmet.addObject().put("code", u.code()).put("condition", u.description()));
    ArrayNode rules = row.putArray("rules");
    decision.rules().forEach(rules::add);
    if (withReasons) {
      reasons(row.putArray("reasons"), decision.reasons());
    }
    return row;
  }

  /**
   * Adds each reason to the list: its rule, effect, statement in words and source, and the code of
   * the condition it found unmet, if it did.
   */
  public static ArrayNode reasons(ArrayNode list, List<Reason> reasons) {
    for (Reason reason : reasons) {
      ObjectNode x = list.addObject();
      x.put("rule", reason.rule()).put("effect", reason.effect().name()).put("statement", reason.statement())
          .put("source", reason.source().toString());
      reason.unmetCondition().ifPresent(u -> x.put("unmet", u.code()));
    }
    return list;
  }
}
