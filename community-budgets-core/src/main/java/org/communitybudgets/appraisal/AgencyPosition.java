package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.money.Money;
import org.communitybudgets.pool.Party;

/**
 * One agency's row of the matrix of who invests and who benefits: what it bears and what it
 * receives over the appraisal period, each at present value (after optimism bias, deadweight,
 * attribution and drop-off, discounted, rounded half-even to the penny). Where the costs are
 * incurred and where the benefits land is what partners need to see before they pool (Evidence
 * CB00, Summary and §4).
 *
 * @param agency the agency
 * @param costBorne the present value of its costs, zero or more
 * @param fiscalBenefit the present value of the fiscal benefits (cashable or not) it receives,
 *     zero or more
 * @param cashableBenefit the part of those that is cashable, zero or more and not above {@code
 *     fiscalBenefit}
 * @param economicBenefit the present value of the economic benefits counted against it, zero or
 *     more
 * @param socialBenefit the present value of the social benefits counted against it, zero or more
 */
public record AgencyPosition(
    Party agency,
    Money costBorne,
    Money fiscalBenefit,
    Money cashableBenefit,
    Money economicBenefit,
    Money socialBenefit) {

  /** Validates every component. */
  public AgencyPosition {
    required(agency, "agency");
    String owner = "position of " + agency;
    nonNegative(costBorne, "cost borne", owner);
    nonNegative(fiscalBenefit, "fiscal benefit", owner);
    nonNegative(cashableBenefit, "cashable benefit", owner);
    check(
        !cashableBenefit.isGreaterThan(fiscalBenefit),
        "cashable benefit",
        "at most the fiscal benefit " + fiscalBenefit,
        cashableBenefit,
        owner);
    nonNegative(economicBenefit, "economic benefit", owner);
    nonNegative(socialBenefit, "social benefit", owner);
  }

  private static void nonNegative(Money amount, String field, String owner) {
    required(amount, field, owner);
    check(!amount.isNegative(), field, "zero or more", amount, owner);
  }

  /** The fiscal benefit less the cost borne: negative for an agency that invests more than it saves. */
  public Money net() {
    return fiscalBenefit.minus(costBorne);
  }

  /** True if the agency bears more cost than it receives in fiscal benefit. */
  public boolean isNetInvestor() {
    return net().isNegative();
  }
}
