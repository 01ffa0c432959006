package org.communitybudgets.family;

/**
 * The six headline problems of the expanded (phase-2) Troubled Families programme; a family is
 * eligible with at least two of them (TF framework 2015, from the Financial framework for the
 * expanded Troubled Families programme, March 2015). The number of problems required and the
 * thresholds within each (such as the share of school sessions missed) are policy values held
 * by the rules, not here.
 */
public enum Phase2Problem implements Criterion {
  /** Parents and children involved in crime or anti-social behaviour (TF framework 2015). */
  CRIME_AND_ANTI_SOCIAL_BEHAVIOUR,
  /**
   * Children who have not been attending school regularly: sessions missed, fixed-term exclusions
   * or a permanent exclusion in the last three terms (TF framework 2015).
   */
  SCHOOL_ATTENDANCE,
  /** Children who need help: children in need, on protection plans, looked after (TF framework 2015). */
  CHILDREN_WHO_NEED_HELP,
  /**
   * Adults out of work or at risk of financial exclusion, and young people not in education,
   * training or employment (TF framework 2015).
   */
  WORKLESSNESS_AND_FINANCIAL_EXCLUSION,
  /** Families affected by domestic violence and abuse (TF framework 2015). */
  DOMESTIC_VIOLENCE_AND_ABUSE,
  /** Parents and children with a range of physical and mental health problems (TF framework 2015). */
  HEALTH;

  @Override
  public org.communitybudgets.payment.ProgrammePhase phase() {
    return org.communitybudgets.payment.ProgrammePhase.PHASE_2;
  }

  /** The problem's name: the identification rules record a phase-2 problem by it. */
  @Override
  public String code() {
    return name();
  }
}
