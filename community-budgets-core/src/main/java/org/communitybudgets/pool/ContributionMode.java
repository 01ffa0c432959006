package org.communitybudgets.pool;

import org.communitybudgets.source.PolicySource;

/**
 * How a budget holder contributes to a pool. The Offer names pooling at source, local pooling,
 * "improved local alignment and sharing of resource (eg staff, assets)" (Offer §5), and
 * contributions in kind (Offer §9).
 */
public enum ContributionMode {
  /**
   * Pooled at source: "an up-front agreement, for the SR period, that funding allocated to specific
   * organisations will be applied to tackling families with multiple needs" and governed by one
   * mechanism (Offer §5).
   */
  POOLED_AT_SOURCE("pooled at source", PolicySource.offer("§5")),
  /** Locally pooled: the holder puts money into a common local pot under local governance (Offer §5). */
  LOCALLY_POOLED("locally pooled", PolicySource.offer("§5")),
  /**
   * Aligned: the money stays with its holder but is planned and spent to the pool's shared
   * priorities (Offer §5: "improved local alignment"; §6: "aligning and coordinating budgets").
   */
  ALIGNED("aligned", PolicySource.offer("§5")),
  /**
   * In kind: staff, assets or data rather than money (Offer §9: "contributions in kind from local
   * partners"; menu, DWP, row 1: case workers, secondments, data sharing, co-location). The amount
   * recorded is a notional value.
   */
  IN_KIND("in kind", PolicySource.offer("§9; menu, DWP, row 1"));

  private final String label;
  private final PolicySource source;

  ContributionMode(String label, PolicySource source) {
    this.label = label;
    this.source = source;
  }

  /** The mode in words, e.g. {@code pooled at source}. */
  public String label() {
    return label;
  }

  /** Where the mode is described. */
  public PolicySource source() {
    return source;
  }

  /** True for the modes that move or commit money rather than staff, assets or data. */
  public boolean isMoney() {
    return this != IN_KIND;
  }
}
