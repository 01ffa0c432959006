package org.communitybudgets.rules.troubledfamilies;

import org.communitybudgets.family.Criterion;
import org.communitybudgets.family.Phase1Criterion;

/**
 * A criterion or headline problem a family meets, inserted by the rule that finds it; the
 * identification rules count them. A criterion met in several ways is inserted once per way and
 * counted once.
 *
 * @param family the family's id
 * @param criterion the criterion's code: {@code crime-asb}, {@code education}, {@code work} and
 *     {@code local-discretion} in phase 1; the headline problem's name in phase 2
 * @param national true for phase 1's three national criteria, and for every phase-2 problem
 */
public record CriterionMet(String family, String criterion, boolean national) {
  /**
   * Checks that the criterion is one the programme has.
   *
   * @throws IllegalArgumentException naming the codes there are otherwise
   */
  public CriterionMet {
    if (Criterion.ofCode(criterion).isEmpty()) {
      throw new IllegalArgumentException("criterion must be the code of a phase-1 criterion ("
          + java.util.Arrays.stream(Phase1Criterion.values()).map(Phase1Criterion::code).collect(java.util.stream.Collectors.joining(", "))
          + ") or the name of a phase-2 problem, was \"" + criterion + "\" for family " + family);
    }
  }

  /** The criterion met. */
  public Criterion met() {
    return Criterion.ofCode(criterion).orElseThrow();
  }
}
