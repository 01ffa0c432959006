package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.Objects;
import org.communitybudgets.decision.ClaimVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;

/**
 * The decision on one payment-by-results claim (TF frameworks 2012 and 2015): whether it is payable, how
 * much, and why.
 *
 * @param claim the claim
 * @param family the family claimed for
 * @param kind what was claimed for
 * @param asOf the business date of the decision
 * @param payable the amount payable; zero when refused, positive when payable
 * @param results the results the family had achieved on the day of the claim, with their reasons
 * @param decision the verdict, with a reason for every condition of the claim met and not met;
 *     reasons are ordered unmet first, then findings to note, then met, by rule name
 */
public record ClaimDecision(
    ClaimId claim,
    FamilyId family,
    ClaimKind kind,
    LocalDate asOf,
    Money payable,
    Results results,
    Decision<ClaimVerdict> decision) {

  /** Checks that the amount agrees with the verdict. */
  public ClaimDecision {
    Objects.requireNonNull(claim, "claim is required");
    Objects.requireNonNull(family, "family is required");
    Objects.requireNonNull(kind, "claim kind is required");
    Objects.requireNonNull(asOf, "business date is required");
    Objects.requireNonNull(payable, "amount payable is required");
    Objects.requireNonNull(results, "results are required");
    Objects.requireNonNull(decision, "decision is required");
    boolean paid = decision.verdict() == ClaimVerdict.PAYABLE;
    if (paid ? !payable.isPositive() : !payable.isZero()) {
      throw new IllegalArgumentException(
          "amount payable must be " + (paid ? "positive when payable" : "zero when refused") + ", was " + payable + " for claim " + claim);
    }
  }

  /** True if the claim is payable. */
  public boolean isPayable() {
    return decision.verdict() == ClaimVerdict.PAYABLE;
  }
}
