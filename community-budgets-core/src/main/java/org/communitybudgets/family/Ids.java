package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Validation and wording shared by the types of this package. */
final class Ids {
  private Ids() {}

  /** The longest identifier accepted. */
  static final int MAX_LENGTH = 64;

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  /** Checks an identifier's form and length and returns it. */
  static String identifier(String value, String field) {
    required(value, field);
    check(
        value.length() <= MAX_LENGTH,
        field,
        "at most " + MAX_LENGTH + " characters",
        value.length() + " characters");
    check(
        FORM.matcher(value).matches(),
        field,
        "letters, digits, '-' or '_', starting with a letter or digit",
        "\"" + value + "\"");
    return value;
  }

  /** The constant's name in lower-case words: {@code FIXED_TERM} is {@code fixed term}. */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code " of member m-1"}, or {@code " of the family"} when no member is named. */
  static String whose(Optional<MemberId> member) {
    return member.map(m -> " of member " + m).orElse(" of the family");
  }
}
