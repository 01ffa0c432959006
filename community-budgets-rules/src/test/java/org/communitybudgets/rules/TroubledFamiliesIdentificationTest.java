package org.communitybudgets.rules;

import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Phase1Criterion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.AsbInterventionType;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.ConcernType;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.DomesticAbuseKind;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.HealthProblemKind;
import org.communitybudgets.family.HelpKind;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.Provision;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.time.SchoolTerm.Season.AUTUMN;
import static org.communitybudgets.time.SchoolTerm.Season.SPRING;
import static org.communitybudgets.time.SchoolTerm.Season.SUMMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identification for both phases, at each criterion's boundary (TF frameworks 2012 and 2015). Phase-1
 * cases are judged on 10 May 2013: the look-back window is 11 May 2012 to 10 May 2013 and the last
 * three completed terms are 2012 summer, 2012 autumn and 2013 spring.
 */
class TroubledFamiliesIdentificationTest {
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final LocalDate PHASE_2_DAY = LocalDate.of(2016, 5, 10);
  private static final MemberId PARENT = MemberId.of("a-1");
  private static final MemberId CHILD = MemberId.of("c-1");
  private static final List<SchoolTerm> TERMS =
      List.of(SchoolTerm.of(2012, SUMMER), SchoolTerm.of(2012, AUTUMN), SchoolTerm.of(2013, SPRING));
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  private static Family.Builder family() {
    return Family.builder(FamilyId.of("f-1"), AreaId.of("birmingham"))
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(2000, 1, 1)));
  }

  private static ProvenOffence childOffence(LocalDate on) {
    return new ProvenOffence(CHILD, on, "theft");
  }

  private static BenefitClaim jsa() {
    return new BenefitClaim(PARENT, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2011, 1, 1)));
  }

  /** Three terms of 1,000 sessions each, with {@code tenths}/10 percent of the 3,000 sessions missed without leave. */
  private static Family.Builder withAbsence(Family.Builder b, int tenths) {
    int total = 3 * tenths; // 3,000 sessions × tenths / 1,000
    int[] split = {total / 3, total / 3, total - 2 * (total / 3)};
    for (int i = 0; i < 3; i++) {
      b.indicator(new TermAttendance(CHILD, TERMS.get(i), 1000, 0, split[i]));
    }
    return b;
  }

  private static Identification identify(Family.Builder b) {
    return engine.identify(b.build(), AS_OF);
  }

  private static Set<String> unmet(Identification i) {
    return Set.copyOf(i.decision().unmetConditions().stream().map(UnmetCondition::code).toList());
  }

  @Test
  void allThreeNationalCriteriaIdentifyAFamily() {
    Identification i = identify(family().indicator(childOffence(LocalDate.of(2013, 1, 5))).indicator(jsa())
        .indicator(new Exclusion(CHILD, ExclusionKind.PERMANENT, SchoolTerm.of(2012, AUTUMN), LocalDate.of(2012, 10, 3))));
    assertEquals(EligibilityVerdict.ELIGIBLE, i.decision().verdict());
    assertEquals(Optional.of(ProgrammePhase.PHASE_1), i.phase());
    assertEquals(Set.of(Phase1Criterion.CRIME_ASB, Phase1Criterion.EDUCATION, Phase1Criterion.WORK), i.criteriaMet());
    assertTrue(i.decision().rules().contains("A family meeting all three national criteria is identified for phase 1"));
    assertEquals(Set.of("local-discretion"), unmet(i), "why not is recorded even for an eligible family");
  }

  @Test
  void twoNationalCriteriaAndLocalDiscretionIdentifyAFamilyButTwoAloneDoNot() {
    Family.Builder two = family().indicator(childOffence(LocalDate.of(2013, 1, 5))).indicator(jsa());
    Identification without = identify(two);
    assertEquals(EligibilityVerdict.NOT_ELIGIBLE, without.decision().verdict());
    assertEquals(Set.of("education", "local-discretion", "phase-1-criteria"), unmet(without));

    Identification with = identify(two.indicator(new LocalConcern(Optional.empty(), ConcernType.DOMESTIC_VIOLENCE, LocalDate.of(2013, 2, 1))));
    assertEquals(EligibilityVerdict.ELIGIBLE, with.decision().verdict());
    assertTrue(with.decision().rules().contains(
        "A family meeting two national criteria and the local-discretion criterion is identified for phase 1"));
  }

  @Test
  void oneNationalCriterionAndLocalDiscretionIsNotEnough() {
    Identification i = identify(family().indicator(jsa())
        .indicator(new LocalConcern(Optional.empty(), ConcernType.MENTAL_HEALTH, LocalDate.of(2013, 2, 1))));
    assertEquals(EligibilityVerdict.NOT_ELIGIBLE, i.decision().verdict());
    assertEquals(Set.of(Phase1Criterion.WORK, Phase1Criterion.LOCAL_DISCRETION), i.criteriaMet());
  }

  @Test
  void aChildsOffenceCountsFromTheFirstDayOfTheTwelveMonthWindow() {
    Family.Builder base = family().indicator(jsa()).indicator(new Exclusion(CHILD, ExclusionKind.PERMANENT, SchoolTerm.of(2012, AUTUMN), LocalDate.of(2012, 10, 3)));
    assertTrue(identify(family().indicator(jsa()).indicator(new Exclusion(CHILD, ExclusionKind.PERMANENT, SchoolTerm.of(2012, AUTUMN), LocalDate.of(2012, 10, 3)))
        .indicator(childOffence(LocalDate.of(2012, 5, 11)))).criteriaMet().contains(Phase1Criterion.CRIME_ASB));
    assertFalse(identify(base.indicator(childOffence(LocalDate.of(2012, 5, 10)))).criteriaMet().contains(Phase1Criterion.CRIME_ASB));
  }

  @Test
  void anOffenceCountsOnlyIfTheOffenderWasUnderEighteenThatDay() {
    Family.Builder b = Family.builder(FamilyId.of("f-2"), AreaId.of("birmingham"))
        .member(Member.adult(PARENT, LocalDate.of(1980, 1, 1)))
        .member(Member.child(CHILD, LocalDate.of(1995, 1, 1)));
    assertTrue(identify(b.build().toBuilder().indicator(childOffence(LocalDate.of(2012, 12, 31)))).criteriaMet().contains(Phase1Criterion.CRIME_ASB));
    assertFalse(identify(b.indicator(childOffence(LocalDate.of(2013, 1, 1)))).criteriaMet().contains(Phase1Criterion.CRIME_ASB));
  }

  @Test
  void onlyTheListedAsbInterventionsCountInPhaseOne() {
    assertTrue(identify(family().indicator(new AsbIntervention(PARENT, AsbInterventionType.ACCEPTABLE_BEHAVIOUR_CONTRACT, LocalDate.of(2013, 3, 1))))
        .criteriaMet().contains(Phase1Criterion.CRIME_ASB));
    assertFalse(identify(family().indicator(new AsbIntervention(PARENT, AsbInterventionType.CIVIL_INJUNCTION, LocalDate.of(2013, 3, 1))))
        .criteriaMet().contains(Phase1Criterion.CRIME_ASB));
  }

  @Test
  void unauthorisedAbsenceMeetsTheEducationCriterionAtFifteenPercentNotAtFourteenPointNine() {
    Identification at = identify(withAbsence(family(), 150));
    Identification below = identify(withAbsence(family(), 149));
    assertTrue(at.criteriaMet().contains(Phase1Criterion.EDUCATION));
    assertFalse(below.criteriaMet().contains(Phase1Criterion.EDUCATION));
    ParameterRead threshold =
        below.decision().reasons().stream().flatMap(r -> r.parameters().stream())
            .filter(p -> p.key().equals("tf.phase1.unauthorised-absence")).findFirst().orElseThrow();
    assertEquals("15%", threshold.value());
    assertEquals(DateRange.from(LocalDate.of(2010, 4, 1)), threshold.effective());
  }

  @Test
  void threeFixedTermExclusionsInTheLastThreeTermsMeetTheEducationCriterionTwoDoNot() {
    Family.Builder two = family()
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SUMMER), LocalDate.of(2012, 5, 20)))
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2013, SPRING), LocalDate.of(2013, 2, 20)));
    assertFalse(identify(two).criteriaMet().contains(Phase1Criterion.EDUCATION));
    Family.Builder olderThird = two.build().toBuilder()
        .indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, SPRING), LocalDate.of(2012, 2, 20)));
    assertFalse(identify(olderThird).criteriaMet().contains(Phase1Criterion.EDUCATION), "a term before the last three does not count");
    assertTrue(identify(two.indicator(new Exclusion(CHILD, ExclusionKind.FIXED_TERM, SchoolTerm.of(2012, AUTUMN), LocalDate.of(2012, 11, 20))))
        .criteriaMet().contains(Phase1Criterion.EDUCATION));
  }

  @Test
  void aPupilReferralUnitPlacementCountsOnlyAfterExclusionAndNotOnRollCounts() {
    DateRange open = DateRange.from(LocalDate.of(2013, 1, 7));
    assertTrue(identify(family().indicator(new SchoolPlacement(CHILD, Provision.PUPIL_REFERRAL_UNIT, open, true))).criteriaMet().contains(Phase1Criterion.EDUCATION));
    assertFalse(identify(family().indicator(new SchoolPlacement(CHILD, Provision.PUPIL_REFERRAL_UNIT, open, false))).criteriaMet().contains(Phase1Criterion.EDUCATION));
    assertTrue(identify(family().indicator(new SchoolPlacement(CHILD, Provision.NOT_ON_ROLL, open, false))).criteriaMet().contains(Phase1Criterion.EDUCATION));
    DateRange ended = DateRange.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 5, 9));
    assertFalse(identify(family().indicator(new SchoolPlacement(CHILD, Provision.NOT_ON_ROLL, ended, false))).criteriaMet().contains(Phase1Criterion.EDUCATION));
  }

  @Test
  void theWorkCriterionNeedsAnOutOfWorkBenefitOpenOnTheDay() {
    assertTrue(identify(family().indicator(jsa())).criteriaMet().contains(Phase1Criterion.WORK));
    assertFalse(identify(family().indicator(new BenefitClaim(PARENT, BenefitType.JOBSEEKERS_ALLOWANCE,
        DateRange.of(LocalDate.of(2012, 1, 1), AS_OF.minusDays(1))))).criteriaMet().contains(Phase1Criterion.WORK));
    assertFalse(identify(family().indicator(new BenefitClaim(PARENT, BenefitType.HOUSING_BENEFIT,
        DateRange.from(LocalDate.of(2012, 1, 1))))).criteriaMet().contains(Phase1Criterion.WORK));
  }

  @Test
  void anAuthorityCanChooseWhichConcernsCountUnderLocalDiscretion() {
    Family.Builder b = family().indicator(childOffence(LocalDate.of(2013, 1, 5))).indicator(jsa())
        .indicator(new LocalConcern(Optional.empty(), ConcernType.UNSTABLE_HOUSING, LocalDate.of(2013, 2, 1)));
    assertEquals(EligibilityVerdict.ELIGIBLE, identify(b).decision().verdict());
    CommunityBudgetsEngine leeds = CommunityBudgetsEngine.builder()
        .parameterOverrides("leeds/parameters.yaml", """
            documents:
              LEEDS_FILTER: {short-name: Leeds filter, title: "Leeds City Council, Families First local filter, 2012"}
            tf.phase1.local-discretion-concerns:
              source: {document: LEEDS_FILTER, location: "annex A"}
              values:
                - from: 2010-04-01
                  value: [CHILD_IN_NEED, DOMESTIC_VIOLENCE]
            """)
        .build();
    Identification i = leeds.identify(b.build(), AS_OF);
    assertEquals(EligibilityVerdict.NOT_ELIGIBLE, i.decision().verdict());
    assertTrue(unmet(i).contains("local-discretion"));
  }

  @Test
  void phaseOneEndsOnThe31stOfMarch2015AndPhaseTwoBeginsTheNextDay() {
    Family f = family().indicator(jsa()).build();
    assertEquals(Optional.of(ProgrammePhase.PHASE_1), engine.identify(f, LocalDate.of(2015, 3, 31)).phase());
    assertEquals(Optional.of(ProgrammePhase.PHASE_2), engine.identify(f, LocalDate.of(2015, 4, 1)).phase());
    Identification before = engine.identify(f, LocalDate.of(2012, 3, 31));
    assertEquals(Optional.empty(), before.phase());
    assertEquals(Set.of("programme-running"), unmet(before));
    assertEquals(Optional.of(ProgrammePhase.PHASE_2), engine.identify(f, LocalDate.of(2020, 4, 1)).phase(), "extended into 2020-21");
    assertEquals(Optional.of(ProgrammePhase.PHASE_2), engine.identify(f, LocalDate.of(2021, 3, 31)).phase());
    assertEquals(Optional.empty(), engine.identify(f, LocalDate.of(2021, 4, 1)).phase());
  }

  @Test
  void phaseTwoWasPlannedToEndIn2020UntilTheSpendingRoundOf2019ExtendedIt() {
    Family f = family().indicator(jsa()).build();
    Policy before = new Policy(engine.parameterTable(), LocalDate.of(2019, 9, 3));
    assertEquals(LocalDate.of(2020, 3, 31), before.date("tf.phase2.last-day"));
    Policy after = new Policy(engine.parameterTable(), LocalDate.of(2019, 9, 4));
    assertEquals(LocalDate.of(2021, 3, 31), after.date("tf.phase2.last-day"));
    assertEquals(PolicyDocument.SPENDING_ROUND_2019, after.read("tf.phase2.last-day").source().document());
    assertEquals(Optional.of(ProgrammePhase.PHASE_2), engine.identify(f, LocalDate.of(2019, 9, 4)).phase());
  }

  @Test
  void anAuthorityThatStartedPhaseTwoEarlyIdentifiesByItsCriteriaFromSeptember2014() {
    CommunityBudgetsEngine early = CommunityBudgetsEngine.builder()
        .parameterOverrides("early.yaml", """
            tf.phase2.early-starters:
              source: {document: BUDGET_2014, location: "an early starter"}
              values:
                - {from: 2010-04-01, value: [birmingham]}
            """)
        .build();
    Family f = family().indicator(jsa()).build();
    assertEquals(Optional.of(ProgrammePhase.PHASE_1), early.identify(f, LocalDate.of(2014, 8, 31)).phase());
    Identification first = early.identify(f, LocalDate.of(2014, 9, 1));
    assertEquals(Optional.of(ProgrammePhase.PHASE_2), first.phase(), "phase 2 from the early start, though phase 1 still runs");
    assertTrue(first.decision().reasons().stream().flatMap(r -> r.parameters().stream())
        .anyMatch(p -> p.key().equals("tf.phase2.early-start-day")));
    assertEquals(Optional.of(ProgrammePhase.PHASE_1), engine.identify(f, LocalDate.of(2014, 9, 1)).phase(),
        "an authority not listed stays in phase 1 until 31 March 2015");
    Family other = Family.builder(FamilyId.of("f-9"), AreaId.of("leeds")).member(Member.adult(PARENT, LocalDate.of(1980, 1, 1))).build();
    assertEquals(Optional.of(ProgrammePhase.PHASE_1), early.identify(other, LocalDate.of(2014, 9, 1)).phase(),
        "the early start is the listed authority's only");
  }

  @Test
  void inPhaseTwoAPlacementAfterExclusionOrNoSchoolRollIsTheSchoolAttendanceProblem() {
    DateRange open = DateRange.from(LocalDate.of(2016, 1, 4));
    Family.Builder health = family().indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)));
    Set<Phase2Problem> both = Set.of(Phase2Problem.HEALTH, Phase2Problem.SCHOOL_ATTENDANCE);
    assertEquals(both, engine.identify(family().indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)))
        .indicator(new SchoolPlacement(CHILD, Provision.ALTERNATIVE_PROVISION, open, true)).build(), PHASE_2_DAY).criteriaMet());
    assertEquals(both, engine.identify(family().indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)))
        .indicator(new SchoolPlacement(CHILD, Provision.PUPIL_REFERRAL_UNIT, open, true)).build(), PHASE_2_DAY).criteriaMet());
    Identification noRoll = engine.identify(family().indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)))
        .indicator(new SchoolPlacement(CHILD, Provision.NOT_ON_ROLL, open, false)).build(), PHASE_2_DAY);
    assertEquals(both, noRoll.criteriaMet());
    assertTrue(noRoll.decision().reasons().stream().anyMatch(r -> r.rule().equals("A child not on a school roll is the school attendance problem")));
    assertEquals(Set.of(Phase2Problem.HEALTH), engine.identify(health
        .indicator(new SchoolPlacement(CHILD, Provision.ALTERNATIVE_PROVISION, open, false)).build(), PHASE_2_DAY).criteriaMet(),
        "alternative provision not after an exclusion does not count");
    DateRange ended = DateRange.of(LocalDate.of(2015, 9, 1), PHASE_2_DAY.minusDays(1));
    assertEquals(Set.of(Phase2Problem.HEALTH), engine.identify(family().indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)))
        .indicator(new SchoolPlacement(CHILD, Provision.NOT_ON_ROLL, ended, false)).build(), PHASE_2_DAY).criteriaMet(),
        "back on a roll by the business date");
  }

  @Test
  void universalCreditCountsAsWorklessnessOnlyWhileItsClaimantIsOutOfWork() {
    Family.Builder onUc = family()
        .indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)))
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.from(LocalDate.of(2015, 1, 1))));
    Identification outOfWork = engine.identify(onUc.build(), PHASE_2_DAY);
    assertEquals(Set.of(Phase2Problem.HEALTH, Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION), outOfWork.criteriaMet());
    Identification inWorkFromToday =
        engine.identify(onUc.indicator(EmploymentSpell.of(PARENT, DateRange.from(PHASE_2_DAY))).build(), PHASE_2_DAY);
    assertEquals(Set.of(Phase2Problem.HEALTH), inWorkFromToday.criteriaMet(), "Universal Credit goes on in work");
    assertTrue(unmet(inWorkFromToday).contains("worklessness-and-financial-exclusion"));
    Identification inWorkFromTomorrow = engine.identify(family()
        .indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)))
        .indicator(new BenefitClaim(PARENT, BenefitType.UNIVERSAL_CREDIT, DateRange.from(LocalDate.of(2015, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(PHASE_2_DAY.plusDays(1)))).build(), PHASE_2_DAY);
    assertEquals(Set.of(Phase2Problem.HEALTH, Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION), inWorkFromTomorrow.criteriaMet());
    Identification jsaInWork = engine.identify(family()
        .indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)))
        .indicator(new BenefitClaim(PARENT, BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2015, 1, 1))))
        .indicator(EmploymentSpell.of(PARENT, DateRange.from(PHASE_2_DAY))).build(), PHASE_2_DAY);
    assertEquals(Set.of(Phase2Problem.HEALTH, Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION), jsaInWork.criteriaMet(),
        "a claim of a benefit that stops in work counts as the family records it");
  }

  @Test
  void phaseTwoNeedsTwoHeadlineProblems() {
    Family.Builder one = family().indicator(new HealthProblem(PARENT, HealthProblemKind.MENTAL_HEALTH, LocalDate.of(2016, 1, 10)));
    Identification i1 = engine.identify(one.build(), PHASE_2_DAY);
    assertEquals(EligibilityVerdict.NOT_ELIGIBLE, i1.decision().verdict());
    assertEquals(Set.of(Phase2Problem.HEALTH), i1.criteriaMet());
    assertTrue(unmet(i1).contains("phase-2-problems"));
    Identification i2 = engine.identify(one.indicator(new DomesticAbuse(Optional.empty(), DomesticAbuseKind.POLICE_CALL_OUT, LocalDate.of(2016, 3, 1))).build(), PHASE_2_DAY);
    assertEquals(EligibilityVerdict.ELIGIBLE, i2.decision().verdict());
    assertEquals(Set.of(Phase2Problem.HEALTH, Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE), i2.criteriaMet());
  }

  @Test
  void phaseTwoSchoolAttendanceCountsEverySessionMissedFromTenPercent() {
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(3, PHASE_2_DAY);
    Family.Builder help = family().indicator(new ChildNeedingHelp(CHILD, HelpKind.CHILD_IN_NEED, DateRange.from(LocalDate.of(2015, 9, 1))));
    Family.Builder at = help.build().toBuilder();
    Family.Builder below = help.build().toBuilder();
    for (SchoolTerm t : terms) {
      at.indicator(new TermAttendance(CHILD, t, 100, 6, 4));
      below.indicator(new TermAttendance(CHILD, t, 100, 6, t.equals(terms.get(0)) ? 3 : 4));
    }
    assertEquals(EligibilityVerdict.ELIGIBLE, engine.identify(at.build(), PHASE_2_DAY).decision().verdict());
    assertEquals(EligibilityVerdict.NOT_ELIGIBLE, engine.identify(below.build(), PHASE_2_DAY).decision().verdict());
  }

  @Test
  void phaseTwoSchoolAttendanceFollowsTheThresholdOfTheSchoolYear() {
    LocalDate summer2015 = LocalDate.of(2015, 8, 31);
    LocalDate autumn2015 = LocalDate.of(2015, 9, 1);
    Family.Builder twelvePercent = family().indicator(new ChildNeedingHelp(CHILD, HelpKind.CHILD_IN_NEED, DateRange.from(LocalDate.of(2015, 4, 1))));
    for (SchoolTerm t : SchoolTerm.lastCompleted(4, autumn2015)) {
      twelvePercent.indicator(new TermAttendance(CHILD, t, 100, 8, 4));
    }
    Identification before = engine.identify(twelvePercent.build(), summer2015);
    assertEquals(EligibilityVerdict.NOT_ELIGIBLE, before.decision().verdict(), "12% is under the 15% threshold of 2014/15");
    assertTrue(before.decision().reasons().stream().flatMap(r -> r.parameters().stream())
        .anyMatch(p -> p.key().equals("tf.phase2.absence") && p.value().equals("15%")), before.decision().reasons().toString());
    assertEquals(EligibilityVerdict.ELIGIBLE, engine.identify(twelvePercent.build(), autumn2015).decision().verdict(),
        "from 2015/16 the threshold is 10%");
  }

  @Test
  void phaseTwoCrimeProblemCountsAdultsAndIncidentsToo() {
    Family.Builder b = family()
        .indicator(AsbIncident.againstFamily(LocalDate.of(2016, 2, 1)))
        .indicator(new HealthProblem(CHILD, HealthProblemKind.PHYSICAL_HEALTH, LocalDate.of(2016, 1, 10)));
    Identification i = engine.identify(b.build(), PHASE_2_DAY);
    assertEquals(Set.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR, Phase2Problem.HEALTH), i.criteriaMet());
    assertTrue(i.isEligible());
  }
}
