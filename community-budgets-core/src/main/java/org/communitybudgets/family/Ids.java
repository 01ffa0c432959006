package org.communitybudgets.family;

import java.util.Locale;
import java.util.Optional;

/** Wording shared by the types of this package. */
final class Ids {
  private Ids() {}

  /** The constant's name in lower-case words: {@code FIXED_TERM} is {@code fixed term}. */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code " of member m-1"}, or {@code " of the family"} when no member is named. */
  static String whose(Optional<MemberId> member) {
    return member.map(m -> " of member " + m).orElse(" of the family");
  }
}
