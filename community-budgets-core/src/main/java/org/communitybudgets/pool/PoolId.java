package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.slug;

/**
 * The identifier of a pool (a Community Budget): lower-case words or digits joined by hyphens, e.g. {@code
 * gm-families}.
 *
 * @param value the identifier
 */
public record PoolId(String value) implements Comparable<PoolId> {
  /** Validates the form. */
  public PoolId {
    slug(value, "pool id");
  }

  /** The identifier {@code value}. */
  public static PoolId of(String value) {
    return new PoolId(value);
  }

  @Override
  public int compareTo(PoolId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
