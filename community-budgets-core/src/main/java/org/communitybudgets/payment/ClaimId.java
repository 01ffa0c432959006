package org.communitybudgets.payment;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.util.regex.Pattern;

/**
 * The identifier of a claim: letters, digits, hyphens and underscores, starting with a letter or
 * digit, at most 64 characters, e.g. {@code cl-2013-0042}. Case matters.
 *
 * @param value the identifier
 */
public record ClaimId(String value) implements Comparable<ClaimId> {
  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  /** Validates the form. */
  public ClaimId {
    required(value, "claim id");
    check(
        value.length() <= MAX_LENGTH,
        "claim id",
        "at most " + MAX_LENGTH + " characters",
        value.length() + " characters");
    check(
        FORM.matcher(value).matches(),
        "claim id",
        "letters, digits, '-' or '_', starting with a letter or digit",
        "\"" + value + "\"");
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
