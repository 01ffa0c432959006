package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.DWP;
import static org.communitybudgets.appraisal.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Money;
import org.junit.jupiter.api.Test;

class UnitValueTest {
  @Test
  void holdsItsParts() {
    // better co-ordinated employment support saves DWP £9,234 a person a year (CBA guidance 2014, chapter 8)
    UnitValue v = UnitValue.of(DWP, BenefitKind.CASHABLE_FISCAL, Money.ofPounds(9_234), grade(2));
    assertEquals(Money.ofPounds(9_234), v.amount());
    assertEquals(BenefitKind.CASHABLE_FISCAL, v.kind());
  }

  @Test
  void rejectsANegativeAmount() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> UnitValue.of(DWP, BenefitKind.SOCIAL, Money.ofPence(-1), grade(1)));
    assertEquals("amount must be zero or more, was -£0.01 for unit value to DWP", e.getMessage());
  }

  @Test
  void requiresEveryPart() {
    assertEquals(
        "agency is required",
        assertThrows(
                NullPointerException.class,
                () -> UnitValue.of(null, BenefitKind.SOCIAL, Money.ZERO, grade(1)))
            .getMessage());
    assertEquals(
        "benefit kind is required for unit value to DWP",
        assertThrows(NullPointerException.class, () -> UnitValue.of(DWP, null, Money.ZERO, grade(1)))
            .getMessage());
    assertEquals(
        "amount is required for unit value to DWP",
        assertThrows(
                NullPointerException.class, () -> UnitValue.of(DWP, BenefitKind.SOCIAL, null, grade(1)))
            .getMessage());
    assertEquals(
        "confidence grade is required for unit value to DWP",
        assertThrows(
                NullPointerException.class,
                () -> UnitValue.of(DWP, BenefitKind.SOCIAL, Money.ZERO, null))
            .getMessage());
  }
}
