package org.communitybudgets.family;

/** The kinds of health problem the phase-2 health criterion reads (TF framework 2015). */
public enum HealthProblemKind {
  /** A mental health problem. */
  MENTAL_HEALTH,
  /** A physical health problem or disability. */
  PHYSICAL_HEALTH,
  /** Misuse of drugs or other substances. */
  SUBSTANCE_MISUSE,
  /** Misuse of alcohol. */
  ALCOHOL_MISUSE
}
