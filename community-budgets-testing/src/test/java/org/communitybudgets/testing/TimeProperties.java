package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SchoolTerm;
import org.communitybudgets.time.SpendingReviewPeriod;

/** The laws of financial years, date ranges and school terms. */
class TimeProperties {

  @Provide
  Arbitrary<LocalDate> dates() {
    // Two years' margin inside the accepted range, so that neighbouring years and terms exist.
    return TimeArbitraries.datesBetween(LocalDate.of(1902, 1, 1), LocalDate.of(2996, 12, 31));
  }

  @Provide
  Arbitrary<FinancialYear> years() {
    return TimeArbitraries.financialYears().filter(y -> y.startYear() < FinancialYear.MAX_START_YEAR && y.startYear() > FinancialYear.MIN_START_YEAR);
  }

  @Provide
  Arbitrary<DateRange> ranges() {
    return TimeArbitraries.ranges();
  }

  @Provide
  Arbitrary<SchoolTerm> terms() {
    return TimeArbitraries.schoolTerms();
  }

  @Property
  void everyDateIsInExactlyTheFinancialYearThatContainsIt(@ForAll("dates") LocalDate d) {
    FinancialYear y = FinancialYear.containing(d);
    assertTrue(y.contains(d));
    assertFalse(y.next().contains(d));
    assertFalse(y.previous().contains(d));
    assertTrue(!d.isBefore(y.start()) && !d.isAfter(y.end()));
  }

  @Property
  void consecutiveYearsMeetWithoutGapOrOverlap(@ForAll("years") FinancialYear y) {
    assertEquals(y.end().plusDays(1), y.next().start());
    assertEquals(y, y.next().previous());
    assertEquals(y, FinancialYear.containing(y.start()));
    assertEquals(y, FinancialYear.containing(y.end()));
  }

  @Property
  void financialYearWrittenFormReadsBack(@ForAll("years") FinancialYear y) {
    assertEquals(y, FinancialYear.parse(y.toString()));
  }

  @Property
  void throughListsEachYearOnce(@ForAll("years") FinancialYear y, @ForAll @IntRange(max = 10) int n) {
    if (y.startYear() + n > FinancialYear.MAX_START_YEAR) {
      return;
    }
    List<FinancialYear> years = y.through(y.plusYears(n));
    assertEquals(n + 1, years.size());
    assertEquals(y, years.get(0));
    assertEquals(y.plusYears(n), years.get(n));
  }

  @Property
  void spendingReviewContainsExactlyItsYears(@ForAll("years") FinancialYear y) {
    SpendingReviewPeriod sr = SpendingReviewPeriod.SR2010;
    assertEquals(sr.years().contains(y), sr.contains(y));
    assertEquals(sr.contains(y), sr.dates().encloses(y.dates()));
  }

  @Property
  void dateRangeWrittenFormReadsBack(@ForAll("ranges") DateRange r) {
    assertEquals(r, DateRange.parse(r.toString()));
  }

  @Property
  void intersectionIsContainedInBoth(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
    assertEquals(a.overlaps(b), b.overlaps(a));
    assertEquals(a.overlaps(b), a.intersection(b).isPresent());
    a.intersection(b)
        .ifPresent(
            i -> {
              assertTrue(a.encloses(i));
              assertTrue(b.encloses(i));
              assertEquals(i, b.intersection(a).orElseThrow());
            });
  }

  @Property
  void aRangeContainsADayIfAndOnlyIfItEnclosesThatDay(@ForAll("ranges") DateRange r, @ForAll("dates") LocalDate d) {
    assertEquals(r.contains(d), r.encloses(DateRange.day(d)));
  }

  @Property
  void termsStepBothWaysAndReadBack(@ForAll("terms") SchoolTerm t) {
    assertEquals(t, t.next().previous());
    assertTrue(t.isBefore(t.next()));
    assertEquals(t, SchoolTerm.parse(t.toString()));
    assertEquals(t, SchoolTerm.containing(t.nominalDates().start()));
    assertEquals(t.nominalDates().end().orElseThrow().plusDays(1), t.next().nominalDates().start());
  }

  @Property
  void lastCompletedTermsAreConsecutiveAndEndedBeforeTheDate(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 6) int n) {
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(n, d);
    assertEquals(n, terms.size());
    for (int i = 1; i < n; i++) {
      assertEquals(terms.get(i - 1).next(), terms.get(i));
    }
    assertTrue(terms.get(n - 1).nominalDates().end().orElseThrow().isBefore(d));
    assertEquals(SchoolTerm.containing(d), terms.get(n - 1).next());
  }

  @Property
  void aSpendingReviewPeriodIsItsYearsWithoutGaps(@ForAll("periods") SpendingReviewPeriod p) {
    assertEquals(p, new SpendingReviewPeriod(p.name(), p.first(), p.last()));
    List<FinancialYear> years = p.years();
    assertEquals(p.first(), years.get(0));
    assertEquals(p.last(), years.get(years.size() - 1));
    assertEquals(p.dates(), DateRange.of(p.first().start(), p.last().end()));
    years.forEach(y -> assertTrue(p.contains(y)));
    assertFalse(p.contains(p.last().next()));
  }

  @Provide
  Arbitrary<SpendingReviewPeriod> periods() {
    return TimeArbitraries.spendingReviewPeriods();
  }
}
