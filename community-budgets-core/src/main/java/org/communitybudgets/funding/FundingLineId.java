package org.communitybudgets.funding;

import static org.communitybudgets.internal.Checks.slug;

/**
 * The identifier of a funding line: lower-case words or digits joined by hyphens, e.g. {@code
 * yot-grant}.
 *
 * @param value the identifier
 */
public record FundingLineId(String value) implements Comparable<FundingLineId> {
  /** Validates the form. */
  public FundingLineId {
    slug(value, "funding line id");
  }

  /** The identifier {@code value}. */
  public static FundingLineId of(String value) {
    return new FundingLineId(value);
  }

  @Override
  public int compareTo(FundingLineId other) {
    return value.compareTo(other.value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
