package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitybudgets.decision.ClaimVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.sessions.Decisions;
import org.communitybudgets.rules.internal.sessions.EngineParts;
import org.communitybudgets.rules.internal.sessions.Sessions;

/** Troubled Families claims: a payment-by-results claim decided in a session of its own. */
public final class Claims {
  /** More families than there are households in England (about 23 million in 2011): no authority funds more. */
  static final long MAX_FAMILIES_FUNDED = 100_000_000L;

  private final EngineParts parts;
  private final ResultsJudging judging;

  /**
   * Made by the engine from its internal parts; callers reach this through the engine.
   *
   * @hidden
   */
  @SuppressWarnings("exports") // the engine's parts are not exported
  public Claims(EngineParts parts, ResultsJudging judging) {
    this.parts = parts;
    this.judging = judging;
  }


  /** A ledger for the target's claims; see {@link org.communitybudgets.rules.CommunityBudgetsEngine#claimsLedger}. */
  public ClaimsLedger ledger(AuthorityTarget target, Optional<OutcomesPlan> plan) {
    return new ClaimsLedger(this, target, plan);
  }

  /** Decides the claim; see {@link org.communitybudgets.rules.CommunityBudgetsEngine#assessClaim}. */
  public ClaimDecision decide(
      Claim claim,
      Family family,
      List<Claim> earlier,
      AuthorityTarget target,
      long familiesAlreadyFunded,
      Optional<OutcomesPlan> plan,
      LocalDate asOf) {
    Objects.requireNonNull(claim, "claim is required");
    Objects.requireNonNull(family, "family is required");
    Objects.requireNonNull(earlier, "earlier claims are required");
    Objects.requireNonNull(target, "target is required");
    Objects.requireNonNull(plan, "outcomes plan is required (or empty)");
    Objects.requireNonNull(asOf, "business date is required");
    String owner = " for claim " + claim.id();
    if (!claim.family().equals(family.id())) {
      throw new IllegalArgumentException("family must be the family claimed for, " + claim.family() + ", was " + family.id() + owner);
    }
    if (!claim.authority().equals(family.authority())) {
      throw new IllegalArgumentException("authority must be the family's, " + family.authority() + ", was " + claim.authority() + owner);
    }
    if (!target.authority().equals(claim.authority()) || target.phase() != claim.phase()) {
      throw new IllegalArgumentException(
          "target must be " + claim.authority() + "'s for " + claim.phase() + ", was " + target.authority() + "'s for " + target.phase() + owner);
    }
    for (Claim e : earlier) {
      if (!e.family().equals(family.id())) {
        throw new IllegalArgumentException("earlier claims must be for family " + family.id() + ", was " + e.id() + " for family " + e.family() + owner);
      }
    }
    if (familiesAlreadyFunded < 0 || familiesAlreadyFunded > MAX_FAMILIES_FUNDED) {
      throw new IllegalArgumentException("families already funded must be between 0 and " + MAX_FAMILIES_FUNDED
          + ", more than there are households in England, was " + familiesAlreadyFunded + owner);
    }
    if (claim.claimedOn().isAfter(asOf)) {
      throw new IllegalArgumentException("claim date must be on or before the business date " + asOf + ", was " + claim.claimedOn() + owner);
    }
    plan.ifPresent(pl -> {
      if (!pl.authority().equals(family.authority())) {
        throw new IllegalArgumentException(
            "the outcomes plan must be of the family's authority " + family.authority() + ", was " + pl.authority() + " for family " + family.id());
      }
    });
    Results results = judging.decide(List.of(family), plan.map(pl -> Map.of(pl.authority(), pl)).orElse(Map.of()), claim.claimedOn()).get(0);
    ClaimCase cc = new ClaimCase(claim, family, earlier, target, familiesAlreadyFunded, results, parts.parameters());
    Sessions.Run run = parts.sessions().run(List.of(new Policy(parts.parameters(), claim.claimedOn()), cc), cc.toString(), 1);
    Money payable =
        run.facts(ClaimPayable.class).stream().map(ClaimPayable::amount).findFirst().orElse(Money.ZERO);
    List<Reason> reasons = Decisions.deferred(Decisions.bySubject(run.findings()).getOrDefault(family.id().value(), List.of()));
    Decision<ClaimVerdict> decision =
        new Decision<>(
            "claim " + claim.id() + " for family " + family.id(),
            payable.isPositive() ? ClaimVerdict.PAYABLE : ClaimVerdict.REFUSED,
            reasons,
            asOf,
            parts.provenance());
    return new ClaimDecision(claim.id(), family.id(), claim.kind(), asOf, payable, results, decision);
  }
}
