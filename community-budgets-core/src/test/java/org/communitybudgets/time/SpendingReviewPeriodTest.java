package org.communitybudgets.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class SpendingReviewPeriodTest {

  @Test
  void spendingReview2010CoversFourYears() {
    SpendingReviewPeriod sr = SpendingReviewPeriod.SR2010;
    assertEquals(4, sr.years().size());
    assertTrue(sr.contains(FinancialYear.of(2011)));
    assertTrue(sr.contains(FinancialYear.of(2014)));
    assertFalse(sr.contains(FinancialYear.of(2010)));
    assertFalse(sr.contains(FinancialYear.of(2015)));
    assertTrue(sr.contains(LocalDate.of(2015, 3, 31)));
    assertFalse(sr.contains(LocalDate.of(2015, 4, 1)));
    assertEquals(DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2015, 3, 31)), sr.dates());
    assertEquals("Spending Review 2010 (2011-12 to 2014-15)", sr.toString());
  }

  @Test
  void findsThePeriodCoveringAYear() {
    assertEquals(Optional.of(SpendingReviewPeriod.SR2010), SpendingReviewPeriod.covering(FinancialYear.of(2012)));
    assertEquals(
        Optional.of(SpendingReviewPeriod.SPENDING_ROUND_2013),
        SpendingReviewPeriod.covering(FinancialYear.of(2015)));
    assertEquals(Optional.empty(), SpendingReviewPeriod.covering(FinancialYear.of(2016)));
  }

  @Test
  void rejectsReversedYearsAndBlankNames() {
    assertEquals(
        "last financial year must be not before the first, 2014-15, was 2013-14 for SR",
        assertThrows(
                InvalidValueException.class,
                () -> new SpendingReviewPeriod("SR", FinancialYear.of(2014), FinancialYear.of(2013)))
            .getMessage());
    assertEquals(
        "spending review name must be non-blank, was \" \"",
        assertThrows(
                InvalidValueException.class,
                () -> new SpendingReviewPeriod(" ", FinancialYear.of(2014), FinancialYear.of(2014)))
            .getMessage());
  }
}
