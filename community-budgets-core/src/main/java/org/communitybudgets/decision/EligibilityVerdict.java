package org.communitybudgets.decision;

/** The verdict on whether a family is in a Troubled Families programme. */
public enum EligibilityVerdict implements Verdict {
  /** The family meets the programme's criteria. */
  ELIGIBLE("eligible", true),
  /** The family does not meet the programme's criteria. */
  NOT_ELIGIBLE("not eligible", false);

  private final String label;
  private final boolean favourable;

  EligibilityVerdict(String label, boolean favourable) {
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
