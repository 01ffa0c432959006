package org.communitybudgets.funding;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.area.AreaId;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;

/**
 * The amount of one funding line allocated to the holders in one area for one financial year.
 * Amounts come from the departments' allocations to local areas (Offer §7); the library ships
 * none.
 *
 * @param line the funding line
 * @param area the area
 * @param year the financial year
 * @param amount the amount allocated; zero or more
 */
public record Allocation(FundingLineId line, AreaId area, FinancialYear year, Money amount) {
  /** Validates the fields; messages name the allocation. */
  public Allocation {
    required(line, "funding line");
    required(area, "area");
    required(year, "financial year");
    required(amount, "amount");
    check(
        !amount.isNegative(),
        "amount",
        "zero or more",
        amount,
        "allocation of " + line + " to " + area + " in " + year);
  }

  /** The allocation of {@code amount} of {@code line} to {@code area} in {@code year}. */
  public static Allocation of(FundingLineId line, AreaId area, FinancialYear year, Money amount) {
    return new Allocation(line, area, year, amount);
  }

  /**
   * The line, area and year that identify the allocation, e.g. {@code yot-grant, birmingham,
   * 2012-13}.
   */
  public String key() {
    return line + ", " + area + ", " + year;
  }

  /** The key and the amount, e.g. {@code yot-grant, birmingham, 2012-13: £1,000.00}. */
  @Override
  public String toString() {
    return key() + ": " + amount;
  }
}
