package org.communitybudgets.rules.pooling;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Provenance;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.PoolId;

/**
 * The assessment of a pool on a business date: a decision for each contribution, findings about
 * the pool as a whole, and the totals requested and allowed.
 *
 * @param pool the pool assessed
 * @param asOf the business date
 * @param contributions the decision for each contribution, in the pool's order; each decision's
 *     reasons are ordered unmet conditions first, then findings to note, then conditions met, by
 *     rule name within each, whatever order the rules fired in
 * @param poolFindings reasons about the pool as a whole (agreements, savings sharing), in the same order
 * @param requested the totals of every contribution as requested
 * @param allowed the totals of the contributions allowed as requested
 * @param provenance the rules and library version the assessment was made with
 */
public record PoolAssessment(
    PoolId pool,
    LocalDate asOf,
    Map<ContributionId, Decision<ContributionVerdict>> contributions,
    List<Reason> poolFindings,
    PoolTotals requested,
    PoolTotals allowed,
    Provenance provenance) {

  /** Copies the collections, unmodifiable, keeping the order of the contributions. */
  public PoolAssessment {
    contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    poolFindings = List.copyOf(poolFindings);
  }

  /** The decision on one contribution. */
  public Optional<Decision<ContributionVerdict>> contribution(ContributionId id) {
    return Optional.ofNullable(contributions.get(id));
  }

  /** The decision on one contribution, by its id's text. */
  public Optional<Decision<ContributionVerdict>> contribution(String id) {
    return contribution(ContributionId.of(id));
  }

  /** The verdicts, in the pool's order. */
  public Map<ContributionId, ContributionVerdict> verdicts() {
    Map<ContributionId, ContributionVerdict> verdicts = new LinkedHashMap<>();
    contributions.forEach((id, d) -> verdicts.put(id, d.verdict()));
    return Collections.unmodifiableMap(verdicts);
  }
}
