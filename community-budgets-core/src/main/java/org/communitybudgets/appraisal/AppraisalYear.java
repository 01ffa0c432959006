package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.math.BigDecimal;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;

/**
 * One year of an appraisal, all agencies together. Amounts are after optimism bias (and, for
 * benefits, deadweight, attribution and drop-off); the discounted ones are multiplied by the
 * year's discount factor. Each amount is rounded half-even to the penny on its own, so the years
 * may differ by pennies from the totals of {@link Appraisal}, which are the sums of the agencies'
 * rounded figures.
 *
 * @param year the financial year
 * @param index its appraisal year, 0 for the first
 * @param discountFactor 1/(1+r)^index, above 0 and at most 1
 * @param costs the costs of the year, zero or more
 * @param fiscalBenefits the fiscal benefits of the year, zero or more
 * @param cashableBenefits the cashable part of those, zero or more
 * @param economicBenefits the economic benefits of the year, zero or more
 * @param socialBenefits the social benefits of the year, zero or more
 * @param discountedCosts the costs at present value, zero or more
 * @param discountedFiscalBenefits the fiscal benefits at present value, zero or more
 * @param cumulativeNetFiscal the discounted fiscal benefits less the discounted costs of this and
 *     every earlier year
 */
public record AppraisalYear(
    FinancialYear year,
    int index,
    BigDecimal discountFactor,
    Money costs,
    Money fiscalBenefits,
    Money cashableBenefits,
    Money economicBenefits,
    Money socialBenefits,
    Money discountedCosts,
    Money discountedFiscalBenefits,
    Money cumulativeNetFiscal) {

  /** Validates every component. */
  public AppraisalYear {
    required(year, "year");
    String owner = "appraisal year " + year;
    check(index >= 0, "year index", "zero or more", index, owner);
    required(discountFactor, "discount factor", owner);
    check(
        discountFactor.signum() > 0 && discountFactor.compareTo(BigDecimal.ONE) <= 0,
        "discount factor",
        "above 0 and at most 1",
        discountFactor.toPlainString(),
        owner);
    nonNegative(costs, "costs", owner);
    nonNegative(fiscalBenefits, "fiscal benefits", owner);
    nonNegative(cashableBenefits, "cashable benefits", owner);
    nonNegative(economicBenefits, "economic benefits", owner);
    nonNegative(socialBenefits, "social benefits", owner);
    nonNegative(discountedCosts, "discounted costs", owner);
    nonNegative(discountedFiscalBenefits, "discounted fiscal benefits", owner);
    required(cumulativeNetFiscal, "cumulative net fiscal benefit", owner);
  }

  private static void nonNegative(Money amount, String field, String owner) {
    required(amount, field, owner);
    check(!amount.isNegative(), field, "zero or more", amount, owner);
  }
}
