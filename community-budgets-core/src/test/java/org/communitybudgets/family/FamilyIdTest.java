package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class FamilyIdTest {
  @Test
  void acceptsLettersDigitsHyphensAndUnderscores() {
    assertEquals("f-1001", FamilyId.of("f-1001").toString());
    assertEquals("F_2013_x", FamilyId.of("F_2013_x").value());
    assertEquals("7", FamilyId.of("7").value());
  }

  @Test
  void acceptsSixtyFourCharactersAndRejectsSixtyFive() {
    assertEquals(64, FamilyId.of("a".repeat(64)).value().length());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> FamilyId.of("a".repeat(65)));
    assertEquals("family id must be at most 64 characters, was 65 characters", e.getMessage());
  }

  @Test
  void rejectsBadForms() {
    for (String bad : new String[] {"", "-f1", "_f1", "f 1", "f.1", "f/1"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> FamilyId.of(bad));
      assertEquals(
          "family id must be letters, digits, '-' or '_', starting with a letter or digit, was \""
              + bad
              + "\"",
          e.getMessage());
    }
  }

  @Test
  void rejectsNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> FamilyId.of(null));
    assertEquals("family id is required", e.getMessage());
  }

  @Test
  void ordersByValue() {
    assertTrue(FamilyId.of("f-1").compareTo(FamilyId.of("f-2")) < 0);
    assertEquals(FamilyId.of("f-1"), FamilyId.of("f-1"));
  }
}
