package org.communitybudgets.family;

/** The phase-1 results that earn payment (TF framework 2012, results that earn payment). */
public enum ResultKind {
  /** The crime, anti-social behaviour and education result. */
  CRIME_ASB_EDUCATION,
  /** An adult's progress to work. */
  PROGRESS_TO_WORK,
  /** An adult's move off out-of-work benefits into continuous employment. */
  CONTINUOUS_EMPLOYMENT
}
