package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class ConcernTypeTest {
  @Test
  void wellKnownTypesAreTheSevenCouncilFiltersCommonlyList() {
    assertEquals(7, ConcernType.wellKnown().size());
    assertEquals("CHILD_IN_NEED", ConcernType.CHILD_IN_NEED.toString());
    assertEquals("repeat referrals", ConcernType.REPEAT_REFERRALS.description());
  }

  @Test
  void authoritiesMayDefineTheirOwn() {
    ConcernType gang = new ConcernType("GANG_ASSOCIATION_2", " gang association ");
    assertEquals("gang association", gang.description());
  }

  @Test
  void codeMustBeUpperCaseWordsJoinedByUnderscores() {
    for (String bad : new String[] {"", "child_in_need", "CHILD IN NEED", "_CHILD", "CHILD__NEED"}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> new ConcernType(bad, "x"));
      assertEquals(
          "concern code must be upper-case words joined by underscores, was \"" + bad + "\"",
          e.getMessage());
    }
  }

  @Test
  void descriptionMustBeNonBlank() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> new ConcernType("GANGS", ""));
    assertEquals("description must be non-blank, was \"\" for concern GANGS", e.getMessage());
    assertEquals(
        "concern code is required",
        assertThrows(NullPointerException.class, () -> new ConcernType(null, "x")).getMessage());
  }
}
