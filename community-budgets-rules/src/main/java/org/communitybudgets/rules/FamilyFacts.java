package org.communitybudgets.rules;

import org.communitybudgets.payment.ProgrammePhase;

/**
 * What the identification criteria of the phase that runs read of one family, found once on the
 * business date with the windows, thresholds and lists of the dated parameters: each field counts
 * the facts, or the children, that meet one way of meeting a criterion. The rules constrain these
 * fields directly; the facts themselves, for a reason's text, are the {@link #family() family
 * case}'s answers to the same questions. Fields of the phase that does not run are zero.
 *
 * <pre>
 * $f : FamilyFacts(phase == ProgrammePhase.PHASE_1, childOffences &gt; 0)
 * </pre>
 *
 * @param family the family being assessed, whose questions found these counts
 * @param phase the phase whose criteria were read
 * @param childOffences phase 1: offences proven in the look-back window against children
 * @param asbInterventions ASB interventions of the phase's listed types in its look-back window
 * @param permanentlyExcluded children permanently excluded in the phase's last terms
 * @param fixedTermExcluded children with at least the phase's number of fixed-term exclusions in its last terms
 * @param placedAfterExclusion phase 1: children in a pupil referral unit or alternative provision after exclusion
 * @param notOnRoll phase 1: children not on a school roll
 * @param unauthorisedAbsent phase 1: children with at least the threshold of unauthorised absence over the last terms
 * @param outOfWorkClaims open claims of the phase's out-of-work benefits by adults
 * @param localConcerns phase 1: concerns of the kinds the authority counts, in the look-back window
 * @param offences phase 2: offences proven against any member in the look-back window
 * @param asbIncidents phase 2: ASB incidents in the look-back window
 * @param oftenAbsent phase 2: children missing at least the threshold of sessions over the last terms
 * @param childrenNeedingHelp phase 2: children needing help on the business date
 * @param financialExclusion phase 2: risks of financial exclusion in the look-back window
 * @param youngPeopleNotInWork phase 2: young people not in education, employment or training
 * @param domesticAbuse phase 2: domestic violence or abuse in the look-back window
 * @param healthProblems phase 2: health problems in the look-back window
 */
public record FamilyFacts(
    FamilyCase family,
    ProgrammePhase phase,
    int childOffences,
    int asbInterventions,
    int permanentlyExcluded,
    int fixedTermExcluded,
    int placedAfterExclusion,
    int notOnRoll,
    int unauthorisedAbsent,
    int outOfWorkClaims,
    int localConcerns,
    int offences,
    int asbIncidents,
    int oftenAbsent,
    int childrenNeedingHelp,
    int financialExclusion,
    int youngPeopleNotInWork,
    int domesticAbuse,
    int healthProblems) {

  /** The facts of the family for the criteria of the phase, on the policy's business date. */
  public static FamilyFacts of(FamilyCase f, ProgrammePhase phase, Policy p) {
    int age = p.integer("tf.child.age-limit");
    if (phase == ProgrammePhase.PHASE_1) {
      int months = p.integer("tf.phase1.look-back-months");
      int terms = p.integer("tf.phase1.terms");
      return new FamilyFacts(
          f,
          phase,
          f.childOffences(months, age).size(),
          f.asbInterventions(months, p.texts("tf.phase1.asb-interventions")).size(),
          f.permanentlyExcluded(terms, age).size(),
          f.fixedTermExcluded(terms, p.integer("tf.phase1.fixed-exclusions"), age).size(),
          f.placedAfterExclusion(age).size(),
          f.notOnRoll(age).size(),
          f.unauthorisedAbsenceAtLeast(terms, p.percentage("tf.phase1.unauthorised-absence"), age).size(),
          f.openBenefitClaims(p.texts("tf.phase1.out-of-work-benefits"), age).size(),
          f.localConcerns(months, p.texts("tf.phase1.local-discretion-concerns")).size(),
          0, 0, 0, 0, 0, 0, 0, 0);
    }
    int months = p.integer("tf.phase2.look-back-months");
    int terms = p.integer("tf.phase2.terms");
    return new FamilyFacts(
        f,
        phase,
        0,
        f.asbInterventions(months, p.texts("tf.phase2.asb-interventions")).size(),
        f.permanentlyExcluded(terms, age).size(),
        f.fixedTermExcluded(terms, p.integer("tf.phase2.fixed-exclusions"), age).size(),
        0,
        0,
        0,
        f.openBenefitClaims(p.texts("tf.phase2.out-of-work-benefits"), age).size(),
        0,
        f.offences(months).size(),
        f.asbIncidents(months).size(),
        f.absenceAtLeast(terms, p.percentage("tf.phase2.absence"), age).size(),
        f.childrenNeedingHelp().size(),
        f.financialExclusion(months).size(),
        f.youngPeopleNotInWork().size(),
        f.domesticAbuse(months).size(),
        f.healthProblems(months).size());
  }

  /** The family's id. */
  public String id() {
    return family.id();
  }

  @Override
  public String toString() {
    return family.toString();
  }
}
