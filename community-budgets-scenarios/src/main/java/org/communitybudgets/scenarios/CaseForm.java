package org.communitybudgets.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.family.Family;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;

/**
 * One case of a scenario file as written: its name, business date, parameter overrides, one
 * subject and what is expected. The subject and the expectation are read in the domain's JSON form.
 */
record CaseForm(
    String name,
    Optional<String> description,
    LocalDate asOf,
    Optional<JsonNode> parameters,
    Optional<Identify> identify,
    Optional<Results> results,
    Optional<ClaimCase> claim,
    Optional<Assess> assess,
    Expect expect) {

  /** {@code identify:} a family, decided as {@code engine.identify} decides it. */
  record Identify(Family family) {}

  /** {@code results:} a family and its authority's outcomes plan, if any. */
  record Results(Family family, Optional<OutcomesPlan> plan) {}

  /**
   * {@code claim:} a claim with everything {@code engine.assessClaim} weighs it by; the claims paid
   * before may be left out (none), as may the families already funded (none).
   */
  record ClaimCase(
      Claim claim, Family family, List<Claim> earlier, AuthorityTarget target, Optional<Long> familiesAlreadyFunded, Optional<OutcomesPlan> plan) {}

  /**
   * {@code assess:} a pool, assessed as {@code engine.assess} assesses it, with the area's
   * allocations of the lines and its other pools, if any.
   */
  record Assess(Pool pool, List<Allocation> allocations, List<Pool> otherPools) {}

  /**
   * What is expected; each field given is checked and the rest are not.
   *
   * @param verdict the verdict's name, e.g. {@code ELIGIBLE}, {@code PAYABLE}, {@code ALLOWED}
   * @param phase the phase ({@code PHASE_1}, {@code PHASE_2}) or {@code NONE}
   * @param criteriaMet the criteria met, in any order
   * @param unmet the codes of the unmet conditions, in any order
   * @param rules rules that must be among those that recorded reasons
   * @param achieved the results achieved, as claim kinds, in any order
   * @param payable the amount payable
   * @param contributions for a pool, by contribution id, each contribution's verdict and unmet codes
   * @param error a text the error must contain, for a case whose subject or decision is refused
   */
  record Expect(
      Optional<String> verdict,
      Optional<String> phase,
      Optional<List<String>> criteriaMet,
      Optional<List<String>> unmet,
      Optional<List<String>> rules,
      Optional<List<String>> achieved,
      Optional<Money> payable,
      Optional<Map<String, Contribution>> contributions,
      Optional<String> error) {

    boolean isEmpty() {
      return verdict.isEmpty() && phase.isEmpty() && criteriaMet.isEmpty() && unmet.isEmpty() && rules.isEmpty()
          && achieved.isEmpty() && payable.isEmpty() && contributions.isEmpty() && error.isEmpty();
    }
  }

  /** What is expected of one contribution to a pool. */
  record Contribution(Optional<String> verdict, Optional<List<String>> unmet, Optional<List<String>> rules) {}
}
