package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.slug;

/**
 * A condition that was not met, stated so that a person can act on it.
 *
 * @param code a stable code a host system can key on, e.g. {@code core-youth-justice-services-delivered}
 * @param description the condition in words, e.g. "core youth justice services are being delivered"
 */
public record UnmetCondition(String code, String description) {
  /** Validates both parts. */
  public UnmetCondition {
    code = slug(nonBlank(code, "condition code"), "condition code");
    description = nonBlank(description, "condition description", code);
  }

  @Override
  public String toString() {
    return code + ": " + description;
  }
}
