package org.communitybudgets.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class ClaimIdTest {
  @Test
  void readsBack() {
    assertEquals("cl-2013-0042", ClaimId.of("cl-2013-0042").toString());
    assertEquals(64, ClaimId.of("c".repeat(64)).value().length());
    assertTrue(ClaimId.of("a").compareTo(ClaimId.of("b")) < 0);
  }

  @Test
  void rejectsBadForms() {
    assertEquals(
        "claim id must be letters, digits, '-' or '_', starting with a letter or digit, was \"-1\"",
        assertThrows(InvalidValueException.class, () -> ClaimId.of("-1")).getMessage());
    assertEquals(
        "claim id must be at most 64 characters, was 65 characters",
        assertThrows(InvalidValueException.class, () -> ClaimId.of("c".repeat(65))).getMessage());
    assertEquals(
        "claim id is required",
        assertThrows(NullPointerException.class, () -> ClaimId.of(null)).getMessage());
  }
}
