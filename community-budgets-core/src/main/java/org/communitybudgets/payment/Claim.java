package org.communitybudgets.payment;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.money.Money;

/**
 * An authority's claim for a payment-by-results payment for one family (TF frameworks 2012 and 2015).
 * Whether the claim is due, and how much, is decided by the rules.
 *
 * @param id the claim's identifier
 * @param family the family claimed for
 * @param authority the authority claiming
 * @param kind what is claimed for
 * @param claimedOn the day of the claim
 * @param amountClaimed the amount the authority claimed, if it stated one; zero or more
 */
public record Claim(
    ClaimId id,
    FamilyId family,
    AreaId authority,
    ClaimKind kind,
    LocalDate claimedOn,
    Optional<Money> amountClaimed) {
  /** Validates the fields. */
  public Claim {
    required(id, "claim id");
    String owner = "claim " + id;
    required(family, "family", owner);
    required(authority, "authority", owner);
    required(kind, "claim kind", owner);
    required(claimedOn, "claim date", owner);
    optional(amountClaimed, "amount claimed");
    String described = owner + " (" + kind.label() + ", family " + family + ")";
    amountClaimed.ifPresent(
        a -> check(!a.isNegative(), "amount claimed", "zero or more", a, described));
  }

  /** A claim that states no amount. */
  public static Claim of(
      ClaimId id, FamilyId family, AreaId authority, ClaimKind kind, LocalDate claimedOn) {
    return new Claim(id, family, authority, kind, claimedOn, Optional.empty());
  }

  /** The phase the claim belongs to. */
  public ProgrammePhase phase() {
    return kind.phase();
  }
}
