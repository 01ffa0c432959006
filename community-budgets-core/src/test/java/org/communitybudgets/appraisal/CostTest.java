package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.DWP;
import static org.communitybudgets.appraisal.Fixtures.Y0;
import static org.communitybudgets.appraisal.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Money;
import org.junit.jupiter.api.Test;

class CostTest {
  @Test
  void holdsItsParts() {
    Cost c = Cost.of(DWP, Y0, Money.ofPounds(5), grade(2));
    assertEquals(new Cost(DWP, Y0, Money.ofPounds(5), grade(2)), c);
    assertEquals(Money.ZERO, Cost.of(DWP, Y0, Money.ZERO, grade(1)).amount());
  }

  @Test
  void rejectsANegativeAmount() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Cost.of(DWP, Y0, Money.ofPounds(-1), grade(1)));
    assertEquals("amount must be zero or more, was -£1.00 for cost of DWP in 2012-13", e.getMessage());
  }

  @Test
  void requiresEveryPart() {
    assertEquals(
        "agency is required",
        assertThrows(NullPointerException.class, () -> Cost.of(null, Y0, Money.ZERO, grade(1))).getMessage());
    assertEquals(
        "year is required for cost of DWP",
        assertThrows(NullPointerException.class, () -> Cost.of(DWP, null, Money.ZERO, grade(1))).getMessage());
    assertEquals(
        "amount is required for cost of DWP in 2012-13",
        assertThrows(NullPointerException.class, () -> Cost.of(DWP, Y0, null, grade(1))).getMessage());
    assertEquals(
        "confidence grade is required for cost of DWP in 2012-13",
        assertThrows(NullPointerException.class, () -> Cost.of(DWP, Y0, Money.ZERO, null)).getMessage());
  }
}
