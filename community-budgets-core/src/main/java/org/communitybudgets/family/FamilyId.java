package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.identifier;

/**
 * The identifier of a family, as the authority's case-management system knows it: letters,
 * digits, hyphens and underscores, starting with a letter or digit, at most 64 characters, e.g.
 * {@code f-1001}. Case matters.
 *
 * @param value the identifier
 */
public record FamilyId(String value) implements Comparable<FamilyId> {
  /** Validates the form. */
  public FamilyId {
    identifier(value, "family id");
  }

  /** The identifier {@code value}. */
  public static FamilyId of(String value) {
    return new FamilyId(value);
  }

  @Override
  public int compareTo(FamilyId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
