package org.communitybudgets.family;

/** The signs of risk of financial exclusion the phase-2 worklessness criterion reads (TF framework 2015). */
public enum FinancialExclusionKind {
  /** Rent arrears. */
  RENT_ARREARS,
  /** Problem debt. */
  PROBLEM_DEBT,
  /** Risk of eviction or of losing the home. */
  EVICTION_RISK
}
