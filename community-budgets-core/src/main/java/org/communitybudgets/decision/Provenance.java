package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.nonBlank;

/**
 * What a decision was made with, so that an old decision can be traced to its rules.
 *
 * @param ruleSetFingerprint a digest of the rule sources and parameter tables in force
 * @param libraryVersion the version of the library that made the decision
 */
public record Provenance(String ruleSetFingerprint, String libraryVersion) {
  /** Validates both parts. */
  public Provenance {
    ruleSetFingerprint = nonBlank(ruleSetFingerprint, "rule set fingerprint");
    libraryVersion = nonBlank(libraryVersion, "library version");
  }
}
