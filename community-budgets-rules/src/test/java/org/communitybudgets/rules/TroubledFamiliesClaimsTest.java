package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ClaimVerdict;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.DomesticAbuseKind;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.HealthProblemKind;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProblemProgress;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.WorkProgressKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.time.DateRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Payment-by-results claims: every amount by financial year, the maximum per family, five in six of
 * the target, and each refusal (TF frameworks 2012 and 2015). The phase-1 family is attached on 1 September
 * 2012 with no ASB or offending before or since, so it achieves the crime/ASB/education result six
 * months later; its parent stepped towards work on attachment and left JSA for work on 1 October 2012.
 */
class TroubledFamiliesClaimsTest {
  private static final AreaId AUTHORITY = AreaId.of("birmingham");
  private static final FamilyId FAMILY = FamilyId.of("f-1");
  private static final MemberId PARENT = MemberId.of("a-1");
  private static final MemberId CHILD = MemberId.of("c-1");
  private static final LocalDate ATTACHED = LocalDate.of(2012, 9, 1);
  private static final AuthorityTarget TARGET = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 120);
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  private static Family.Builder family(LocalDate attached) {
    return Family.builder(FAMILY, AUTHORITY)
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(2000, 1, 1)))
        .attachedOn(attached)
        .indicator(new WorkProgress(PARENT, WorkProgressKind.VOLUNTEERED_FOR_WORK_PROGRAMME, attached))
        .indicator(new BenefitClaim(PARENT, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.of(LocalDate.of(2011, 1, 1), attached.plusDays(29))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(attached.plusDays(30))));
  }

  private static Family family() {
    return family(ATTACHED).build();
  }

  private static Claim claim(String id, ClaimKind kind, LocalDate on) {
    return Claim.of(ClaimId.of(id), FAMILY, AUTHORITY, kind, on);
  }

  private static ClaimDecision assess(Family f, Claim c, List<Claim> earlier) {
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, c.phase(), 120);
    return engine.assessClaim(c, f, earlier, target, 0, c.claimedOn());
  }

  private static Money pounds(long p) {
    return Money.ofPounds(p);
  }

  private static Set<String> unmet(ClaimDecision d) {
    return Set.copyOf(d.decision().unmetConditions().stream().map(UnmetCondition::code).toList());
  }

  @Test
  void theAttachmentFeeIsTheAmountForTheYearOfAttachment() {
    assertEquals(pounds(3200), assess(family(), claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED), List.of()).payable());
    assertEquals(pounds(3200), assess(family(), claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2013, 6, 1)), List.of()).payable(),
        "claimed in 2013-14 for a family attached in 2012-13");
    assertEquals(pounds(2400), assess(family(LocalDate.of(2013, 6, 1)).build(), claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2013, 6, 1)), List.of()).payable());
    assertEquals(pounds(1600), assess(family(LocalDate.of(2014, 6, 1)).build(), claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2014, 6, 1)), List.of()).payable());
  }

  @Test
  void anAttachmentFeeIsPayableWithItsReasons() {
    ClaimDecision d = assess(family(), claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED), List.of());
    assertTrue(d.isPayable());
    assertEquals(ClaimVerdict.PAYABLE, d.decision().verdict());
    assertEquals("claim cl-1 for family f-1", d.decision().subject());
    assertEquals(Set.of(), unmet(d));
    assertTrue(d.decision().rules().contains("A claim no condition refuses is payable at the amount for its year, up to the maximum per family"));
    assertTrue(d.decision().reasons().stream().flatMap(r -> r.parameters().stream())
        .anyMatch(p -> p.key().equals("tf.phase1.attachment-fee") && p.value().equals("£3,200.00")));
  }

  /** The phase-1 results payment for the family's financial year of attachment, wherever the claim falls. */
  private static void assertPaid(long pounds, LocalDate attached, ClaimKind kind, LocalDate claimedOn) {
    ClaimDecision d = assess(family(attached).build(), claim("cl-2", kind, claimedOn), List.of());
    assertEquals(pounds(pounds), d.payable(), kind + " for a family attached on " + attached + ", claimed on " + claimedOn + ": " + unmet(d));
  }

  @Test
  void theCrimeAsbAndEducationPaymentIsTheAmountForTheYearOfAttachment() {
    ClaimKind k = ClaimKind.CRIME_ASB_EDUCATION_RESULT;
    assertPaid(700, ATTACHED, k, LocalDate.of(2013, 3, 1));
    assertPaid(700, ATTACHED, k, LocalDate.of(2013, 4, 1));
    assertPaid(700, ATTACHED, k, LocalDate.of(2014, 4, 1));
    assertPaid(700, ATTACHED, k, LocalDate.of(2015, 5, 31));
    assertPaid(1500, LocalDate.of(2013, 4, 1), k, LocalDate.of(2014, 3, 31));
    assertPaid(1500, LocalDate.of(2013, 6, 1), k, LocalDate.of(2014, 4, 1));
    assertPaid(1500, LocalDate.of(2013, 6, 1), k, LocalDate.of(2015, 5, 31));
    assertPaid(2300, LocalDate.of(2014, 4, 1), k, LocalDate.of(2015, 3, 31));
    assertPaid(2300, LocalDate.of(2014, 6, 1), k, LocalDate.of(2015, 5, 31));
  }

  @Test
  void theProgressToWorkPaymentIsOneHundredPoundsWhateverTheYear() {
    ClaimKind k = ClaimKind.PROGRESS_TO_WORK_RESULT;
    assertPaid(100, ATTACHED, k, LocalDate.of(2012, 10, 1));
    assertPaid(100, ATTACHED, k, LocalDate.of(2013, 4, 1));
    assertPaid(100, ATTACHED, k, LocalDate.of(2014, 4, 1));
    assertPaid(100, LocalDate.of(2013, 6, 1), k, LocalDate.of(2013, 6, 2));
    assertPaid(100, LocalDate.of(2013, 6, 1), k, LocalDate.of(2014, 6, 1));
    assertPaid(100, LocalDate.of(2014, 6, 1), k, LocalDate.of(2014, 6, 2));
    assertPaid(100, LocalDate.of(2014, 6, 1), k, LocalDate.of(2015, 5, 31));
  }

  @Test
  void theContinuousEmploymentPaymentIsTheWholeResultsShareForTheYearOfAttachment() {
    ClaimKind k = ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1;
    assertPaid(800, ATTACHED, k, LocalDate.of(2013, 3, 31));
    assertPaid(800, ATTACHED, k, LocalDate.of(2013, 4, 1));
    assertPaid(800, ATTACHED, k, LocalDate.of(2014, 4, 1));
    assertPaid(1600, LocalDate.of(2013, 6, 1), k, LocalDate.of(2014, 3, 1));
    assertPaid(1600, LocalDate.of(2013, 6, 1), k, LocalDate.of(2014, 4, 1));
    assertPaid(2400, LocalDate.of(2014, 6, 1), k, LocalDate.of(2015, 3, 1));
    assertPaid(2400, LocalDate.of(2014, 6, 1), k, LocalDate.of(2015, 5, 31));
  }

  @Test
  void aFamilyAttachedIn2012To13IsPaidItsWholeFourThousandPoundsWhenItsResultsAreClaimedLater() {
    Claim fee = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    Claim casbe = claim("cl-2", ClaimKind.CRIME_ASB_EDUCATION_RESULT, LocalDate.of(2013, 6, 1));
    ClaimDecision ptw = assess(family(), claim("cl-3", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2013, 6, 2)), List.of(fee, casbe));
    assertEquals(pounds(100), ptw.payable(), "£3,200 + £700 paid before, £100 of the £4,000 left: " + unmet(ptw));
  }

  @Test
  void aResultsClaimForAFamilyNotAttachedIsRefused() {
    Family notAttached = family(ATTACHED).notAttached().build();
    ClaimDecision d = assess(notAttached, claim("cl-2", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2013, 4, 1)), List.of());
    assertFalse(d.isPayable());
    assertEquals(Money.ZERO, d.payable());
    assertTrue(unmet(d).contains("attached"), unmet(d).toString());
  }

  @Test
  void aDuplicateClaimIsRefused() {
    Claim fee = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    ClaimDecision d = assess(family(), claim("cl-9", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 10, 1)), List.of(fee));
    assertEquals(Set.of("duplicate-claim"), unmet(d));
    ClaimDecision sameId = assess(family(), claim("cl-1", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2012, 10, 1)), List.of(fee));
    assertEquals(Set.of("duplicate-claim"), unmet(sameId));
  }

  @Test
  void aClaimForAResultNotAchievedIsRefused() {
    ClaimDecision d = assess(family(), claim("cl-2", ClaimKind.CRIME_ASB_EDUCATION_RESULT, LocalDate.of(2013, 2, 28)), List.of());
    assertEquals(Set.of("result-achieved"), unmet(d));
    assertFalse(d.results().has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
  }

  @Test
  void aClaimOutsideItsPhasesClaimWindowIsRefused() {
    ClaimDecision lastDay = assess(family(), claim("cl-2", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2015, 5, 31)), List.of());
    assertTrue(lastDay.isPayable(), "a phase-1 claim on 31 May 2015 is taken: " + unmet(lastDay));
    ClaimDecision late = assess(family(), claim("cl-2", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2015, 6, 1)), List.of());
    assertEquals(Set.of("claim-in-programme"), unmet(late));
    assertTrue(late.decision().reasons().stream().flatMap(r -> r.parameters().stream())
        .anyMatch(p -> p.key().equals("tf.phase1.last-claim-day") && p.value().equals("2015-05-31")));
    assertTrue(late.decision().reasons().stream()
        .anyMatch(r -> r.rule().equals("A claim made outside its phase's claim window is refused")
            && r.source().document().equals(PolicyDocument.NAO_FAMILIES_2013)));
    Family early = family(LocalDate.of(2012, 3, 1)).build();
    ClaimDecision before = assess(early, claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, LocalDate.of(2012, 3, 31)), List.of());
    assertEquals(Set.of("claim-in-programme", "attached-in-phase"), unmet(before));
    ClaimDecision wrongPhase = assess(family(), claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_2, LocalDate.of(2015, 5, 1)), List.of());
    assertEquals(Set.of("attached-in-phase"), unmet(wrongPhase));
  }

  @Test
  void continuousEmploymentIsTheAlternativeToTheOtherResultsNeverBoth() {
    Claim casbe = claim("cl-2", ClaimKind.CRIME_ASB_EDUCATION_RESULT, LocalDate.of(2013, 3, 1));
    ClaimDecision ce = assess(family(), claim("cl-3", ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1, LocalDate.of(2013, 3, 31)), List.of(casbe));
    assertEquals(Set.of("one-results-payment"), unmet(ce));
    ClaimDecision ptw = assess(family(), claim("cl-3", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2013, 3, 2)), List.of(casbe));
    assertTrue(ptw.isPayable(), "the crime/ASB/education and progress-to-work results are paid together");
    Claim employment = claim("cl-4", ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1, LocalDate.of(2013, 3, 1));
    assertEquals(Set.of("one-results-payment"),
        unmet(assess(family(), claim("cl-5", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2013, 3, 2)), List.of(employment))));
  }

  @Test
  void noFamilyIsPaidMoreThanTheMaximum() {
    CommunityBudgetsEngine lower = CommunityBudgetsEngine.builder()
        .parameterOverrides("lower-maximum.yaml", """
            tf.phase1.maximum-per-family:
              source: {document: TROUBLED_FAMILIES_FRAMEWORK_2012, location: "a lower maximum, to test the cap"}
              values:
                - {from: 2010-04-01, value: "£3,500"}
            """)
        .build();
    Claim fee = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    Claim casbeClaim = claim("cl-2", ClaimKind.CRIME_ASB_EDUCATION_RESULT, LocalDate.of(2014, 4, 1));
    ClaimDecision casbe = lower.assessClaim(casbeClaim, family(), List.of(fee), TARGET, 0, casbeClaim.claimedOn());
    assertEquals(pounds(300), casbe.payable(), "£3,200 + £700 is capped at £3,500");
    Claim ptwClaim = claim("cl-3", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2014, 4, 2));
    ClaimDecision ptw = lower.assessClaim(ptwClaim, family(), List.of(fee, casbeClaim), TARGET, 0, ptwClaim.claimedOn());
    assertEquals(Set.of("maximum-per-family"), unmet(ptw));
  }

  @Test
  void atMostFiveInSixOfTheTargetAreFunded() {
    Claim fee = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    AuthorityTarget twelve = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, 12);
    assertTrue(engine.assessClaim(fee, family(), List.of(), twelve, 9, ATTACHED).isPayable());
    ClaimDecision eleventh = engine.assessClaim(fee, family(), List.of(), twelve, 10, ATTACHED);
    assertEquals(Set.of("funded-share"), unmet(eleventh));
    Claim ptw = claim("cl-2", ClaimKind.PROGRESS_TO_WORK_RESULT, LocalDate.of(2012, 10, 1));
    assertTrue(engine.assessClaim(ptw, family(), List.of(fee), twelve, 10, ptw.claimedOn()).isPayable(),
        "a family already funded is not counted again");
  }

  @Test
  void anAmountClaimedBelowTheAmountDueIsPaidAsClaimed() {
    Claim c = new Claim(ClaimId.of("cl-1"), FAMILY, AUTHORITY, ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED, Optional.of(pounds(3000)));
    assertEquals(pounds(3000), assess(family(), c, List.of()).payable());
    Claim zero = new Claim(ClaimId.of("cl-1"), FAMILY, AUTHORITY, ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED, Optional.of(Money.ZERO));
    assertEquals(Set.of("amount-payable"), unmet(assess(family(), zero, List.of())));
  }

  @Test
  void phaseTwoPaysTheFeeAndTheResultsPayment() {
    LocalDate attached = LocalDate.of(2015, 6, 1);
    OutcomesPlan plan = new OutcomesPlan(AUTHORITY, Map.of(
        Phase2Problem.HEALTH, "engaged with treatment", Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "no call-outs"), attached);
    Family f = Family.builder(FAMILY, AUTHORITY)
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2015, 3, 1)))
        .indicator(new DomesticAbuse(Optional.empty(), DomesticAbuseKind.POLICE_CALL_OUT, LocalDate.of(2015, 4, 1)))
        .attachedOn(attached)
        .outcome(new ProblemProgress(Phase2Problem.HEALTH, "engaged with treatment", LocalDate.of(2016, 1, 1), true))
        .outcome(new ProblemProgress(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "no call-outs", LocalDate.of(2016, 1, 1), true))
        .build();
    AuthorityTarget target = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_2, 500);
    Claim fee = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_2, attached);
    assertEquals(pounds(1000), engine.assessClaim(fee, f, List.of(), target, 0, attached).payable());
    Claim result = claim("cl-2", ClaimKind.SUSTAINED_PROGRESS_RESULT, LocalDate.of(2016, 2, 1));
    assertEquals(pounds(800), engine.assessClaim(result, f, List.of(fee), target, 1, Optional.of(plan), result.claimedOn()).payable());
    assertEquals(Set.of("result-achieved"), unmet(engine.assessClaim(result, f, List.of(fee), target, 1, result.claimedOn())),
        "without the plan there is no measure of progress");
  }

  @Test
  void aClaimMustBelongWithItsFamilyAndTarget() {
    Claim c = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
        () -> engine.assessClaim(c, family(), List.of(), TARGET, 0, ATTACHED.minusDays(1)));
    assertEquals("claim date must be on or before the business date 2012-08-31, was 2012-09-01 for claim cl-1", after.getMessage());
    AuthorityTarget phase2 = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_2, 10);
    IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
        () -> engine.assessClaim(c, family(), List.of(), phase2, 0, ATTACHED));
    assertEquals("target must be birmingham's for phase 1, was birmingham's for phase 2 for claim cl-1", target.getMessage());
    Claim other = Claim.of(ClaimId.of("cl-1"), FamilyId.of("f-2"), AUTHORITY, ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    assertThrows(IllegalArgumentException.class, () -> engine.assessClaim(other, family(), List.of(), TARGET, 0, ATTACHED));
  }

  @Test
  void anAuthorityThatStartedPhaseTwoEarlyIsPaidPhaseTwoFeesFromSeptember2014() {
    CommunityBudgetsEngine early = CommunityBudgetsEngine.builder()
        .parameterOverrides("early.yaml", """
            tf.phase2.early-starters:
              source: {document: BUDGET_2014, location: "an early starter"}
              values:
                - {from: 2010-04-01, value: [birmingham]}
            """)
        .build();
    LocalDate attached = LocalDate.of(2014, 10, 1);
    Claim fee = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_2, attached);
    AuthorityTarget phase2 = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_2, 120);
    ClaimDecision paid = early.assessClaim(fee, family(attached).build(), List.of(), phase2, 0, attached);
    assertEquals(pounds(1000), paid.payable(), unmet(paid).toString());
    ClaimDecision elsewhere = engine.assessClaim(fee, family(attached).build(), List.of(), phase2, 0, attached);
    assertEquals(Set.of("claim-in-programme", "attached-in-phase"), unmet(elsewhere), "not an early starter: the family was attached in phase 1");
    Claim phase1Fee = claim("cl-2", ClaimKind.ATTACHMENT_FEE_PHASE_1, attached);
    assertEquals(Set.of("attached-in-phase"),
        unmet(early.assessClaim(phase1Fee, family(attached).build(), List.of(), TARGET, 0, attached)),
        "the early starter attached the family to phase 2");
    Claim earlierFamily = claim("cl-3", ClaimKind.CRIME_ASB_EDUCATION_RESULT, LocalDate.of(2015, 5, 1));
    ClaimDecision phase1Result = early.assessClaim(earlierFamily, family(LocalDate.of(2014, 6, 2)).build(), List.of(), TARGET, 0, earlierFamily.claimedOn());
    assertEquals(pounds(2300), phase1Result.payable(), "a family attached in phase 1 before the early start goes on to its phase-1 result: " + unmet(phase1Result));
  }

  @Test
  void theFundedShareIsComparedExactlyAndImpossibleCountsAreRefused() {
    Claim fee = claim("cl-1", ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    AuthorityTarget huge = new AuthorityTarget(AUTHORITY, ProgrammePhase.PHASE_1, Integer.MAX_VALUE);
    ClaimDecision full = engine.assessClaim(fee, family(), List.of(), huge, 100_000_000L, ATTACHED);
    assertTrue(full.isPayable(), "100 million of a target of 2,147,483,647 is within five in six: " + unmet(full));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> engine.assessClaim(fee, family(), List.of(), TARGET, Long.MAX_VALUE, ATTACHED));
    assertTrue(e.getMessage().startsWith("families already funded must be between 0 and 100000000, more than there are households in England, was 9223372036854775807"),
        e.getMessage());
  }
}
