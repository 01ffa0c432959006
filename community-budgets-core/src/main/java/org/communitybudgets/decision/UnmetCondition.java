package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;

import java.util.regex.Pattern;

/**
 * A condition that was not met, stated so that a person can act on it.
 *
 * @param code a stable code a host system can key on, e.g. {@code core-youth-justice-services-delivered}
 * @param description the condition in words, e.g. "core youth justice services are being delivered"
 */
public record UnmetCondition(String code, String description) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates both parts. */
  public UnmetCondition {
    code = nonBlank(code, "condition code");
    check(CODE.matcher(code).matches(), "condition code", "lower-case words joined by hyphens", "\"" + code + "\"");
    description = nonBlank(description, "condition description", code);
  }

  @Override
  public String toString() {
    return code + ": " + description;
  }
}
