package org.communitybudgets.pool;

import org.communitybudgets.source.PolicySource;

/**
 * How an agreement divides the savings a Community Budget generates between its parties (Offer
 * §11: agreements "to redistribute savings"; Evidence CB00 §4: "structured investment agreements
 * where costs and benefits are shared more proportionately").
 */
public enum SharingBasis {
  /** In proportion to what each party invested (Evidence CB00 §4). */
  PROPORTIONATE_TO_INVESTMENT("proportionate to investment", PolicySource.evidenceCb00("§4")),
  /** In proportion to the cashable benefit each party receives (Evidence CB00 §4). */
  BY_CASHABLE_BENEFIT("by cashable benefit", PolicySource.evidenceCb00("§4")),
  /** In fixed shares agreed between the parties (Offer §11). */
  FIXED_SHARES("fixed shares", PolicySource.offer("§11"));

  private final String label;
  private final PolicySource source;

  SharingBasis(String label, PolicySource source) {
    this.label = label;
    this.source = source;
  }

  /** The basis in words, e.g. {@code fixed shares}. */
  public String label() {
    return label;
  }

  /** Where the basis is described. */
  public PolicySource source() {
    return source;
  }
}
