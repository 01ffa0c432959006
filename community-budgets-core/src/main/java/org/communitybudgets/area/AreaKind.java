package org.communitybudgets.area;

/** What kind of place an {@link Area} is. */
public enum AreaKind {
  /**
   * One upper-tier authority: a county, unitary, metropolitan or London borough council.
   */
  UPPER_TIER_AUTHORITY,
  /**
   * Several upper-tier authorities acting together, such as Greater Manchester, the four London
   * boroughs of the first phase (Public Finance 2011) or the West London Tri-borough of the
   * Whole-Place pilots (DCLG Whole-Place announcement 2011).
   */
  COMBINED_AREA,
  /**
   * A neighbourhood within an upper-tier authority, such as Castle Vale in Birmingham (Evidence
   * CB00, Summary and note [5]).
   */
  NEIGHBOURHOOD
}
