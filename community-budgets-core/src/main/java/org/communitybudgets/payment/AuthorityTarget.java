package org.communitybudgets.payment;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.area.AreaId;

/**
 * An authority's share of the national target of families to turn around in a phase: "All 152
 * upper tier local authorities in England have signed-up to their share of the target" (Evidence
 * CB00, Summary).
 *
 * @param authority the authority
 * @param phase the programme phase
 * @param families the number of families; positive
 */
public record AuthorityTarget(AreaId authority, ProgrammePhase phase, int families) {
  /** Validates the fields. */
  public AuthorityTarget {
    required(authority, "authority");
    required(phase, "phase", () -> "target of " + authority);
    check(families > 0, "families", "positive", families, "target of " + authority + ", " + phase);
  }
}
