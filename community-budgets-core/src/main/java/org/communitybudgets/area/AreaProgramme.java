package org.communitybudgets.area;

import java.time.YearMonth;
import org.communitybudgets.source.PolicySource;

/** A Community Budgets programme that areas took part in. */
public enum AreaProgramme {
  /**
   * The first 16 Community Budget areas, announced in the October 2010 Spending Review and
   * running from April 2011, focused on families with multiple problems (Offer §1; the areas as
   * Public Finance 2011 lists them).
   */
  FIRST_PHASE_COMMUNITY_BUDGETS(
      "first-phase Community Budgets", YearMonth.of(2011, 4), PolicySource.offer("§1"), false),
  /**
   * The four Whole-Place Community Budget pilots announced in December 2011 (Evidence CB00,
   * Summary and note [2]).
   */
  WHOLE_PLACE_PILOT(
      "Whole-Place Community Budget pilot",
      YearMonth.of(2011, 12),
      PolicySource.evidenceCb00("Summary; note [2]"),
      false),
  /**
   * The Neighbourhood-level Community Budget pilots announced in December 2011: 10 areas
   * covering 12 neighbourhoods (Evidence CB00, Summary and note [5]).
   */
  NEIGHBOURHOOD_PILOT(
      "Neighbourhood Community Budget pilot",
      YearMonth.of(2011, 12),
      PolicySource.evidenceCb00("Summary; note [5]"),
      true);

  private final String label;
  private final YearMonth start;
  private final PolicySource source;
  private final boolean forNeighbourhoods;

  AreaProgramme(String label, YearMonth start, PolicySource source, boolean forNeighbourhoods) {
    this.label = label;
    this.start = start;
    this.source = source;
    this.forNeighbourhoods = forNeighbourhoods;
  }

  /** The programme in words. */
  public String label() {
    return label;
  }

  /** The month the programme began or was announced. */
  public YearMonth start() {
    return start;
  }

  /** Where the programme and its areas are set out. */
  public PolicySource source() {
    return source;
  }

  /**
   * True if an area of that kind can take part: neighbourhoods in the neighbourhood pilots,
   * authorities and combined areas in the others.
   */
  public boolean admits(AreaKind kind) {
    return (kind == AreaKind.NEIGHBOURHOOD) == forNeighbourhoods;
  }
}
