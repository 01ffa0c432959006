package org.communitybudgets.testing;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.communitybudgets.family.Attachment;
import org.communitybudgets.family.Family;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;

/** Generators of payment-by-results claims and authorities' targets. */
public final class PaymentArbitraries {
  private PaymentArbitraries() {}

  /** The most a generated claim states: £10,000, above any per-family payment. */
  public static final Money MAX_CLAIMED = Money.ofPounds(10_000);

  /** Claim identifiers such as {@code cl-42}. */
  public static Arbitrary<ClaimId> claimIds() {
    return Arbitraries.integers().between(1, 9_999_999).map(i -> ClaimId.of("cl-" + i));
  }

  /** Amounts a claim may state: absent, or from nothing up to {@link #MAX_CLAIMED}. */
  public static Arbitrary<Optional<Money>> amountsClaimed() {
    return MoneyArbitraries.amountsBetween(Money.ZERO, MAX_CLAIMED).optional(0.7);
  }

  /** Claims of any kind for random families and authorities within the programmes' span. */
  public static Arbitrary<Claim> claims() {
    return Combinators.combine(
            claimIds(),
            FamilyArbitraries.familyIds(),
            FamilyArbitraries.authorities(),
            Arbitraries.of(ClaimKind.class),
            TimeArbitraries.programmeDates(),
            amountsClaimed())
        .as(Claim::new);
  }

  /**
   * Claims for the family by its authority: dated on or after its attachment if it is attached
   * (up to two years after), otherwise within the programmes' span.
   */
  public static Arbitrary<Claim> claimsFor(Family family) {
    Arbitrary<LocalDate> when =
        family
            .attachment()
            .map(Attachment::attachedOn)
            .map(d -> TimeArbitraries.datesBetween(d, d.plusYears(2)))
            .orElse(TimeArbitraries.programmeDates());
    return Combinators.combine(claimIds(), Arbitraries.of(ClaimKind.class), when, amountsClaimed())
        .as((id, kind, day, amount) -> new Claim(id, family.id(), family.authority(), kind, day, amount));
  }

  /** Targets of 1 to 10,000 families for an authority and phase. */
  public static Arbitrary<AuthorityTarget> authorityTargets() {
    return Combinators.combine(
            FamilyArbitraries.authorities(),
            Arbitraries.of(ProgrammePhase.class),
            Arbitraries.integers().between(1, 10_000))
        .as(AuthorityTarget::new);
  }
}
