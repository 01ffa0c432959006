package org.communitybudgets.funding;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.util.regex.Pattern;

/**
 * The identifier of a funding line: lower-case words joined by hyphens, e.g. {@code
 * yot-grant}.
 *
 * @param value the identifier
 */
public record FundingLineId(String value) implements Comparable<FundingLineId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates the form. */
  public FundingLineId {
    required(value, "funding line id");
    check(FORM.matcher(value).matches(), "funding line id", "lower-case words joined by hyphens", "\"" + value + "\"");
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
