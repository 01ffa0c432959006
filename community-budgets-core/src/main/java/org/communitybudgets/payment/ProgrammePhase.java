package org.communitybudgets.payment;

/**
 * The two phases of the Troubled Families payment-by-results programme. The financial years each
 * phase runs over, its targets and its amounts are parameters of the rules.
 */
public enum ProgrammePhase {
  /**
   * Phase 1, the original programme: three national criteria plus local discretion, an
   * attachment fee and three kinds of result (TF framework 2012).
   */
  PHASE_1,
  /**
   * Phase 2, the expanded programme: two of six headline problems, an attachment fee and a
   * results payment for significant and sustained progress or continuous employment (TF framework
   * 2015).
   */
  PHASE_2;

  /** The phase as {@code phase 1} or {@code phase 2}. */
  @Override
  public String toString() {
    return "phase " + (ordinal() + 1);
  }
}
