package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;
import org.communitybudgets.InvalidValueException;

/** Checks the slug form shared by the pool package's ids. */
final class IdChecks {
  private IdChecks() {}

  static <T> void checkId(Function<String, T> of, String field) {
    assertEquals("gm-families-2012", of.apply("gm-families-2012").toString());
    assertEquals(of.apply("a1"), of.apply("a1"));
    for (String bad : List.of("", "GM", "gm--families", "-gm", "gm-", "gm families", "gm_f")) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> of.apply(bad));
      assertEquals(
          field + " must be lower-case words or digits joined by hyphens, was \"" + bad + "\"",
          e.getMessage());
    }
    NullPointerException n = assertThrows(NullPointerException.class, () -> of.apply(null));
    assertEquals(field + " is required", n.getMessage());
  }
}
