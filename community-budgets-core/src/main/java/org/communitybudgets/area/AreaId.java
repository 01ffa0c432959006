package org.communitybudgets.area;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.util.regex.Pattern;

/**
 * The identifier of an area: lower-case words joined by hyphens, e.g. {@code
 * greater-manchester}.
 *
 * @param value the identifier
 */
public record AreaId(String value) implements Comparable<AreaId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Validates the form. */
  public AreaId {
    required(value, "area id");
    check(FORM.matcher(value).matches(), "area id", "lower-case words joined by hyphens", "\"" + value + "\"");
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
