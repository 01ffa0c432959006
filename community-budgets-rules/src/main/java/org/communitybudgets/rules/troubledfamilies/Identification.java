package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.payment.ProgrammePhase;

/**
 * Whether a family is in the Troubled Families programme on a business date, and why.
 *
 * @param family the family
 * @param asOf the business date
 * @param phase the phase that runs on the business date, if any
 * @param criteriaMet the criteria the family meets: {@code crime-asb}, {@code education}, {@code
 *     work}, {@code local-discretion} in phase 1; the names of the {@code Phase2Problem}s in phase 2
 * @param decision the verdict, with a reason for every criterion met and not met; reasons are
 *     ordered unmet first, then findings to note, then met, by rule name
 */
public record Identification(
    FamilyId family,
    LocalDate asOf,
    Optional<ProgrammePhase> phase,
    Set<String> criteriaMet,
    Decision<EligibilityVerdict> decision) {

  /** Copies the criteria, sorted. */
  public Identification {
    criteriaMet = java.util.Collections.unmodifiableSet(new TreeSet<>(criteriaMet));
  }

  /** True if the family is in the programme. */
  public boolean isEligible() {
    return decision.verdict() == EligibilityVerdict.ELIGIBLE;
  }
}
