package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.slug;

/**
 * The identifier of a contribution to a pool: lower-case words or digits joined by hyphens, e.g. {@code
 * yot-grant-2012}.
 *
 * @param value the identifier
 */
public record ContributionId(String value) implements Comparable<ContributionId> {
  /** Validates the form. */
  public ContributionId {
    slug(value, "contribution id");
  }

  /** The identifier {@code value}. */
  public static ContributionId of(String value) {
    return new ContributionId(value);
  }

  @Override
  public int compareTo(ContributionId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
