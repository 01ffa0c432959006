package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An authority's phase-1 ledger on 10 May 2013 (TF framework 2012). */
class TroubledFamiliesLedgerTest {
  private static final AreaId AUTHORITY = AreaId.of("birmingham");
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final MemberId PARENT = MemberId.of("a-1");
  private static final MemberId CHILD = MemberId.of("c-1");
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  /**
   * A family identified by all three national criteria on any day from its attachment to 10 May
   * 2013, the child permanently excluded in the summer term of 2012.
   */
  private static Family.Builder family(String id) {
    return family(id, SchoolTerm.of(2012, SchoolTerm.Season.SUMMER), LocalDate.of(2012, 5, 3));
  }

  /** The family with the child permanently excluded in the term given. */
  private static Family.Builder family(String id, SchoolTerm excluded, LocalDate on) {
    return Family.builder(FamilyId.of(id), AUTHORITY)
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(2000, 1, 1)))
        .indicator(new ProvenOffence(CHILD, LocalDate.of(2012, 6, 5), "theft"))
        .indicator(new BenefitClaim(PARENT, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2011, 1, 1))))
        .indicator(new Exclusion(CHILD, ExclusionKind.PERMANENT, excluded, on));
  }

  /**
   * A family identified on its attachment on 1 September 2012 by the child's permanent exclusion
   * in the autumn term of 2011, and in school since with attendance recorded for every term from
   * spring 2012: it achieves the crime/ASB/education result six months after attachment.
   */
  private static Family.Builder turnedAround(String id) {
    Family.Builder b = family(id, SchoolTerm.of(2011, SchoolTerm.Season.AUTUMN), LocalDate.of(2011, 11, 3)).attachedOn(LocalDate.of(2012, 9, 1));
    for (SchoolTerm t : List.of(SchoolTerm.of(2012, SchoolTerm.Season.SPRING), SchoolTerm.of(2012, SchoolTerm.Season.SUMMER), SchoolTerm.of(2012, SchoolTerm.Season.AUTUMN), SchoolTerm.of(2013, SchoolTerm.Season.SPRING))) {
      b.indicator(new TermAttendance(CHILD, t, 100, 0, 0));
    }
    return b;
  }

  private static Claim claim(String id, String family, ClaimKind kind, LocalDate on) {
    return Claim.of(ClaimId.of(id), FamilyId.of(family), AUTHORITY, kind, on);
  }

  /**
   * The claims for f-1 (turned around), f-2 (attached later) and f-3 (not attached), in order of
   * date; the last is after the business date.
   */
  private static List<Claim> claimsOfThreeFamilies() {
    return List.of(
        claim("cl-1", "f-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 1)),
        claim("cl-2", "f-1", ClaimKind.CRIME_ASB_EDUCATION_RESULT, LocalDate.of(2013, 3, 5)),
        claim("cl-3", "f-2", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2013, 4, 15)),
        claim("cl-4", "f-2", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2013, 4, 16)),
        claim("cl-5", "f-3", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2013, 5, 1)),
        claim("cl-6", "f-1", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2013, 6, 1)));
  }

  @Test
  void theLedgerCountsFamiliesClaimsMoneyByYearAndTheSharesOfTheCost() {
    Family turned = turnedAround("f-1").build();
    Family attachedLater = family("f-2").attachedOn(LocalDate.of(2013, 4, 15)).build();
    Family notAttached = family("f-3").build();
    List<Claim> claims = claimsOfThreeFamilies();
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 12);
    Ledger l = engine.ledger(target, List.of(turned, attachedLater, notAttached), claims, List.of(), AS_OF);
    assertEquals(3, l.familiesIdentified());
    assertEquals(2, l.familiesAttached());
    assertEquals(1, l.familiesTurnedAround());
    assertEquals(5, l.claims().size(), "the claim after the business date is left out");
    assertEquals(List.of("cl-1", "cl-2", "cl-3"), l.claimsPaid().stream().map(c -> c.claim().value()).toList());
    assertEquals(List.of("cl-4", "cl-5"), l.claimsRefused().stream().map(c -> c.claim().value()).toList());
    assertEquals(Map.of(FinancialYear.of(2012), Money.ofPounds(3900), FinancialYear.of(2013), Money.ofPounds(2400)), l.paidByYear());
    assertEquals(Money.ofPounds(6300), l.totalPaid());
    assertEquals(Money.ofPounds(20000), l.interventionCost());
    assertEquals(Money.ofPounds(8000), l.centralShare());
    assertEquals(Money.ofPounds(12000), l.localShare());
  }

  @Test
  void theLedgerCountsFamiliesFundedAgainstFiveInSixOfTheTarget() {
    Family a = family("f-1").attachedOn(LocalDate.of(2012, 9, 1)).build();
    Family b = family("f-2").attachedOn(LocalDate.of(2012, 9, 2)).build();
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 2);
    Ledger l = engine.ledger(target, List.of(a, b),
        List.of(claim("cl-1", "f-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 1)),
            claim("cl-2", "f-2", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 2))),
        List.of(), AS_OF);
    assertEquals(List.of("cl-1"), l.claimsPaid().stream().map(c -> c.claim().value()).toList(), "one of two is within five in six");
    assertEquals(List.of(new org.communitybudgets.decision.UnmetCondition("funded-share",
            "at most 5 in 6 of the authority's target of families are funded")),
        l.claimsRefused().get(0).decision().unmetConditions());
  }

  @Test
  void aClaimForAFamilyNotGivenIsRejected() {
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 12);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.ledger(target, List.of(),
        List.of(claim("cl-1", "f-9", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 1))), List.of(), AS_OF));
    assertEquals("claims must be unique and birmingham's for phase 1 and a family given, was claim cl-1", e.getMessage());
  }

  @Test
  void aCohortReviewedAfterThePhaseCountsTheFamiliesIdentifiedOnTheirAttachment() {
    Family attached = turnedAround("f-1").build();
    Family attachedLater = family("f-2").attachedOn(LocalDate.of(2013, 4, 15)).build();
    Family notAttached = family("f-3").build();
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 12);
    Ledger review = engine.ledger(target, List.of(attached, attachedLater, notAttached), List.of(), List.of(), LocalDate.of(2015, 6, 30));
    assertEquals(2, review.familiesIdentified(),
        "the two attached families were identified on their attachment; the other is judged on the phase's last day, when its offence is too old");
    assertEquals(2, review.familiesAttached());
    Ledger during = engine.ledger(target, List.of(attached, attachedLater, notAttached), List.of(), List.of(), AS_OF);
    assertEquals(3, during.familiesIdentified());
  }

  @Test
  void centralGovernmentPaysItsShareOfTheCostOfTheFamiliesFundedOnly() {
    Family a = turnedAround("f-1").build();
    Family b = family("f-2").attachedOn(LocalDate.of(2012, 9, 2)).build();
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 12);
    Ledger l = engine.ledger(target, List.of(a, b),
        List.of(claim("cl-1", "f-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 1))), List.of(), AS_OF);
    assertEquals(Money.ofPounds(20000), l.interventionCost(), "two families attached at £10,000 each");
    assertEquals(Money.ofPounds(4000), l.centralShare(), "40% of the one family funded");
    assertEquals(Money.ofPounds(16000), l.localShare());
  }

  @Test
  void aClaimsLedgerDecidesClaimsAsTheyArriveAsTheLedgerDoes() {
    Family turned = turnedAround("f-1").build();
    Family attachedLater = family("f-2").attachedOn(LocalDate.of(2013, 4, 15)).build();
    Family notAttached = family("f-3").build();
    Map<FamilyId, Family> families = Map.of(turned.id(), turned, attachedLater.id(), attachedLater, notAttached.id(), notAttached);
    List<Claim> claims = claimsOfThreeFamilies().subList(0, 5);   // the sixth is after the business date
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 12);
    Ledger whole = engine.ledger(target, families.values(), claims, List.of(), AS_OF);
    org.communitybudgets.rules.troubledfamilies.ClaimsLedger ledger = engine.claimsLedger(target, java.util.Optional.empty());
    for (Claim c : claims) {
      ledger.assess(c, families.get(c.family()), AS_OF);
    }
    assertEquals(whole.claims().stream().map(d -> d.decision().toString()).toList(),
        ledger.decisions().stream().map(d -> d.decision().toString()).toList());
    assertEquals(List.of("cl-1", "cl-2"), ledger.paid(FamilyId.of("f-1")).stream().map(c -> c.id().value()).toList());
    assertEquals(2, ledger.familiesFunded());
    assertEquals(whole.totalPaid(), ledger.totalPaid());
  }

  @Test
  void aClaimsLedgerCountsTheFamiliesItFundedAgainstFiveInSixOfTheTarget() {
    Family a = family("f-1").attachedOn(LocalDate.of(2012, 9, 1)).build();
    Family b = family("f-2").attachedOn(LocalDate.of(2012, 9, 2)).build();
    org.communitybudgets.rules.troubledfamilies.ClaimsLedger ledger =
        engine.claimsLedger(new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 2), java.util.Optional.empty());
    assertEquals(true, ledger.assess(claim("cl-1", "f-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 1)), a, AS_OF).isPayable());
    var second = ledger.assess(claim("cl-2", "f-2", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 2)), b, AS_OF);
    assertEquals(List.of("funded-share"), second.decision().unmetConditions().stream().map(u -> u.code()).toList());
    assertEquals(1, ledger.familiesFunded());
  }

  @Test
  void aClaimsLedgerRefusesAClaimOutOfDateOrderOrGivenTwice() {
    Family a = family("f-1").attachedOn(LocalDate.of(2012, 9, 1)).build();
    org.communitybudgets.rules.troubledfamilies.ClaimsLedger ledger =
        engine.claimsLedger(new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 12), java.util.Optional.empty());
    Claim later = claim("cl-2", "f-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 10, 1));
    ledger.assess(later, a, AS_OF);
    assertEquals("claims must come in order of date: claim cl-1 of 2012-09-01 comes after claim cl-2 of 2012-10-01",
        assertThrows(IllegalArgumentException.class,
            () -> ledger.assess(claim("cl-1", "f-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 9, 1)), a, AS_OF)).getMessage());
    assertEquals("claim cl-2 has been decided already in the ledger of birmingham",
        assertThrows(IllegalArgumentException.class, () -> ledger.assess(later, a, AS_OF)).getMessage());
    assertEquals(1, ledger.decisions().size());
  }

  @Test
  void theStandardEngineIsBuiltOnce() {
    assertEquals(true, CommunityBudgetsEngine.standard() == CommunityBudgetsEngine.standard());
  }
}
