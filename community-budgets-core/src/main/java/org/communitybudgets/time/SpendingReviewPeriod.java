package org.communitybudgets.time;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The financial years a Spending Review settled, such as the 2010 Spending Review's 2011-12 to
 * 2014-15. Pooling at source is agreed "for the SR period" (Offer §5).
 *
 * @param name the review's name, e.g. {@code "Spending Review 2010"}
 * @param first its first financial year
 * @param last its last financial year, not before {@code first}
 */
public record SpendingReviewPeriod(String name, FinancialYear first, FinancialYear last) {
  /**
   * The 2010 Spending Review: financial years 2011-12 to 2014-15 (Offer §1,
   * §5).
   */
  public static final SpendingReviewPeriod SR2010 =
      new SpendingReviewPeriod("Spending Review 2010", FinancialYear.of(2011), FinancialYear.of(2014));

  /**
   * The 2013 Spending Round, which settled 2015-16 alone (Evidence CB00, Summary: "the Spending
   * Round 2015-16").
   */
  public static final SpendingReviewPeriod SPENDING_ROUND_2013 =
      new SpendingReviewPeriod("Spending Round 2013", FinancialYear.of(2015), FinancialYear.of(2015));

  /** Validates the name and the order of the years. */
  public SpendingReviewPeriod {
    name = nonBlank(name, "spending review name");
    required(first, "first financial year");
    required(last, "last financial year");
    check(!last.isBefore(first), "last financial year", "not before the first, " + first, last, name);
  }

  /** The periods this library knows, earliest first. */
  public static List<SpendingReviewPeriod> known() {
    return List.of(SR2010, SPENDING_ROUND_2013);
  }

  /** The known period that settled the financial year, if any. */
  public static Optional<SpendingReviewPeriod> covering(FinancialYear year) {
    return known().stream().filter(p -> p.contains(year)).findFirst();
  }

  /** Every financial year of the period, in order. */
  public List<FinancialYear> years() {
    return first.through(last);
  }

  /** True if the financial year is one of the period's. */
  public boolean contains(FinancialYear year) {
    required(year, "financial year");
    return !year.isBefore(first) && !year.isAfter(last);
  }

  /** True if the date falls within one of the period's financial years. */
  public boolean contains(LocalDate date) {
    return contains(FinancialYear.containing(date));
  }

  /** From 1 April of the first year to 31 March after the last. */
  public DateRange dates() {
    return DateRange.of(first.start(), last.end());
  }

  /** The name and the years, e.g. {@code Spending Review 2010 (2011-12 to 2014-15)}. */
  @Override
  public String toString() {
    return name + " (" + FinancialYear.span(first, last) + ")";
  }
}
