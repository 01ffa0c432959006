package org.communitybudgets.payment;

/**
 * What an authority claims payment for under the payment-by-results scheme (TF framework 2012
 * for phase 1, TF framework 2015 for phase 2). The amounts are parameters of the rules.
 */
public enum ClaimKind {
  /** The up-front fee for attaching a phase-1 family (TF framework 2012). */
  ATTACHMENT_FEE_PHASE_1(ProgrammePhase.PHASE_1, false, "attachment fee"),
  /** The up-front fee for attaching a phase-2 family (TF framework 2015: £1,000 per family). */
  ATTACHMENT_FEE_PHASE_2(ProgrammePhase.PHASE_2, false, "phase-2 attachment fee"),
  /** The phase-1 crime, anti-social behaviour and education result (TF framework 2012). */
  CRIME_ASB_EDUCATION_RESULT(ProgrammePhase.PHASE_1, true, "crime, ASB and education result"),
  /** The phase-1 progress-to-work result (TF framework 2012). */
  PROGRESS_TO_WORK_RESULT(ProgrammePhase.PHASE_1, true, "progress-to-work result"),
  /** The phase-1 continuous-employment result (TF framework 2012). */
  CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1(ProgrammePhase.PHASE_1, true, "continuous-employment result"),
  /**
   * The phase-2 result for significant and sustained progress against every problem the family
   * had (TF framework 2015).
   */
  SUSTAINED_PROGRESS_RESULT(ProgrammePhase.PHASE_2, true, "sustained-progress result"),
  /** The phase-2 result for an adult moving into continuous employment (TF framework 2015). */
  CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2(ProgrammePhase.PHASE_2, true, "phase-2 continuous-employment result");

  private final ProgrammePhase phase;
  private final boolean result;
  private final String label;

  ClaimKind(ProgrammePhase phase, boolean result, String label) {
    this.phase = phase;
    this.result = result;
    this.label = label;
  }

  /** The kind in words, as a report names it: {@code crime, ASB and education result}. */
  public String label() {
    return label;
  }

  /** The phase the claim belongs to. */
  public ProgrammePhase phase() {
    return phase;
  }

  /** True for a results payment, false for an attachment fee. */
  public boolean isResult() {
    return result;
  }
}
