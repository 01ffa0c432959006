package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.util.regex.Pattern;

/** The identifier form shared by the pool package's ids. */
final class Slugs {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  /** Throws unless {@code value} is lower-case words or digits joined by hyphens. */
  static void validate(String value, String field) {
    required(value, field);
    check(
        FORM.matcher(value).matches(),
        field,
        "lower-case words or digits joined by hyphens",
        "\"" + value + "\"");
  }
}
