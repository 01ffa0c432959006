package org.communitybudgets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communitybudgets.InvalidValueException;

/** The slug check accepts exactly the texts of its documented pattern. */
class ChecksProperties {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab9-Z_ -").ofMinLength(0).ofMaxLength(8);
  }

  @Property(tries = 2000)
  void aSlugIsWhatThePatternSays(@ForAll("texts") String text) {
    boolean accepted;
    try {
      Checks.slug(text, "code");
      accepted = true;
    } catch (InvalidValueException e) {
      accepted = false;
    }
    assertEquals(SLUG.matcher(text).matches(), accepted, text);
  }
}
