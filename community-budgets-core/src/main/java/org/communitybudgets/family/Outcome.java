package org.communitybudgets.family;

import java.time.LocalDate;

/**
 * A measured or declared outcome of the work with a family, read by the results rules: progress
 * against a phase-2 problem ({@link ProblemProgress}) or a council's declared phase-1 result
 * ({@link DeclaredResult}).
 */
public sealed interface Outcome permits ProblemProgress, DeclaredResult {
  /** The day the outcome was measured or declared. */
  LocalDate date();
}
