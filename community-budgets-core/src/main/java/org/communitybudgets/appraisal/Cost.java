package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.money.Money;
import org.communitybudgets.pool.Party;
import org.communitybudgets.time.FinancialYear;

/**
 * What one agency spends on an intervention in one financial year, over and above business as
 * usual, with the confidence grade of the figure (CBA guidance 2014, chapter 6, costs).
 *
 * @param agency the agency that bears the cost
 * @param year the financial year it is spent in
 * @param amount the amount, zero or more, before any optimism-bias correction
 * @param grade the confidence grade of the figure
 */
public record Cost(Party agency, FinancialYear year, Money amount, ConfidenceGrade grade) {
  /** Validates every component. */
  public Cost {
    required(agency, "agency");
    String owner = "cost of " + agency + " in " + required(year, "year", () -> "cost of " + agency);
    required(amount, "amount", owner);
    check(!amount.isNegative(), "amount", "zero or more", amount, owner);
    required(grade, "confidence grade", owner);
  }

  /** The cost {@code amount} that {@code agency} bears in {@code year}, graded {@code grade}. */
  public static Cost of(Party agency, FinancialYear year, Money amount, ConfidenceGrade grade) {
    return new Cost(agency, year, amount, grade);
  }
}
