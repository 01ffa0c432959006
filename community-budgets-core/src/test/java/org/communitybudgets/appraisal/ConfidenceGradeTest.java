package org.communitybudgets.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class ConfidenceGradeTest {
  @Test
  void acceptsOneToSix() {
    assertEquals(1, ConfidenceGrade.of(1).grade());
    assertEquals(6, ConfidenceGrade.of(6).grade());
    assertEquals("grade 3", ConfidenceGrade.of(3).toString());
    assertTrue(ConfidenceGrade.of(2).compareTo(ConfidenceGrade.of(5)) < 0);
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6), ConfidenceGrade.all().stream().map(ConfidenceGrade::grade).toList());
  }

  @Test
  void rejectsAGradeOutOfRange() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ConfidenceGrade.of(7));
    assertEquals("confidence grade must be within 1–6, was 7", e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> ConfidenceGrade.of(0));
    assertEquals("confidence grade must be within 1–6, was 0", e.getMessage());
  }
}
