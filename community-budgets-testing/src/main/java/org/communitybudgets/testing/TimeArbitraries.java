package org.communitybudgets.testing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SchoolTerm;
import org.communitybudgets.time.SpendingReviewPeriod;

/** Generators of financial years, dates, date ranges and school terms. */
public final class TimeArbitraries {
  private TimeArbitraries() {}

  /** The first day of the Community Budgets programme's period of interest, 1 April 2010. */
  public static final LocalDate PROGRAMME_START = LocalDate.of(2010, 4, 1);

  /** The last day of Troubled Families phase 2, 31 March 2020. */
  public static final LocalDate PROGRAMME_END = LocalDate.of(2020, 3, 31);

  /** Financial years across the whole accepted range. */
  public static Arbitrary<FinancialYear> financialYears() {
    return Arbitraries.integers()
        .between(FinancialYear.MIN_START_YEAR, FinancialYear.MAX_START_YEAR)
        .map(FinancialYear::of);
  }

  /** Financial years 2010-11 to 2019-20, the programmes' span. */
  public static Arbitrary<FinancialYear> programmeYears() {
    return Arbitraries.integers().between(2010, 2019).map(FinancialYear::of);
  }

  /** Dates between the bounds, both included. */
  public static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last);
    return Arbitraries.longs().between(0, days).map(first::plusDays);
  }

  /** Dates from 1 April 2010 to 31 March 2020, the programmes' span. */
  public static Arbitrary<LocalDate> programmeDates() {
    return datesBetween(PROGRAMME_START, PROGRAMME_END);
  }

  /** Dates from 1900 to 2999. */
  public static Arbitrary<LocalDate> anyDates() {
    return datesBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2998, 12, 31));
  }

  /** Bounded ranges within the programmes' span, up to {@code maxDays} long. */
  public static Arbitrary<DateRange> boundedRanges(int maxDays) {
    return Combinators.combine(programmeDates(), Arbitraries.integers().between(0, maxDays - 1))
        .as((start, days) -> DateRange.of(start, start.plusDays(days)));
  }

  /** Ranges within the programmes' span, some open-ended. */
  public static Arbitrary<DateRange> ranges() {
    return Arbitraries.oneOf(
        boundedRanges(3 * 365), programmeDates().map(DateRange::from));
  }

  /** Spending Review periods: the known ones and generated ones of one to five years. */
  public static Arbitrary<SpendingReviewPeriod> spendingReviewPeriods() {
    Arbitrary<SpendingReviewPeriod> generated =
        Combinators.combine(programmeYears(), Arbitraries.integers().between(0, 4))
            .as((first, extra) -> new SpendingReviewPeriod("Spending Review " + (first.startYear() - 1), first, first.plusYears(extra)));
    return Arbitraries.oneOf(Arbitraries.of(SpendingReviewPeriod.known()), generated);
  }

  /** School terms from 2009 to 2020. */
  public static Arbitrary<SchoolTerm> schoolTerms() {
    return Combinators.combine(
            Arbitraries.integers().between(2009, 2020),
            Arbitraries.of(SchoolTerm.Season.class))
        .as(SchoolTerm::of);
  }
}
