package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class MemberIdTest {
  @Test
  void readsBack() {
    assertEquals("c-17", MemberId.of("c-17").toString());
  }

  @Test
  void rejectsBadFormNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MemberId.of("c 17"));
    assertEquals(
        "member id must be letters, digits, '-' or '_', starting with a letter or digit, was \"c 17\"",
        e.getMessage());
  }

  @Test
  void rejectsOverlongAndNull() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> MemberId.of("c".repeat(65)));
    assertEquals("member id must be at most 64 characters, was 65 characters", e.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class, () -> MemberId.of(null));
    assertEquals("member id is required", n.getMessage());
  }

  @Test
  void ordersByValue() {
    assertTrue(MemberId.of("a-1").compareTo(MemberId.of("c-1")) < 0);
  }
}
