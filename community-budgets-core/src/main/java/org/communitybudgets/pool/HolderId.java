package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.slug;

/**
 * The identifier of a budget holder within a pool: lower-case words or digits joined by hyphens, e.g. {@code
 * gm-jobcentre-plus}.
 *
 * @param value the identifier
 */
public record HolderId(String value) implements Comparable<HolderId> {
  /** Validates the form. */
  public HolderId {
    slug(value, "holder id");
  }

  /** The identifier {@code value}. */
  public static HolderId of(String value) {
    return new HolderId(value);
  }

  @Override
  public int compareTo(HolderId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
