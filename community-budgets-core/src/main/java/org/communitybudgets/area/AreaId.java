package org.communitybudgets.area;

import static org.communitybudgets.internal.Checks.slug;

/**
 * The identifier of an area: lower-case words or digits joined by hyphens, e.g. {@code
 * greater-manchester}.
 *
 * @param value the identifier
 */
public record AreaId(String value) implements Comparable<AreaId> {
  /** Validates the form. */
  public AreaId {
    slug(value, "area id");
  }

  /** The identifier {@code value}. */
  public static AreaId of(String value) {
    return new AreaId(value);
  }

  @Override
  public int compareTo(AreaId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
