package org.communitybudgets.family;

import java.util.Comparator;
import java.util.Optional;
import org.communitybudgets.payment.ProgrammePhase;

/**
 * A criterion by which a family is identified for the Troubled Families programme: one of phase
 * 1's four criteria (TF framework 2012, criteria 1 to 4) or one of phase 2's six headline problems (TF
 * framework 2015).
 */
public sealed interface Criterion permits Phase1Criterion, Phase2Problem {
  /** Phase 1's criteria first, then phase 2's problems, each in the order the frameworks give them. */
  Comparator<Criterion> ORDER = Comparator.comparing(Criterion::phase).thenComparing(c -> ((Enum<?>) c).ordinal());

  /** The phase whose criterion it is. */
  ProgrammePhase phase();

  /** The constant's name, as the JSON form writes it: {@code CRIME_ASB}, {@code HEALTH}. */
  String name();

  /**
   * The code the identification rules record it by ({@code CriterionMet.criterion()}): {@code
   * crime-asb}, {@code education}, {@code work}, {@code local-discretion} for phase 1, the problem's
   * name for phase 2.
   */
  String code();

  /** The criterion recorded by the code, if it is one. */
  static Optional<Criterion> ofCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(CriterionCodes.BY_CODE.get(code));
  }
}
