package org.communitybudgets.payment;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.area.AreaId;

/**
 * An authority's share of the national target of families to turn around in a phase (domain
 * reference §4: each authority's share derived from deprivation and child well-being indices).
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
