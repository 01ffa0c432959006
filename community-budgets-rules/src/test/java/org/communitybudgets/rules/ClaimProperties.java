package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.WorkProgressKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.time.DateRange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of payment by results: whatever is claimed, and in whatever order, no family is paid more than the maximum. */
class ClaimProperties {
  private static final AreaId AUTHORITY = AreaId.of("birmingham");
  private static final FamilyId FAMILY = FamilyId.of("f-1");
  private static final MemberId PARENT = MemberId.of("a-1");
  private static final LocalDate FIRST = LocalDate.of(2012, 4, 1);
  private static final LocalDate LAST = LocalDate.of(2015, 6, 30);
  private static CommunityBudgetsEngine engine;

  @BeforeContainer
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  /** A family that can earn every phase-1 result: attached on the day, a step towards work then, and work a month later after JSA. */
  private static Family family(LocalDate attached) {
    return Family.builder(FAMILY, AUTHORITY)
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .attachedOn(attached)
        .indicator(new WorkProgress(PARENT, WorkProgressKind.ATTACHED_TO_ESF_PROVISION, attached))
        .indicator(new BenefitClaim(PARENT, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.of(LocalDate.of(2011, 1, 1), attached.plusDays(29))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(attached.plusDays(30))))
        .build();
  }

  @Provide
  Arbitrary<List<Claim>> claims() {
    Arbitrary<Claim> one = Combinators.combine(
            Arbitraries.of(ClaimKind.class),
            Arbitraries.integers().between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay())),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(6))
        .as((kind, day, id) -> Claim.of(ClaimId.of("cl-" + id), FAMILY, AUTHORITY, kind, FIRST.plusDays(day)));
    return one.list().ofMinSize(1).ofMaxSize(8)
        .map(list -> list.stream().sorted(Comparator.comparing(Claim::claimedOn)).toList());
  }

  @Property(tries = 60)
  void noFamilyIsEverPaidMoreThanTheMaximum(
      @ForAll("claims") List<Claim> claims, @ForAll @IntRange(min = 0, max = 900) int attachedAfter) {
    LocalDate attached = FIRST.plusDays(attachedAfter);
    Family family = family(attached);
    List<Claim> paid = new ArrayList<>();
    Money total = Money.ZERO;
    for (Claim c : claims) {
      AuthorityTarget target = new AuthorityTarget(AUTHORITY, c.phase(), 100);
      ClaimDecision d = engine.assessClaim(c, family, paid, target, 0, c.claimedOn());
      if (d.isPayable()) {
        assertTrue(d.payable().isPositive());
        paid.add(c);
        total = total.plus(d.payable());
      } else {
        assertEquals(Money.ZERO, d.payable());
        assertFalse(d.decision().unmetConditions().isEmpty());
      }
    }
    assertFalse(total.isGreaterThan(Money.ofPounds(4000)), "paid " + total + " for " + paid);
    assertTrue(paid.stream().filter(c -> c.phase() == ProgrammePhase.PHASE_2).findAny().isEmpty(),
        "a family attached in phase 1 is never paid a phase-2 claim");
  }

  @Property(tries = 80)
  void aPlainJavaReferenceOfThePaymentArithmeticAgreesWithTheRules(
      @ForAll("claims") List<Claim> claims,
      @ForAll @IntRange(min = 0, max = 1100) int attachedAfter,
      @ForAll @IntRange(min = 1, max = 12) int target,
      @ForAll @IntRange(min = 0, max = 12) int funded) {
    Family family = family(FIRST.plusDays(attachedAfter));
    List<Claim> paid = new ArrayList<>();
    for (Claim c : claims) {
      AuthorityTarget t = new AuthorityTarget(AUTHORITY, c.kind().phase(), target);
      ClaimDecision d = engine.assessClaim(c, family, paid, t, funded, c.claimedOn());
      Money expected =
          PaymentReference.payable(c, family, paid, t, funded, engine.results(family, c.claimedOn()).achieved(),
              new Policy(engine.parameterTable(), c.claimedOn()));
      assertEquals(expected, d.payable(), () -> "claim " + c + " after " + paid + " on a family attached " + family.attachment());
      if (d.isPayable()) {
        paid.add(c);
      }
    }
  }
}
