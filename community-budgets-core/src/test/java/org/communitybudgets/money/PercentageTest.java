package org.communitybudgets.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

  @Test
  void equalWhateverTheScale() {
    assertEquals(Percentage.of("15.0"), Percentage.of(15));
    assertEquals(Percentage.of("100.00"), Percentage.ONE_HUNDRED);
    assertEquals(Percentage.of("0.000"), Percentage.ZERO);
    assertEquals("100%", Percentage.of("1E+2").toString());
  }

  @Test
  void formatsAndParses() {
    assertEquals("3.5%", Percentage.of("3.5").toString());
    assertEquals(Percentage.of("3.5"), Percentage.parse("3.5%"));
    assertEquals(Percentage.of(-20), Percentage.parse("-20%"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"15", "15 %", "%", "1.%", "abc%", ""})
  void rejectsMalformedText(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Percentage.parse(text));
    assertEquals(
        "percentage text must be a number followed by %, was \"" + text + "\"", e.getMessage());
  }

  @Test
  void rejectsNonNumbers() {
    assertEquals(
        "percentage must be a decimal number, was \"x\"",
        assertThrows(InvalidValueException.class, () -> Percentage.of("x")).getMessage());
  }

  @Test
  void ratiosAreExactWhereTheyTerminate() {
    assertEquals(Percentage.of(15), Percentage.ratio(15, 100));
    assertEquals(Percentage.of("14.9"), Percentage.ratio(149, 1000));
    assertEquals(Percentage.of("33.3333333333"), Percentage.ratio(1, 3));
    assertEquals(
        "whole of a ratio must be positive, was 0",
        assertThrows(InvalidValueException.class, () -> Percentage.ratio(1, 0)).getMessage());
  }

  @Test
  void fractionsAndComplements() {
    assertEquals(0, new BigDecimal("0.4").compareTo(Percentage.of(40).fraction()));
    assertEquals(Percentage.of(40), Percentage.ofFraction(new BigDecimal("0.4")));
    assertEquals(Percentage.of(60), Percentage.of(40).complement());
    assertEquals(Percentage.of(55), Percentage.of(40).plus(Percentage.of(15)));
    assertEquals(Percentage.of(25), Percentage.of(40).minus(Percentage.of(15)));
  }

  @Test
  void rangeAndOrder() {
    assertTrue(Percentage.ZERO.isWithinWhole());
    assertTrue(Percentage.ONE_HUNDRED.isWithinWhole());
    assertFalse(Percentage.of("100.01").isWithinWhole());
    assertFalse(Percentage.of("-0.01").isWithinWhole());
    assertTrue(Percentage.of("-0.01").isNegative());
    assertTrue(Percentage.of(15).isAtLeast(Percentage.of("15.0")));
    assertFalse(Percentage.of("14.9").isAtLeast(Percentage.of(15)));
  }
}
