package org.communitybudgets.decision;

/** The verdict on one contribution to a pool. */
public enum ContributionVerdict implements Verdict {
  /** The contribution may go into the pool as requested. */
  ALLOWED("allowed as requested", true),
  /** The money may not be pooled, but may be aligned to the pool's priorities. */
  ALIGNMENT_ONLY("allowed only as alignment", false),
  /** Allowed once the named conditions are met (an agreement, a consent, evidence). */
  CONDITIONAL("allowed once conditions are met", false),
  /** Not allowed. */
  REFUSED("refused", false);

  private final String label;
  private final boolean favourable;

  ContributionVerdict(String label, boolean favourable) {
    this.label = label;
    this.favourable = favourable;
  }

  @Override
  public boolean isFavourable() {
    return favourable;
  }

  @Override
  public String label() {
    return label;
  }
}
