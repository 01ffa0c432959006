package org.communitybudgets.payment;

import static org.communitybudgets.internal.Checks.identifier;

import org.communitybudgets.internal.Checks;

/**
 * The identifier of a claim: letters, digits, hyphens and underscores, starting with a letter or
 * digit, at most 64 characters, e.g. {@code cl-2013-0042}. Case matters.
 *
 * @param value the identifier
 */
public record ClaimId(String value) implements Comparable<ClaimId> {
  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = Checks.MAX_IDENTIFIER_LENGTH;

  /** Validates the form. */
  public ClaimId {
    identifier(value, "claim id");
  }

  /** The identifier {@code value}. */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }

  @Override
  public int compareTo(ClaimId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
