package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.family.Family;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimKind;

class PaymentProperties {
  @Property
  void generatedClaimsRebuildEqual(@ForAll("claims") Claim c) {
    assertEquals(
        c,
        new Claim(c.id(), c.family(), c.authority(), c.kind(), c.claimedOn(), c.amountClaimed()));
    assertTrue(c.amountClaimed().map(a -> !a.isNegative()).orElse(true));
    assertEquals(c.kind().phase(), c.phase());
  }

  @Property(tries = 200)
  void claimsForAFamilyNameItAndItsAuthorityAndFollowItsAttachment(
      @ForAll("familiesWithClaims") FamilyAndClaim fc) {
    assertEquals(fc.family().id(), fc.claim().family());
    assertEquals(fc.family().authority(), fc.claim().authority());
    fc.family()
        .attachment()
        .ifPresent(a -> assertTrue(!fc.claim().claimedOn().isBefore(a.attachedOn())));
  }

  @Property
  void aNegativeAmountIsRejectedNamingTheClaim(
      @ForAll("claims") Claim c, @ForAll @LongRange(min = 1, max = 1_000_000) long pence) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Claim(
                    c.id(),
                    c.family(),
                    c.authority(),
                    c.kind(),
                    c.claimedOn(),
                    Optional.of(Money.ofPence(-pence))));
    assertEquals("amount claimed", e.field());
    assertTrue(e.owner().orElseThrow().startsWith("claim " + c.id() + " ("), e.getMessage());
    assertTrue(e.owner().orElseThrow().endsWith("family " + c.family() + ")"), e.getMessage());
  }

  @Property
  void onlyTheAttachmentFeesAreNotResults(@ForAll ClaimKind kind) {
    assertEquals(kind != ClaimKind.ATTACHMENT_FEE_PHASE_1 && kind != ClaimKind.ATTACHMENT_FEE_PHASE_2, kind.isResult());
  }

  @Property
  void targetsArePositiveAndRebuildEqual(@ForAll("targets") AuthorityTarget t) {
    assertTrue(t.families() > 0);
    assertEquals(t, new AuthorityTarget(t.authority(), t.phase(), t.families()));
  }

  @Property
  void aTargetOfNoFamiliesIsRejectedNamingIt(
      @ForAll("targets") AuthorityTarget t, @ForAll @IntRange(min = -1000, max = 0) int families) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new AuthorityTarget(t.authority(), t.phase(), families));
    assertEquals(
        "families must be positive, was "
            + families
            + " for target of "
            + t.authority()
            + ", "
            + t.phase(),
        e.getMessage());
  }

  /** A family with one of its claims. */
  record FamilyAndClaim(Family family, Claim claim) {}

  @Provide
  Arbitrary<Claim> claims() {
    return PaymentArbitraries.claims();
  }

  @Provide
  Arbitrary<FamilyAndClaim> familiesWithClaims() {
    return FamilyArbitraries.families()
        .flatMap(f -> PaymentArbitraries.claimsFor(f).map(c -> new FamilyAndClaim(f, c)));
  }

  @Provide
  Arbitrary<AuthorityTarget> targets() {
    return PaymentArbitraries.authorityTargets();
  }
}
