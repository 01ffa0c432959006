package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.family.Criterion;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Phase1Criterion;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.payment.ProgrammePhase;

/**
 * Whether a family is in the Troubled Families programme on a business date, and why.
 *
 * @param family the family
 * @param asOf the business date
 * @param phase the phase that runs on the business date, if any
 * @param criteriaMet the criteria the family meets: {@link Phase1Criterion}s in phase 1, {@link
 *     Phase2Problem}s in phase 2, in the order of {@link Criterion#ORDER}
 * @param decision the verdict, with a reason for every criterion met and not met; reasons are
 *     ordered unmet first, then findings to note, then met, by rule name
 */
public record Identification(
    FamilyId family,
    LocalDate asOf,
    Optional<ProgrammePhase> phase,
    Set<Criterion> criteriaMet,
    Decision<EligibilityVerdict> decision) {

  /** Copies the criteria, sorted. */
  public Identification {
    TreeSet<Criterion> sorted = new TreeSet<>(Criterion.ORDER);
    sorted.addAll(criteriaMet);
    criteriaMet = java.util.Collections.unmodifiableSet(sorted);
  }

  /** True if the family is in the programme. */
  public boolean isEligible() {
    return decision.verdict() == EligibilityVerdict.ELIGIBLE;
  }
}
