package org.communitybudgets.family;

import org.communitybudgets.payment.ProgrammePhase;

/**
 * Phase 1's criteria for identifying a troubled family (TF framework 2012, criteria 1 to 4): three
 * national criteria and the local discretion filter.
 */
public enum Phase1Criterion implements Criterion {
  /** Involved in youth crime or anti-social behaviour (criterion 1). */
  CRIME_ASB("crime-asb"),
  /** Children regularly truanting or not in school (criterion 2). */
  EDUCATION("education"),
  /** An adult on out-of-work benefits (criterion 3). */
  WORK("work"),
  /** Cause high costs to the public purse, the local discretion filter (criterion 4). */
  LOCAL_DISCRETION("local-discretion");

  private final String code;

  Phase1Criterion(String code) {
    this.code = code;
  }

  @Override
  public ProgrammePhase phase() {
    return ProgrammePhase.PHASE_1;
  }

  @Override
  public String code() {
    return code;
  }

  /** True for the three national criteria, false for the local discretion filter. */
  public boolean isNational() {
    return this != LOCAL_DISCRETION;
  }
}
