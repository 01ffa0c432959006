package org.communitybudgets.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Numbers of absurd size are refused before their digits are expanded, with a short message: each
 * guarded against hanging, not timed.
 */
class NumberBoundsTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(5);

  private static InvalidValueException refused(Executable e) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(InvalidValueException.class, e));
  }

  @Test
  void aPercentageWithAHugeExponentIsRefused() {
    InvalidValueException e = refused(() -> Percentage.of("1e10000000"));
    assertEquals("percentage must be at most 12 digits before the point and 30 after, was 1E+10000000", e.getMessage());
    InvalidValueException big = refused(() -> Percentage.of(new BigDecimal("1e10000000")));
    assertEquals(e.getMessage(), big.getMessage());
    InvalidValueException tiny = refused(() -> Percentage.of(new BigDecimal("1e-10000000")));
    assertTrue(tiny.getMessage().length() < 120, tiny.getMessage());
  }

  @Test
  void aPercentageAtTheLimitsIsAccepted() {
    assertEquals(new BigDecimal("999999999999"), Percentage.of("999999999999").percent());
    assertEquals(new BigDecimal("0." + "0".repeat(29) + "1"), Percentage.of("0." + "0".repeat(29) + "1").percent());
    refused(() -> Percentage.of("9999999999999"));
    refused(() -> Percentage.of("0." + "0".repeat(30) + "1"));
  }

  @Test
  void anAmountWithAHugeExponentIsRefusedWithoutRunningOutOfMemory() {
    InvalidValueException e = refused(() -> Money.of("1e999999999"));
    assertEquals("amount must be within ±£92 quadrillion, was 1E+999999999", e.getMessage());
    refused(() -> Money.of(new BigDecimal("1e999999999")));
    InvalidValueException fraction = refused(() -> Money.of(new BigDecimal("1e-999999999")));
    assertEquals("amount must be a whole number of pence, was 1E-999999999", fraction.getMessage());
  }

  @Test
  void textOfThousandsOfDigitsIsRefusedBeforeItIsParsed() {
    String digits = "1" + "0".repeat(300_000);
    InvalidValueException p = refused(() -> Percentage.of(digits));
    assertTrue(p.getMessage().startsWith("percentage must be a number of at most 64 characters, was \"1000"), p.getMessage());
    assertTrue(p.getMessage().endsWith("(300001 characters)"), p.getMessage());
    refused(() -> Percentage.parse(digits + "%"));
    refused(() -> Money.of(digits));
    refused(() -> Money.parse("£" + digits));
  }

  @Test
  void theLargestAmountIsStillRead() {
    assertEquals(Money.ofPence(Long.MAX_VALUE), Money.of("92233720368547758.07"));
    refused(() -> Money.of("92233720368547758.08"));
  }
}
