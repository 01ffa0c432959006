package org.communitybudgets.decision;

/**
 * What a decision concluded. Each kind of decision has its own verdicts; all share this interface
 * so that explanations can be stored and shown alike.
 */
public sealed interface Verdict permits ContributionVerdict, EligibilityVerdict, ResultVerdict, ClaimVerdict {
  /**
   * True if the verdict grants everything that was asked for. Any other verdict must be explained
   * by at least one reason whose condition was not met.
   */
  boolean isFavourable();

  /** The verdict in words, for display. */
  String label();
}
