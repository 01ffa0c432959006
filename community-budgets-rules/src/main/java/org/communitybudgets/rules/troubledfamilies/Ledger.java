package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.time.FinancialYear;

/**
 * An authority's account of one phase of the Troubled Families programme on a business date
 * (TF frameworks 2012 and 2015): its families identified, attached and turned around, the claims decided
 * and the money paid by financial year, and the assumed cost of the work with the families
 * attached, split between central government and local budgets.
 *
 * @param authority the authority
 * @param phase the phase
 * @param asOf the business date
 * @param target the authority's target of families for the phase
 * @param familiesIdentified families identified for the phase, cumulatively: each attached family
 *     as the rules identify it on its day of attachment, each other family on the business date
 *     (or the phase's last day, once the phase has ended)
 * @param familiesAttached families attached in the phase by the business date
 * @param familiesTurnedAround families attached in the phase that have achieved a result other
 *     than progress to work (in phase 1 the crime/ASB/education or continuous-employment result, in
 *     phase 2 either result)
 * @param claims the decision on every claim made by the business date, in the order decided (by
 *     date, then id); each is decided with the family's claims paid before it
 * @param paidByYear the amount paid, by financial year of the claim; years with nothing paid are
 *     left out
 * @param interventionCost the assumed cost of the work with the families attached in the phase
 * @param centralShare the part of the intervention cost central government pays: its share of
 *     the cost of the families funded, those with a claim paid (at most five in six of the target
 *     in phase 1)
 * @param localShare the rest, paid from local budgets
 */
public record Ledger(
    AreaId authority,
    ProgrammePhase phase,
    LocalDate asOf,
    int target,
    long familiesIdentified,
    long familiesAttached,
    long familiesTurnedAround,
    List<ClaimDecision> claims,
    SortedMap<FinancialYear, Money> paidByYear,
    Money interventionCost,
    Money centralShare,
    Money localShare) {

  /** Copies the collections and checks that the shares add up to the cost. */
  public Ledger {
    Objects.requireNonNull(authority, "authority is required");
    Objects.requireNonNull(phase, "phase is required");
    Objects.requireNonNull(asOf, "business date is required");
    claims = List.copyOf(claims);
    paidByYear = Collections.unmodifiableSortedMap(new TreeMap<>(paidByYear));
    if (!centralShare.plus(localShare).equals(interventionCost)) {
      throw new IllegalArgumentException(
          "central and local shares must add up to the intervention cost " + interventionCost + ", were "
              + centralShare + " and " + localShare + " for the ledger of " + authority);
    }
  }

  /** The total paid over all years. */
  public Money totalPaid() {
    return Money.sum(paidByYear.values());
  }

  /** The claims found payable. */
  public List<ClaimDecision> claimsPaid() {
    return claims.stream().filter(ClaimDecision::isPayable).toList();
  }

  /** The claims refused. */
  public List<ClaimDecision> claimsRefused() {
    return claims.stream().filter(c -> !c.isPayable()).toList();
  }
}
