package org.communitybudgets.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0           | £0.00",
        "1           | £0.01",
        "123456      | £1,234.56",
        "-50         | -£0.50",
        "400000000   | £4,000,000.00",
        "92000000000000 | £920,000,000,000.00"
      })
  void formatsAsPoundsWithThousandsAndPence(long pence, String text) {
    assertEquals(text, Money.ofPence(pence).toString());
    assertEquals(Money.ofPence(pence), Money.parse(text));
  }

  @Test
  void parsesUngroupedAndWholePounds() {
    assertEquals(Money.ofPounds(1234), Money.parse("£1234"));
    assertEquals(Money.ofPounds(448_000_000), Money.parse("£448,000,000"));
    assertEquals(Money.ofPence(-5), Money.parse(" -£0.05 "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "£1,23", "£12,34.56", "£1.5", "£1.555", "£-1", "$5", "", "£", "£1,234,56"})
  void rejectsMalformedText(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse(text));
    assertEquals(
        "amount text must be written like £1,234.56 or -£1234, was \"" + text + "\"", e.getMessage());
    assertEquals("amount text", e.field());
  }

  @Test
  void rejectsFractionsOfAPenny() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("1.005")));
    assertEquals("amount must be a whole number of pence, was 1.005", e.getMessage());
  }

  @Test
  void rejectsNonNumericPlainAmounts() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("ten"));
    assertEquals("amount must be a decimal number of pounds, was \"ten\"", e.getMessage());
  }

  @Test
  void rejectsAmountsBeyondTheRange() {
    assertEquals(
        "amount must be within ±£92 quadrillion, was 92233720368547759 pounds",
        assertThrows(InvalidValueException.class, () -> Money.ofPounds(92_233_720_368_547_759L))
            .getMessage());
    assertEquals(
        "amount must be within ±£92,233,720,368,547,758.07, was -9223372036854775808 pence",
        assertThrows(InvalidValueException.class, () -> Money.ofPence(Long.MIN_VALUE)).getMessage());
    assertEquals(
        "amount must be within ±£92 quadrillion, was 100000000000000000",
        assertThrows(InvalidValueException.class, () -> Money.of("100000000000000000")).getMessage());
  }

  @Test
  void overflowingArithmeticSaysWhatOverflowed() {
    Money big = Money.ofPence(Long.MAX_VALUE);
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> big.plus(Money.ofPence(1)));
    assertEquals("amount overflows: £92,233,720,368,547,758.07 + £0.01", e.getMessage());
    assertThrows(ArithmeticException.class, () -> big.times(2));
    assertThrows(ArithmeticException.class, () -> big.negate().minus(Money.ofPounds(1)));
  }

  @Test
  void arithmeticIsExact() {
    Money a = Money.of("0.10");
    Money b = Money.of("0.20");
    assertEquals(Money.of("0.30"), a.plus(b));
    assertEquals(Money.of("-0.10"), a.minus(b));
    assertEquals(Money.ofPounds(12_000), Money.ofPounds(4_000).times(3));
    assertEquals(Money.ofPounds(6), Money.sum(List.of(Money.ofPounds(1), Money.ofPounds(2), Money.ofPounds(3))));
    assertEquals(Money.ZERO, Money.sum(List.of()));
  }

  @Test
  void percentagesRoundAsToldAtTheHalfPenny() {
    Money amount = Money.ofPence(5); // 50% is 2.5p
    assertEquals(Money.ofPence(2), amount.percent(Percentage.of(50), RoundingMode.HALF_EVEN));
    assertEquals(Money.ofPence(3), amount.percent(Percentage.of(50), RoundingMode.HALF_UP));
    assertEquals(Money.ofPence(2), amount.percent(Percentage.of(50), RoundingMode.DOWN));
    assertEquals(Money.ofPounds(4_000), Money.ofPounds(10_000).percent(Percentage.of(40), RoundingMode.UNNECESSARY));
    assertThrows(ArithmeticException.class, () -> amount.percent(Percentage.of(50), RoundingMode.UNNECESSARY));
  }

  @Test
  void dividesWithTheStatedRounding() {
    assertEquals(Money.ofPence(3333), Money.ofPounds(100).dividedBy(3, RoundingMode.HALF_EVEN));
    assertEquals(Money.ofPence(3334), Money.ofPounds(100).dividedBy(3, RoundingMode.UP));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Money.ofPounds(1).dividedBy(0, RoundingMode.UP));
    assertEquals("divisor must be positive, was 0", e.getMessage());
  }

  @Test
  void allocatesEveryPennyByLargestRemainder() {
    assertEquals(
        List.of(Money.of("33.34"), Money.of("33.33"), Money.of("33.33")),
        Money.ofPounds(100).allocate(List.of(1L, 1L, 1L)));
    assertEquals(
        List.of(Money.of("-0.34"), Money.of("-0.33"), Money.of("-0.33")),
        Money.ofPence(-100).allocate(List.of(1L, 1L, 1L)));
    assertEquals(
        List.of(Money.ofPounds(40), Money.ZERO, Money.ofPounds(60)),
        Money.ofPounds(100).allocate(List.of(40L, 0L, 60L)));
  }

  @Test
  void allocationRejectsBadWeights() {
    Money m = Money.ofPounds(1);
    assertEquals(
        "weights must be at least one, was []",
        assertThrows(InvalidValueException.class, () -> m.allocate(List.of())).getMessage());
    assertEquals(
        "weight 1 must be zero or more, was -2",
        assertThrows(InvalidValueException.class, () -> m.allocate(List.of(1L, -2L))).getMessage());
    assertEquals(
        "weights must be not all zero, was [0, 0]",
        assertThrows(InvalidValueException.class, () -> m.allocate(List.of(0L, 0L))).getMessage());
  }

  @Test
  void shareOfAWhole() {
    assertEquals(Percentage.of(40), Money.ofPounds(4_000).shareOf(Money.ofPounds(10_000)));
    assertEquals(
        "whole amount must be positive, was £0.00",
        assertThrows(InvalidValueException.class, () -> Money.ofPounds(1).shareOf(Money.ZERO)).getMessage());
  }

  @Test
  void comparesAndReportsSign() {
    assertTrue(Money.ofPence(-1).isNegative());
    assertTrue(Money.ZERO.isZero());
    assertTrue(Money.ofPence(1).isPositive());
    assertTrue(Money.ofPounds(2).isGreaterThan(Money.ofPounds(1)));
    assertTrue(Money.ofPounds(1).isLessThan(Money.ofPounds(2)));
    assertEquals(Money.ofPounds(2), Money.max(Money.ofPounds(1), Money.ofPounds(2)));
    assertEquals(Money.ofPounds(1), Money.min(Money.ofPounds(1), Money.ofPounds(2)));
    assertEquals(new BigDecimal("1234.56"), Money.ofPence(123456).toPounds());
  }

  @Test
  void nullsAreNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Money.ZERO.plus(null));
    assertEquals("amount is required", e.getMessage());
  }
}
