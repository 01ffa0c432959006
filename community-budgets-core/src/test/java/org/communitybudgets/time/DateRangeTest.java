package org.communitybudgets.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  @Test
  void theMonthsEndingOnADayStartTheDayAfterThatDayMonthsBefore() {
    assertEquals(DateRange.of(LocalDate.of(2012, 5, 11), LocalDate.of(2013, 5, 10)),
        DateRange.monthsEndingOn(LocalDate.of(2013, 5, 10), 12));
    assertEquals(DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 3, 31)),
        DateRange.monthsEndingOn(LocalDate.of(2013, 3, 31), 1));
    assertEquals(DateRange.of(LocalDate.of(2012, 2, 29), LocalDate.of(2012, 3, 28)),
        DateRange.monthsEndingOn(LocalDate.of(2012, 3, 28), 1));
    assertEquals("number of months must be positive, was 0",
        assertThrows(InvalidValueException.class, () -> DateRange.monthsEndingOn(LocalDate.of(2013, 5, 10), 0)).getMessage());
  }

  private static final LocalDate APR_1 = LocalDate.of(2012, 4, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2013, 3, 31);

  @Test
  void includesBothEnds() {
    DateRange r = DateRange.of(APR_1, MAR_31);
    assertTrue(r.contains(APR_1));
    assertTrue(r.contains(MAR_31));
    assertFalse(r.contains(APR_1.minusDays(1)));
    assertFalse(r.contains(MAR_31.plusDays(1)));
    assertEquals(365, r.lengthInDays());
    assertEquals(1, DateRange.day(APR_1).lengthInDays());
  }

  @Test
  void openEndedRangesGoOnForever() {
    DateRange r = DateRange.from(APR_1);
    assertTrue(r.isOpenEnded());
    assertTrue(r.contains(LocalDate.of(2999, 1, 1)));
    assertEquals(
        "open-ended range 2012-04-01.. has no length",
        assertThrows(IllegalStateException.class, r::lengthInDays).getMessage());
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertEquals(
        "end date must be on or after the start date 2013-03-31, was 2012-04-01",
        assertThrows(InvalidValueException.class, () -> DateRange.of(MAR_31, APR_1)).getMessage());
  }

  @Test
  void writesAndReads() {
    assertEquals("2012-04-01..2013-03-31", DateRange.of(APR_1, MAR_31).toString());
    assertEquals("2012-04-01..", DateRange.from(APR_1).toString());
    assertEquals(DateRange.of(APR_1, MAR_31), DateRange.parse("2012-04-01..2013-03-31"));
    assertEquals(DateRange.from(APR_1), DateRange.parse("2012-04-01.."));
    assertEquals(
        "date range text must be written like 2012-04-01..2013-03-31, was \"2012-04-01\"",
        assertThrows(InvalidValueException.class, () -> DateRange.parse("2012-04-01")).getMessage());
    assertEquals(
        "date range text must be written like 2012-04-01..2013-03-31, was \"2012-13-01..\"",
        assertThrows(InvalidValueException.class, () -> DateRange.parse("2012-13-01..")).getMessage());
  }

  @Test
  void overlapsEnclosesAndIntersects() {
    DateRange year = DateRange.of(APR_1, MAR_31);
    DateRange autumn = DateRange.of(LocalDate.of(2012, 9, 1), LocalDate.of(2012, 12, 31));
    DateRange later = DateRange.from(LocalDate.of(2013, 3, 31));
    assertTrue(year.encloses(autumn));
    assertFalse(autumn.encloses(year));
    assertFalse(year.encloses(later));
    assertTrue(DateRange.from(APR_1).encloses(later));
    assertTrue(year.overlaps(later));
    assertEquals(Optional.of(DateRange.day(MAR_31)), year.intersection(later));
    assertEquals(Optional.empty(), autumn.intersection(later));
    assertEquals(Optional.of(later), later.intersection(DateRange.from(APR_1)));
    assertEquals(
        Optional.of(DateRange.of(APR_1, LocalDate.of(2012, 6, 30))),
        year.upTo(LocalDate.of(2012, 6, 30)));
    assertEquals(Optional.empty(), year.upTo(LocalDate.of(2012, 3, 31)));
  }
}
