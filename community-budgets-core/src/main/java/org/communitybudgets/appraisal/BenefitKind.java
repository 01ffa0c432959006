package org.communitybudgets.appraisal;

/**
 * The kind of a benefit, as the 2014 cost benefit analysis guidance for local partnerships sorts
 * them (CBA guidance 2014, chapter 7): fiscal benefits are savings to public bodies, cashable (a budget can
 * be reduced) or not (capacity freed, demand avoided); economic benefits are earnings and output;
 * social benefits are health and well-being.
 */
public enum BenefitKind {
  /** A saving to a public body that can be taken out of its budget. */
  CASHABLE_FISCAL("cashable fiscal", true, true),
  /** A saving to a public body that frees capacity but cannot be taken out of its budget. */
  NON_CASHABLE_FISCAL("non-cashable fiscal", true, false),
  /** A gain to the economy: earnings, output. */
  ECONOMIC("economic", false, false),
  /** A gain to people's health and well-being. */
  SOCIAL("social", false, false);

  private final String label;
  private final boolean fiscal;
  private final boolean cashable;

  BenefitKind(String label, boolean fiscal, boolean cashable) {
    this.label = label;
    this.fiscal = fiscal;
    this.cashable = cashable;
  }

  /** The kind in words, e.g. {@code cashable fiscal}. */
  public String label() {
    return label;
  }

  /** True for savings to public bodies, cashable or not. */
  public boolean isFiscal() {
    return fiscal;
  }

  /** True for savings that can be taken out of a budget. */
  public boolean isCashable() {
    return cashable;
  }
}
