package org.communitybudgets.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  @Test
  void aSpanOfOneYearIsThatYear() {
    assertEquals("2012-13", FinancialYear.span(FinancialYear.of(2012), FinancialYear.of(2012)));
    assertEquals("2012-13 to 2014-15", FinancialYear.span(FinancialYear.of(2012), FinancialYear.of(2014)));
  }

  @Test
  void runsFromAprilToMarch() {
    FinancialYear y = FinancialYear.of(2012);
    assertEquals(LocalDate.of(2012, 4, 1), y.start());
    assertEquals(LocalDate.of(2013, 3, 31), y.end());
    assertEquals(DateRange.of(y.start(), y.end()), y.dates());
  }

  @Test
  void theLastDayOfMarchAndTheFirstOfAprilFallInDifferentYears() {
    assertEquals(FinancialYear.of(2012), FinancialYear.containing(LocalDate.of(2013, 3, 31)));
    assertEquals(FinancialYear.of(2013), FinancialYear.containing(LocalDate.of(2013, 4, 1)));
    assertTrue(FinancialYear.of(2012).contains(LocalDate.of(2013, 3, 31)));
    assertFalse(FinancialYear.of(2012).contains(LocalDate.of(2013, 4, 1)));
    assertFalse(FinancialYear.of(2012).contains(LocalDate.of(2012, 3, 31)));
  }

  @Test
  void writesAndReadsTheUsualForm() {
    assertEquals("2012-13", FinancialYear.of(2012).toString());
    assertEquals("1999-00", FinancialYear.of(1999).toString());
    assertEquals(FinancialYear.of(1999), FinancialYear.parse("1999-00"));
    assertEquals(FinancialYear.of(2019), FinancialYear.parse(" 2019-20 "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2012/13", "2012-2013", "12-13", "2012", ""})
  void rejectsOtherForms(String text) {
    assertEquals(
        "financial year text must be written like 2012-13, was \"" + text + "\"",
        assertThrows(InvalidValueException.class, () -> FinancialYear.parse(text)).getMessage());
  }

  @Test
  void rejectsNonConsecutiveYears() {
    assertEquals(
        "financial year text must be two consecutive years, like 2012-13, was \"2012-14\"",
        assertThrows(InvalidValueException.class, () -> FinancialYear.parse("2012-14")).getMessage());
  }

  @Test
  void rejectsYearsOutOfRange() {
    assertEquals(
        "financial year start must be within 1900–2998, was 1899",
        assertThrows(InvalidValueException.class, () -> FinancialYear.of(1899)).getMessage());
    assertThrows(InvalidValueException.class, () -> FinancialYear.of(2999));
  }

  @Test
  void stepsAndOrders() {
    FinancialYear y = FinancialYear.of(2012);
    assertEquals(FinancialYear.of(2013), y.next());
    assertEquals(FinancialYear.of(2011), y.previous());
    assertEquals(FinancialYear.of(2015), y.plusYears(3));
    assertTrue(y.isBefore(y.next()));
    assertTrue(y.isAfter(y.previous()));
    assertEquals(
        List.of(FinancialYear.of(2012), FinancialYear.of(2013), FinancialYear.of(2014)),
        y.through(FinancialYear.of(2014)));
    assertEquals(List.of(), y.through(FinancialYear.of(2011)));
  }
}
