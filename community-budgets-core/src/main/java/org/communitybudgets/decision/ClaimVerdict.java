package org.communitybudgets.decision;

/** The verdict on a payment-by-results claim. */
public enum ClaimVerdict implements Verdict {
  /** The claim is payable. */
  PAYABLE("payable", true),
  /** The claim is refused. */
  REFUSED("refused", false);

  private final String label;
  private final boolean favourable;

  ClaimVerdict(String label, boolean favourable) {
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
