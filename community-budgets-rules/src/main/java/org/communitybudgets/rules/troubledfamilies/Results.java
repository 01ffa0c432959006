package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.ResultVerdict;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;

/**
 * The results of the Troubled Families programme a family has achieved on a business date, and
 * why (TF frameworks 2012 and 2015). A family is judged by the results of the phase it was attached in.
 *
 * @param family the family
 * @param asOf the business date
 * @param phase the phase the family was attached in, if it was attached by the business date
 *     within a phase of the programme
 * @param achieved the results achieved, as the claim kinds they earn (only kinds that are
 *     results), in declaration order
 * @param decision {@link ResultVerdict#ACHIEVED} if at least one result is achieved; a
 *     reason for every condition of every result of the phase, met or not, ordered unmet first,
 *     then findings to note, then met, by rule name
 */
public record Results(
    FamilyId family,
    LocalDate asOf,
    Optional<ProgrammePhase> phase,
    Set<ClaimKind> achieved,
    Decision<ResultVerdict> decision) {

  /** Copies the results achieved, in declaration order, and checks they are results. */
  public Results {
    Objects.requireNonNull(family, "family is required");
    Objects.requireNonNull(asOf, "business date is required");
    Objects.requireNonNull(phase, "phase is required");
    Objects.requireNonNull(decision, "decision is required");
    EnumSet<ClaimKind> copy = EnumSet.noneOf(ClaimKind.class);
    copy.addAll(Objects.requireNonNull(achieved, "achieved is required"));
    for (ClaimKind k : copy) {
      if (!k.isResult()) {
        throw new IllegalArgumentException("achieved must hold only results, was " + k + " for family " + family);
      }
    }
    achieved = Collections.unmodifiableSet(copy);
  }

  /** True if the family has achieved the result. */
  public boolean has(ClaimKind result) {
    return achieved.contains(result);
  }

  /** True if the family has achieved at least one result. */
  public boolean any() {
    return !achieved.isEmpty();
  }
}
