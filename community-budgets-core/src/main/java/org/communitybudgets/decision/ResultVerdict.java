package org.communitybudgets.decision;

/** The verdict on whether a family has achieved a result of the Troubled Families programme. */
public enum ResultVerdict implements Verdict {
  /** The family has achieved at least one result of the phase it was attached in. */
  ACHIEVED("achieved", true),
  /** The family has achieved no result yet. */
  NOT_ACHIEVED("not achieved", false);

  private final String label;
  private final boolean favourable;

  ResultVerdict(String label, boolean favourable) {
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
