package org.communitybudgets.rules;

import org.communitybudgets.family.Phase1Criterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ResultVerdict;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.DomesticAbuseKind;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.Provision;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.HealthProblemKind;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProblemProgress;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.WorkProgressKind;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.time.SchoolTerm.Season.AUTUMN;
import static org.communitybudgets.time.SchoolTerm.Season.SPRING;
import static org.communitybudgets.time.SchoolTerm.Season.SUMMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Results for both phases, at each measure's boundary (TF frameworks 2012 and 2015). Phase-1 families are
 * attached on 1 September 2012 and judged on 10 May 2013: ASB and offending are compared between 1
 * March–31 August 2012 (before attachment) and 11 November 2012–10 May 2013 (to date); the last three
 * completed terms are 2012 summer, 2012 autumn and 2013 spring.
 */
class TroubledFamiliesResultsTest {
  private static final LocalDate ATTACHED = LocalDate.of(2012, 9, 1);
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final LocalDate BEFORE = LocalDate.of(2012, 6, 1);
  private static final LocalDate SINCE = LocalDate.of(2013, 2, 1);
  private static final MemberId PARENT = MemberId.of("a-1");
  private static final MemberId CHILD = MemberId.of("c-1");
  private static final AreaId AUTHORITY = AreaId.of("birmingham");
  private static final List<SchoolTerm> TERMS =
      List.of(SchoolTerm.of(2012, SUMMER), SchoolTerm.of(2012, AUTUMN), SchoolTerm.of(2013, SPRING));
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  private static Family.Builder family() {
    return Family.builder(FamilyId.of("f-1"), AUTHORITY)
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(2000, 1, 1)))
        .attachedOn(ATTACHED);
  }

  private static Family.Builder incidents(Family.Builder b, int before, int since) {
    for (int i = 0; i < before; i++) {
      b.indicator(AsbIncident.againstFamily(BEFORE.plusDays(i % 60)));
    }
    for (int i = 0; i < since; i++) {
      b.indicator(AsbIncident.against(CHILD, SINCE.plusDays(i % 60)));
    }
    return b;
  }

  private static Family.Builder offences(Family.Builder b, int before, int since) {
    for (int i = 0; i < before; i++) {
      b.indicator(new ProvenOffence(CHILD, BEFORE.plusDays(i % 60), "criminal damage"));
    }
    for (int i = 0; i < since; i++) {
      b.indicator(new ProvenOffence(CHILD, SINCE.plusDays(i % 60), "criminal damage"));
    }
    return b;
  }

  /** A family whose ASB fell from 5 to 2 (60%) and whose child's offences fell from 3 to 2 (33.3%). */
  private static Family.Builder turnedAround() {
    return offences(incidents(family(), 5, 2), 3, 2);
  }

  /** Three terms of 1,000 sessions each, with {@code tenths}/10 percent of the 3,000 sessions missed without leave. */
  private static Family.Builder withAbsence(Family.Builder b, int tenths) {
    int total = 3 * tenths;
    int[] split = {total / 3, total / 3, total - 2 * (total / 3)};
    for (int i = 0; i < 3; i++) {
      b.indicator(new TermAttendance(CHILD, TERMS.get(i), 1000, 0, split[i]));
    }
    return b;
  }

  private static Results results(Family.Builder b) {
    return engine.results(b.build(), AS_OF);
  }

  private static boolean crimeAsbEducation(Family.Builder b) {
    return results(b).has(ClaimKind.CRIME_ASB_EDUCATION_RESULT);
  }

  private static Set<String> unmet(Results r) {
    return Set.copyOf(r.decision().unmetConditions().stream().map(UnmetCondition::code).toList());
  }

  @Test
  void aFamilyMeetingEveryMeasureAchievesTheCrimeAsbAndEducationResult() {
    Results r = results(turnedAround());
    assertEquals(Set.of(ClaimKind.CRIME_ASB_EDUCATION_RESULT), r.achieved());
    assertEquals(Optional.of(ProgrammePhase.PHASE_1), r.phase());
    assertEquals(ResultVerdict.ACHIEVED, r.decision().verdict());
    assertEquals("results of family f-1", r.decision().subject());
    assertTrue(r.decision().rules().contains("A family meeting every measure achieves the crime ASB and education result"));
    assertEquals(Set.of("progress-to-work", "continuous-employment"), unmet(r));
  }

  @Test
  void aFallInAsbOfSixtyPercentMeetsTheMeasureAndFiftyNineDoesNot() {
    assertTrue(crimeAsbEducation(incidents(family(), 100, 40)));
    Results r = results(incidents(family(), 100, 41));
    assertFalse(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
    assertEquals(Set.of("asb-fall", "progress-to-work", "continuous-employment"), unmet(r));
    String statement = r.decision().reasons().stream()
        .filter(x -> x.unmetCondition().map(u -> u.code().equals("asb-fall")).orElse(false))
        .findFirst().orElseThrow().statement();
    assertEquals("ASB incidents did not fall by 60%: 100 before attachment (2012-03-01..2012-08-31), 41 to date "
        + "(2012-11-11..2013-05-10): a fall of 59%", statement);
  }

  @Test
  void aFallInYouthOffendingOfThirtyThreePercentMeetsTheMeasureAndThirtyTwoDoesNot() {
    assertTrue(crimeAsbEducation(offences(family(), 100, 67)));
    Results r = results(offences(family(), 100, 68));
    assertFalse(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
    assertTrue(unmet(r).contains("offending-fall"));
  }

  @Test
  void offencesByAnAdultDoNotCountAsYouthOffending() {
    Family.Builder b = family();
    for (int i = 0; i < 3; i++) {
      b.indicator(new ProvenOffence(PARENT, SINCE.plusDays(i), "theft"));
    }
    assertTrue(crimeAsbEducation(b));
  }

  @Test
  void withNothingBeforeAttachmentAMeasureIsMetOnlyIfNothingAroseSince() {
    assertTrue(crimeAsbEducation(family()));
    Results asb = results(incidents(family(), 0, 1));
    assertTrue(unmet(asb).contains("asb-fall"));
    Results offending = results(offences(family(), 0, 1));
    assertTrue(unmet(offending).contains("offending-fall"));
  }

  /**
   * A family identified on its attachment, 1 September 2012, by all three national criteria: a
   * child's offence nine months before (inside the criterion's twelve months, outside the six
   * months the falls compare), three fixed-term exclusions in the autumn and spring terms of
   * 2011-12, and a parent on JSA; its child in school with full attendance since.
   */
  private static Family.Builder identifiedOnCrimeAsb() {
    Family.Builder b = family()
        .indicator(new ProvenOffence(CHILD, LocalDate.of(2011, 12, 1), "theft"))
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2011, AUTUMN), LocalDate.of(2011, 11, 1)))
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2011, AUTUMN), LocalDate.of(2011, 11, 20)))
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SPRING), LocalDate.of(2012, 2, 1)))
        .indicator(new BenefitClaim(PARENT, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2011, 1, 1))));
    return withAbsence(b, 0);
  }

  @Test
  void aFamilyIdentifiedOnCrimeAndAsbWithNothingBeforeAttachmentCannotShowTheFalls() {
    assertTrue(engine.identify(identifiedOnCrimeAsb().build(), ATTACHED).criteriaMet().contains(Phase1Criterion.CRIME_ASB));
    Results r = results(identifiedOnCrimeAsb());
    assertFalse(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT), "no ASB and no youth offending in the six months before attachment");
    assertTrue(unmet(r).containsAll(Set.of("asb-fall", "offending-fall")), unmet(r).toString());
    assertTrue(r.decision().reasons().stream().anyMatch(x -> x.statement().contains("so no fall can be shown")));
  }

  @Test
  void aFamilyIdentifiedOnCrimeAndAsbWhoseOffendingFellAchievesTheResultWithNoAsbEither() {
    Family.Builder fell = identifiedOnCrimeAsb().indicator(new ProvenOffence(CHILD, LocalDate.of(2012, 7, 1), "criminal damage"));
    Results r = results(fell);
    assertTrue(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT), "offending fell from one to none; ASB, none before or since, is neutral: " + unmet(r));
  }

  @Test
  void twoFixedTermExclusionsInTheLastThreeTermsAreAllowedAndThreeAreNot() {
    Family.Builder two = withAbsence(turnedAround(), 0)
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SUMMER), LocalDate.of(2012, 5, 20)))
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2013, SPRING), LocalDate.of(2013, 2, 20)));
    assertTrue(crimeAsbEducation(two));
    Results three = results(two.indicator(
        new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, AUTUMN), LocalDate.of(2012, 11, 20))));
    assertFalse(three.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
    assertTrue(unmet(three).contains("child-exclusions"));
  }

  @Test
  void aChildWithASchoolRecordButNoAttendanceForTheTermsFailsTheEducationMeasure() {
    Family.Builder excludedOnly = turnedAround()
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SUMMER), LocalDate.of(2012, 5, 20)));
    Results r = results(excludedOnly);
    assertFalse(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT), "no attendance recorded: the measure cannot pass unmeasured");
    assertTrue(unmet(r).contains("child-in-school"), unmet(r).toString());
    assertTrue(r.decision().reasons().stream().flatMap(x -> x.facts().stream())
        .anyMatch(f -> f.value().contains("c-1: no attendance recorded for the terms")), r.decision().reasons().toString());
    assertTrue(crimeAsbEducation(withAbsence(turnedAround(), 0)
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SUMMER), LocalDate.of(2012, 5, 20)))),
        "the same child with attendance recorded is measured, and passes");
    assertTrue(crimeAsbEducation(turnedAround()), "a child with no school record at all is not counted");
  }

  @Test
  void aChildOffRollPlacedAfterExclusionOrPermanentlyExcludedFailsTheEducationMeasure() {
    Family.Builder offRoll = withAbsence(turnedAround(), 0)
        .indicator(new SchoolPlacement(CHILD, Provision.NOT_ON_ROLL, DateRange.from(LocalDate.of(2013, 4, 1)), false));
    assertTrue(unmet(results(offRoll)).contains("child-in-school"));
    Family.Builder placed = withAbsence(turnedAround(), 0)
        .indicator(new SchoolPlacement(CHILD, Provision.PUPIL_REFERRAL_UNIT, DateRange.from(LocalDate.of(2013, 4, 1)), true));
    assertTrue(unmet(results(placed)).contains("child-in-school"));
    Family.Builder permanent = withAbsence(turnedAround(), 0)
        .indicator(new Exclusion(CHILD, ExclusionKind.PERMANENT, SchoolTerm.of(2012, AUTUMN), LocalDate.of(2012, 11, 20)));
    assertTrue(unmet(results(permanent)).contains("child-in-school"));
    Family.Builder excludedBefore = withAbsence(turnedAround(), 0)
        .indicator(new Exclusion(CHILD, ExclusionKind.PERMANENT, SchoolTerm.of(2012, SPRING), LocalDate.of(2012, 2, 20)));
    assertTrue(crimeAsbEducation(excludedBefore), "a permanent exclusion before the terms measured does not count");
  }

  private static final MemberId LEAVER = MemberId.of("c-2");
  /** The school leaving date of 2013: the last Friday in June. */
  private static final LocalDate LEAVING_DAY = LocalDate.of(2013, 6, 28);

  /** The education measures the results did not meet. */
  private static Set<String> educationUnmet(Results r) {
    Set<String> codes = new java.util.TreeSet<>(unmet(r));
    codes.retainAll(Set.of("child-exclusions", "child-in-school", "child-absence"));
    return codes;
  }

  /** The family turned around, with a second child born on the day given and the school record given. */
  private static Family.Builder withSecondChild(LocalDate born, java.util.function.UnaryOperator<Family.Builder> record) {
    return record.apply(withAbsence(turnedAround(), 0).member(Member.child(LEAVER, born)));
  }

  /**
   * The education measures count the children of compulsory school age on the business date, which
   * ends on the last Friday in June of the school year a child turns 16 (Education Act 1996, s. 8(3)):
   * a child who turns 16 on 31 August 2013 is past it from 29 June 2013, and then counts as neither
   * in nor out of school; one who turns 16 on 1 September 2013 is not past it until 28 June 2014.
   */
  @Test
  void aChildPastCompulsorySchoolAgeWhoLeftSchoolIsNeitherInNorOutOfSchool() {
    Family.Builder left = withSecondChild(LocalDate.of(1997, 8, 31), b -> b.indicator(
        new Exclusion(LEAVER, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SUMMER), LocalDate.of(2012, 5, 20))));
    Results onTheLeavingDay = engine.results(left.build(), LEAVING_DAY);
    assertEquals(Set.of("child-in-school"), educationUnmet(onTheLeavingDay));
    assertTrue(onTheLeavingDay.decision().reasons().stream().flatMap(x -> x.facts().stream())
        .anyMatch(f -> f.value().contains("c-2: no attendance recorded for the terms")), onTheLeavingDay.decision().reasons().toString());
    Results theDayAfter = engine.results(left.build(), LEAVING_DAY.plusDays(1));
    assertEquals(Set.of(ClaimKind.CRIME_ASB_EDUCATION_RESULT), theDayAfter.achieved(), theDayAfter.decision().reasons().toString());
    assertTrue(theDayAfter.decision().reasons().stream()
        .anyMatch(x -> x.statement().startsWith("every child of compulsory school age with a school record is on a roll")
            && x.parameters().stream().anyMatch(q -> q.key().equals("tf.education.school-leaving-age") && q.value().equals("16"))),
        theDayAfter.decision().reasons().toString());

    Family.Builder autumnBorn = withSecondChild(LocalDate.of(1997, 9, 1), b -> b.indicator(
        new Exclusion(LEAVER, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SUMMER), LocalDate.of(2012, 5, 20))));
    assertEquals(Set.of("child-in-school"), educationUnmet(engine.results(autumnBorn.build(), LEAVING_DAY.plusDays(1))),
        "a child who turns 16 on 1 September is of compulsory school age until the next June");
  }

  @Test
  void aChildPastCompulsorySchoolAgeCountsForNeitherTheAbsenceNorTheExclusionsMeasure() {
    java.util.function.UnaryOperator<Family.Builder> absent = b -> {
      for (SchoolTerm t : TERMS) {
        b.indicator(new TermAttendance(LEAVER, t, 1000, 0, 200));
      }
      return b;
    };
    Family.Builder truant = withSecondChild(LocalDate.of(1997, 8, 31), absent);
    Results stillOfAge = engine.results(truant.build(), LEAVING_DAY);
    assertEquals(Set.of("child-absence"), educationUnmet(stillOfAge));
    Results past = engine.results(truant.build(), LEAVING_DAY.plusDays(1));
    assertTrue(past.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT), past.decision().reasons().toString());
    assertTrue(past.decision().reasons().stream().flatMap(x -> x.facts().stream())
        .filter(f -> f.name().equals("unauthorised absence"))
        .allMatch(f -> !f.value().contains("c-2")), past.decision().reasons().toString());

    java.util.function.UnaryOperator<Family.Builder> excluded = b -> {
      absent.apply(b);
      for (SchoolTerm t : TERMS) {
        b.indicator(new Exclusion(LEAVER, ExclusionKind.FIXED_TERM, t, t.nominalDates().start().plusDays(10)));
      }
      return b;
    };
    Family.Builder thrice = withSecondChild(LocalDate.of(1997, 8, 31), excluded);
    assertEquals(Set.of("child-absence", "child-exclusions"), educationUnmet(engine.results(thrice.build(), LEAVING_DAY)));
    assertTrue(engine.results(thrice.build(), LEAVING_DAY.plusDays(1)).has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
  }

  @Test
  void unauthorisedAbsenceOfFourteenPointNinePercentIsAllowedAndFifteenIsNot() {
    assertTrue(crimeAsbEducation(withAbsence(turnedAround(), 149)));
    Results r = results(withAbsence(turnedAround(), 150));
    assertFalse(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
    assertTrue(unmet(r).contains("child-absence"));
  }

  @Test
  void theMonthsMeasuredMustAllFallAfterAttachment() {
    Family f = turnedAround().build();
    assertTrue(engine.results(f, LocalDate.of(2013, 3, 1)).has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
    Results early = engine.results(f, LocalDate.of(2013, 2, 28));
    assertFalse(early.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
    assertTrue(unmet(early).contains("results-window"));
  }

  @Test
  void aFamilyNotAttachedByTheBusinessDateHasNoResults() {
    Results none = results(turnedAround().notAttached());
    assertEquals(Set.of(), none.achieved());
    assertEquals(Optional.empty(), none.phase());
    assertEquals(Set.of("attached"), unmet(none));
    assertEquals(ResultVerdict.NOT_ACHIEVED, none.decision().verdict());
    Results later = results(turnedAround().attachedOn(AS_OF.plusDays(1)));
    assertEquals(Set.of("attached"), unmet(later));
  }

  @Test
  void aFamilyAttachedBeforeTheProgrammeHasNoResults() {
    Results r = results(turnedAround().attachedOn(LocalDate.of(2012, 3, 31)));
    assertEquals(Set.of("attached-in-programme"), unmet(r));
    assertEquals(Optional.empty(), r.phase());
  }

  @Test
  void progressToWorkNeedsAnAdultsStepAfterAttachment() {
    Results after = results(family().indicator(new WorkProgress(PARENT, WorkProgressKind.ATTACHED_TO_ESF_PROVISION, ATTACHED)));
    assertTrue(after.has(ClaimKind.PROGRESS_TO_WORK_RESULT));
    Results before = results(family().indicator(new WorkProgress(PARENT, WorkProgressKind.VOLUNTEERED_FOR_WORK_PROGRAMME, ATTACHED.minusDays(1))));
    assertFalse(before.has(ClaimKind.PROGRESS_TO_WORK_RESULT));
    assertTrue(unmet(before).contains("progress-to-work"));
  }

  private static Family.Builder employed(BenefitType benefit, LocalDate workFrom) {
    return family()
        .indicator(new BenefitClaim(PARENT, benefit, DateRange.of(LocalDate.of(2011, 1, 1), workFrom.minusDays(1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(workFrom)));
  }

  @Test
  void aFormerJsaClaimantNeedsTwentySixWeeksInWorkOfTheLastThirty() {
    LocalDate twentySixWeeks = AS_OF.minusWeeks(26).plusDays(1);
    assertTrue(results(employed(BenefitType.JOBSEEKERS_ALLOWANCE, twentySixWeeks)).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
    Results short1 = results(employed(BenefitType.JOBSEEKERS_ALLOWANCE, twentySixWeeks.plusWeeks(1)));
    assertFalse(short1.has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
    assertTrue(unmet(short1).contains("continuous-employment"));
    Results oneDayShort = results(employed(BenefitType.JOBSEEKERS_ALLOWANCE, twentySixWeeks.plusDays(1)));
    assertFalse(oneDayShort.has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
  }

  @Test
  void aFormerClaimantOfAnotherOutOfWorkBenefitNeedsThirteenWeeksOfTheLastFifteen() {
    LocalDate thirteenWeeks = AS_OF.minusWeeks(13).plusDays(1);
    assertTrue(results(employed(BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE, thirteenWeeks)).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
    assertFalse(results(employed(BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE, thirteenWeeks.plusWeeks(1))).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
  }

  @Test
  void continuousEmploymentNeedsTheAdultOffOutOfWorkBenefits() {
    Family.Builder stillClaiming = family()
        .indicator(new BenefitClaim(PARENT, BenefitType.INCOME_SUPPORT, DateRange.from(LocalDate.of(2011, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(LocalDate.of(2012, 6, 1))));
    assertFalse(results(stillClaiming).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
    Family.Builder neverClaimed = family().indicator(EmploymentSpell.of(PARENT, DateRange.from(LocalDate.of(2012, 6, 1))));
    assertFalse(results(neverClaimed).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
  }

  @Test
  void continuousEmploymentNeedsTheMoveOffBenefitsOnOrAfterAttachment() {
    Family.Builder leftOnAttachment = family()
        .indicator(new BenefitClaim(PARENT, BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE, DateRange.of(LocalDate.of(2011, 1, 1), ATTACHED)))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(ATTACHED.plusDays(1))));
    assertTrue(results(leftOnAttachment).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1), "claiming on the day of attachment, in work since");
    Family.Builder leftTheDayBefore = family()
        .indicator(new BenefitClaim(PARENT, BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE, DateRange.of(LocalDate.of(2011, 1, 1), ATTACHED.minusDays(1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(ATTACHED)));
    Results before = results(leftTheDayBefore);
    assertFalse(before.has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1), "off benefits before attachment: no move to pay for");
    assertTrue(unmet(before).contains("continuous-employment"));
    assertTrue(before.decision().reasons().stream().flatMap(r -> r.facts().stream())
        .anyMatch(f -> f.value().contains("off out-of-work benefits since " + ATTACHED.minusDays(1) + ", before attachment")), before.decision().reasons().toString());
  }

  @Test
  void onlyWorkAfterTheBenefitEndedCounts() {
    LocalDate thirteenWeeks = AS_OF.minusWeeks(13).plusDays(1);
    Family.Builder workedWhileClaiming = family()
        .indicator(new BenefitClaim(PARENT, BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE, DateRange.of(LocalDate.of(2011, 1, 1), thirteenWeeks)))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(LocalDate.of(2012, 6, 1))));
    assertFalse(results(workedWhileClaiming).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1),
        "the benefit ended on the first day of the thirteen weeks, so one day of them is not after the move");
    Family.Builder movedTheDayBefore = family()
        .indicator(new BenefitClaim(PARENT, BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE, DateRange.of(LocalDate.of(2011, 1, 1), thirteenWeeks.minusDays(1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(LocalDate.of(2012, 6, 1))));
    assertTrue(results(movedTheDayBefore).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1));
  }

  private static final LocalDate P2_ATTACHED = LocalDate.of(2015, 6, 1);
  private static final LocalDate P2_AS_OF = LocalDate.of(2016, 6, 1);
  private static final OutcomesPlan PLAN = new OutcomesPlan(AUTHORITY, Map.of(
      Phase2Problem.HEALTH, "engaged with treatment for six months",
      Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "no police call-outs for six months"), LocalDate.of(2015, 4, 1));

  private static Family.Builder phase2() {
    return Family.builder(FamilyId.of("f-2"), AUTHORITY)
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(2005, 1, 1)))
        .indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2015, 3, 1)))
        .indicator(new DomesticAbuse(Optional.empty(), DomesticAbuseKind.POLICE_CALL_OUT, LocalDate.of(2015, 4, 1)))
        .attachedOn(P2_ATTACHED);
  }

  private static ProblemProgress progress(Phase2Problem problem, String measure) {
    return new ProblemProgress(problem, measure, LocalDate.of(2016, 3, 1), true);
  }

  @Test
  void sustainedProgressAgainstEveryProblemAtAttachmentAchievesThePhaseTwoResult() {
    Family.Builder both = phase2()
        .outcome(progress(Phase2Problem.HEALTH, "engaged with treatment for six months"))
        .outcome(progress(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "no police call-outs for six months"));
    Results r = engine.results(both.build(), PLAN, P2_AS_OF);
    assertEquals(Optional.of(ProgrammePhase.PHASE_2), r.phase());
    assertEquals(Set.of(ClaimKind.SUSTAINED_PROGRESS_RESULT), r.achieved());
    assertFalse(engine.results(both.build(), P2_AS_OF).has(ClaimKind.SUSTAINED_PROGRESS_RESULT), "without a plan there are no measures");
  }

  @Test
  void progressAgainstOnlySomeProblemsOrByAnotherMeasureDoesNotAchieveIt() {
    Family.Builder one = phase2().outcome(progress(Phase2Problem.HEALTH, "engaged with treatment for six months"));
    Results r = engine.results(one.build(), PLAN, P2_AS_OF);
    assertFalse(r.has(ClaimKind.SUSTAINED_PROGRESS_RESULT));
    assertTrue(unmet(r).contains("sustained-progress"));
    Family.Builder otherMeasure = one.outcome(progress(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "fewer call-outs"));
    assertFalse(engine.results(otherMeasure.build(), PLAN, P2_AS_OF).has(ClaimKind.SUSTAINED_PROGRESS_RESULT));
    Family.Builder notSustained = phase2()
        .outcome(progress(Phase2Problem.HEALTH, "engaged with treatment for six months"))
        .outcome(new ProblemProgress(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "no police call-outs for six months", LocalDate.of(2016, 3, 1), false));
    assertFalse(engine.results(notSustained.build(), PLAN, P2_AS_OF).has(ClaimKind.SUSTAINED_PROGRESS_RESULT));
  }

  @Test
  void anAdultIntoContinuousWorkAchievesThePhaseTwoEmploymentResult() {
    Family.Builder b = phase2()
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 1, 31))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(LocalDate.of(2016, 2, 1))));
    Results r = engine.results(b.build(), PLAN, P2_AS_OF);
    assertEquals(Set.of(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2), r.achieved());
  }

  @Test
  void aUniversalCreditClaimantMovesOffOutOfWorkBenefitsWhenTheyMoveIntoWork() {
    // Universal Credit goes on in work: its out-of-work part ends the day before the work that runs
    // to the business date begins; a former claimant of a benefit other than JSA needs 13 of 15 weeks
    LocalDate thirteenWeeks = P2_AS_OF.minusWeeks(13).plusDays(1);
    Family.Builder enough = phase2()
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.from(LocalDate.of(2014, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(thirteenWeeks)));
    Results met = engine.results(enough.build(), PLAN, P2_AS_OF);
    assertEquals(Set.of(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2), met.achieved());
    assertTrue(met.decision().reasons().stream().flatMap(r -> r.facts().stream())
        .anyMatch(f -> f.value().contains("after the out-of-work benefit ended on " + thirteenWeeks.minusDays(1))), met.decision().reasons().toString());
    Family.Builder aDayShort = phase2()
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.from(LocalDate.of(2014, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(thirteenWeeks.plusDays(1))));
    Results shortOne = engine.results(aDayShort.build(), PLAN, P2_AS_OF);
    assertFalse(shortOne.has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2));
    assertTrue(unmet(shortOne).contains("continuous-employment"));
    Family.Builder outOfWork = phase2()
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.from(LocalDate.of(2014, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.of(thirteenWeeks, P2_AS_OF.minusDays(1))));
    Results lostWork = engine.results(outOfWork.build(), PLAN, P2_AS_OF);
    assertFalse(lostWork.has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2), "out of work on the business date");
    assertTrue(lostWork.decision().reasons().stream().flatMap(r -> r.facts().stream())
        .anyMatch(f -> f.value().contains("still claiming an out-of-work benefit")), lostWork.decision().reasons().toString());
    Family.Builder inWorkSinceBeforeAttachment = phase2()
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.from(LocalDate.of(2014, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(P2_ATTACHED.minusDays(1))));
    assertFalse(engine.results(inWorkSinceBeforeAttachment.build(), PLAN, P2_AS_OF).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2),
        "in work on Universal Credit since before attachment: no move to pay for");
    Family.Builder inWorkSinceAttachment = phase2()
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.from(LocalDate.of(2014, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(P2_ATTACHED.plusDays(1))));
    assertTrue(engine.results(inWorkSinceAttachment.build(), PLAN, P2_AS_OF).has(ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2),
        "out of work on the day of attachment, in work since");
  }

  @Test
  void aPlanOfAnotherAuthorityIsRejected() {
    OutcomesPlan leeds = new OutcomesPlan(AreaId.of("leeds"), PLAN.measures(), PLAN.agreedOn());
    Family f = phase2().build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.results(f, leeds, P2_AS_OF));
    assertEquals("the outcomes plan must be of the family's authority birmingham, was leeds for family f-2", e.getMessage());
  }

  @Test
  void resultsInABatchEqualResultsOneByOne() {
    List<Family> families = new ArrayList<>();
    families.add(turnedAround().build());
    families.add(Family.builder(FamilyId.of("f-9"), AUTHORITY).member(Member.adult(PARENT, LocalDate.of(1980, 1, 1))).build());
    families.add(phase2().outcome(progress(Phase2Problem.HEALTH, "engaged with treatment for six months"))
        .outcome(progress(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "no police call-outs for six months")).build());
    List<BatchResult<Results>> out;
    try (Stream<BatchResult<Results>> s = engine.resultsAll(families.iterator(), List.of(PLAN), P2_AS_OF, new BatchOptions(2, 2, d -> {}))) {
      out = s.toList();
    }
    assertEquals(3, out.size());
    for (int i = 0; i < 3; i++) {
      BatchResult.Success<?> ok = assertInstanceOf(BatchResult.Success.class, out.get(i));
      assertEquals(engine.results(families.get(i), PLAN, P2_AS_OF), ok.value());
    }
  }
}
