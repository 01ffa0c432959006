package org.communitybudgets.server;

import java.time.LocalDate;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.springframework.stereotype.Component;

/**
 * Finds the rule set a request names, for the caller: refused if it is not granted to the caller
 * (whether or not it exists, so that one council cannot learn another's names), unknown if no rule
 * set has the name, and refused if the request is pinned ({@code If-Match}) to a fingerprint the
 * rule set no longer has.
 */
@Component
class RuleSetAccess {
  private final RuleSets ruleSets;
  private final Decisions decisions;

  RuleSetAccess(RuleSets ruleSets, Decisions decisions) {
    this.ruleSets = ruleSets;
    this.decisions = decisions;
  }

  /** The rule set of that name, if the caller may use it. */
  RuleSet ruleSet(String name, Caller caller) {
    if (!caller.mayUse(name)) {
      throw new ProblemException(Problem.Kind.FORBIDDEN, "the credentials given do not grant rule set '" + name + "'");
    }
    return ruleSets.get(name).orElseThrow(() -> new ProblemException(new Problem(Problem.Kind.UNKNOWN_RULE_SET,
        "no rule set '" + name + "' is served; GET /v1/rule-sets lists those that are").with("ruleSet", name)));
  }

  /** A decision's context: the caller, the rule set as pinned, the business date within the tables. */
  Decisions.Context context(String name, String pinned, LocalDate asOf) {
    RuleSet set = pinned(ruleSet(name, Caller.current()), pinned);
    if (asOf.isBefore(CommunityBudgetsEngine.EARLIEST_BUSINESS_DATE) || asOf.isAfter(CommunityBudgetsEngine.LATEST_BUSINESS_DATE)) {
      throw new ProblemException(Problem.Kind.INVALID_PARAMETER, "the business date asOf must be from " + CommunityBudgetsEngine.EARLIEST_BUSINESS_DATE
          + " to " + CommunityBudgetsEngine.LATEST_BUSINESS_DATE + ", the days the parameter tables cover; was " + asOf);
    }
    return decisions.context(Caller.current(), set, asOf);
  }

  /**
   * The rule set, if the request is not pinned or is pinned to its fingerprint; a request pinned
   * to another is refused with the fingerprint in force, so that the caller can tell the rule set
   * changed and decide whether to follow it.
   */
  static RuleSet pinned(RuleSet set, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return set;
    }
    for (String tag : ifMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
        t = t.substring(1, t.length() - 1);
      }
      if (t.equals(set.fingerprint())) {
        return set;
      }
    }
    throw new ProblemException(new Problem(Problem.Kind.FINGERPRINT_MISMATCH, "the request is pinned (If-Match) to " + ifMatch.strip()
        + ", but rule set '" + set.name() + "' now has fingerprint " + set.fingerprint() + "; nothing was decided")
        .with("ruleSet", set.name()).with("fingerprint", set.fingerprint()));
  }
}
