package org.communitybudgets.pool;

import org.communitybudgets.source.PolicySource;

/**
 * What an in-kind contribution gives: the kinds of "sharing of resource (eg staff, assets)"
 * (Offer §5) that the menu lists under Jobcentre Plus (menu, DWP, row 1, related supporting
 * activities).
 */
public enum InKindKind {
  /**
   * Staff: "case workers / outreach support and secondment of staff to support work with families"
   * (menu, DWP, row 1).
   */
  STAFF("staff", PolicySource.offer("menu, DWP, row 1")),
  /**
   * Assets, such as premises: "Co-location of Jobcentre plus or other premises will be supported
   * where estates business cases are proven" (menu, DWP, row 1).
   */
  ASSETS("assets", PolicySource.offer("menu, DWP, row 1")),
  /**
   * Data sharing: "Where it would be legal and proportionate, sharing data – via informed consent"
   * (menu, DWP, row 1).
   */
  DATA_SHARING("data sharing", PolicySource.offer("menu, DWP, row 1"));

  private final String label;
  private final PolicySource source;

  InKindKind(String label, PolicySource source) {
    this.label = label;
    this.source = source;
  }

  /** The kind in words, e.g. {@code data sharing}. */
  public String label() {
    return label;
  }

  /** Where the kind is described. */
  public PolicySource source() {
    return source;
  }
}
