package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.mapOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.area.AreaId;

/**
 * An authority's outcomes plan for phase 2: the measure of significant and sustained progress it
 * sets for each headline problem (TF framework 2015).
 *
 * @param authority the authority whose plan it is
 * @param measures one non-blank measure for each problem the plan covers; at least one
 * @param agreedOn the day the plan was agreed
 */
public record OutcomesPlan(
    AreaId authority, Map<Phase2Problem, String> measures, LocalDate agreedOn) {
  /** Validates the fields and orders the measures by problem. */
  public OutcomesPlan {
    required(authority, "authority");
    String owner = "outcomes plan of " + authority;
    required(agreedOn, "date agreed", owner);
    Map<Phase2Problem, String> copy = mapOf(required(measures, "measures", owner), "measures");
    check(!copy.isEmpty(), "measures", "non-empty", "none", owner);
    EnumMap<Phase2Problem, String> ordered = new EnumMap<>(Phase2Problem.class);
    copy.forEach((p, m) -> ordered.put(p, nonBlank(m, "measure for " + Ids.words(p), owner)));
    measures = Collections.unmodifiableMap(ordered);
  }

  /** The measure the plan sets for the problem, if it covers it. */
  public Optional<String> measureFor(Phase2Problem problem) {
    return Optional.ofNullable(measures.get(required(problem, "problem")));
  }

  /** True if the plan sets a measure for the problem. */
  public boolean covers(Phase2Problem problem) {
    return measures.containsKey(required(problem, "problem"));
  }
}
