package org.communitybudgets.area;

/** What kind of place an {@link Area} is. */
public enum AreaKind {
  /**
   * One upper-tier authority: a county, unitary, metropolitan or London borough council (domain
   * reference §2).
   */
  UPPER_TIER_AUTHORITY,
  /**
   * Several upper-tier authorities acting together, such as Greater Manchester or the West London
   * Tri-borough (Offer §1 and Evidence CB00 and the CBA guidance 2014: "Westminster with its Tri-borough partners").
   */
  COMBINED_AREA,
  /**
   * A neighbourhood within an upper-tier authority, such as Castle Vale in Birmingham (Evidence
   * CB00, Summary and note [5]).
   */
  NEIGHBOURHOOD
}
