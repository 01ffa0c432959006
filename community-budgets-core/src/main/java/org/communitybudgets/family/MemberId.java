package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.identifier;

/**
 * The identifier of a member of a family, unique within the family: letters,
 * digits, hyphens and underscores, starting with a letter or digit, at most 64 characters, e.g.
 * {@code c-17}. Case matters.
 *
 * @param value the identifier
 */
public record MemberId(String value) implements Comparable<MemberId> {
  /** Validates the form. */
  public MemberId {
    identifier(value, "member id");
  }

  /** The identifier {@code value}. */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
