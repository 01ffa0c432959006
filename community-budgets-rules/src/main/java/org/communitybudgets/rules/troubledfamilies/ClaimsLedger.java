package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;

/**
 * An authority's claims for one phase, decided one at a time as they arrive, with the bookkeeping
 * a claim's decision needs kept here: the claims already paid for each family and how many
 * families the phase has funded (TF framework 2012: at most five in six of the target funded;
 * one results payment per family; never more than the maximum per family). Made by {@link
 * org.communitybudgets.rules.CommunityBudgetsEngine#claimsLedger(AuthorityTarget, Optional)}.
 *
 * <pre>
 * ClaimsLedger ledger = engine.claimsLedger(target, Optional.of(plan));
 * for (Claim claim : incoming) {                  // in order of date
 *   ClaimDecision d = ledger.assess(claim, families.get(claim.family()), today);
 * }
 * ledger.familiesFunded();
 * </pre>
 *
 * Claims are decided in the order they are given, which must be their order of date: a claim
 * dated before one already decided is refused with an {@link IllegalArgumentException}, as is a
 * claim id given twice. Deciding an authority's claims in order of date, then id, gives the
 * decisions {@link org.communitybudgets.rules.CommunityBudgetsEngine#ledger} gives. Safe to share between threads: one claim
 * is decided at a time.
 */
public final class ClaimsLedger {
  private final Claims claims;
  private final AuthorityTarget target;
  private final Optional<OutcomesPlan> plan;
  private final Map<FamilyId, List<Claim>> paid = new HashMap<>();
  private final Set<ClaimId> decided = new HashSet<>();
  private final List<ClaimDecision> decisions = new ArrayList<>();
  private Money total = Money.ZERO;
  private Optional<Claim> last = Optional.empty();

  ClaimsLedger(Claims claims, AuthorityTarget target, Optional<OutcomesPlan> plan) {
    this.claims = claims;
    this.target = Objects.requireNonNull(target, "target is required");
    this.plan = Objects.requireNonNull(plan, "outcomes plan is required (or empty)");
    plan.ifPresent(p -> {
      if (!p.authority().equals(target.authority())) {
        throw new IllegalArgumentException(
            "the outcomes plan must be of the target's authority " + target.authority() + ", was " + p.authority());
      }
    });
  }

  /**
   * Decides the claim with the family's claims paid so far and the families funded so far, and
   * records it if it is payable.
   *
   * @param claim the claim, dated on or after every claim decided before it
   * @param family the family claimed for
   * @param asOf the business date of the decision; the claim must be made on or before it
   * @return the decision, as {@link org.communitybudgets.rules.CommunityBudgetsEngine#assessClaim} gives it
   * @throws IllegalArgumentException if the claim is not the target's authority's for its phase,
   *     is not for the family, was decided before or is dated before the last claim decided
   * @throws org.communitybudgets.rules.RuleFailureException if a rule fails while deciding
   */
  public synchronized ClaimDecision assess(Claim claim, Family family, LocalDate asOf) {
    Objects.requireNonNull(claim, "claim is required");
    if (decided.contains(claim.id())) {
      throw new IllegalArgumentException("claim " + claim.id() + " has been decided already in the ledger of " + target.authority());
    }
    last.ifPresent(l -> {
      if (claim.claimedOn().isBefore(l.claimedOn())) {
        throw new IllegalArgumentException("claims must come in order of date: claim " + claim.id() + " of " + claim.claimedOn()
            + " comes after claim " + l.id() + " of " + l.claimedOn());
      }
    });
    List<Claim> before = paid.getOrDefault(claim.family(), List.of());
    ClaimDecision d = claims.decide(claim, family, List.copyOf(before), target, paid.size(), plan, asOf);
    decided.add(claim.id());
    last = Optional.of(claim);
    decisions.add(d);
    if (d.isPayable()) {
      paid.computeIfAbsent(claim.family(), k -> new ArrayList<>()).add(claim);
      total = total.plus(d.payable());
    }
    return d;
  }

  /** The target whose authority and phase the claims are of. */
  public AuthorityTarget target() {
    return target;
  }

  /** How many families have had a claim paid. */
  public synchronized long familiesFunded() {
    return paid.size();
  }

  /** The claims paid for the family, in the order they were decided. */
  public synchronized List<Claim> paid(FamilyId family) {
    return List.copyOf(paid.getOrDefault(Objects.requireNonNull(family, "family is required"), List.of()));
  }

  /** Every decision so far, in the order the claims were given. */
  public synchronized List<ClaimDecision> decisions() {
    return List.copyOf(decisions);
  }

  /** The total paid so far. */
  public synchronized Money totalPaid() {
    return total;
  }
}
