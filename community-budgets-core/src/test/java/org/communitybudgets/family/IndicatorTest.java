package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.Test;

/** The common contract of every indicator: member, date, headline problem, description. */
class IndicatorTest {
  private static final MemberId A1 = MemberId.of("a-1");
  private static final MemberId C17 = MemberId.of("c-17");
  private static final LocalDate DAY = LocalDate.of(2012, 5, 1);
  private static final DateRange OPEN = DateRange.from(LocalDate.of(2012, 9, 1));

  private static void assertIndicator(
      Indicator i,
      Optional<MemberId> member,
      LocalDate date,
      Optional<Phase2Problem> problem,
      String description) {
    assertEquals(member, i.member());
    assertEquals(date, i.date());
    assertEquals(problem, i.headlineProblem());
    assertEquals(description, i.description());
  }

  @Test
  void provenOffence() {
    assertIndicator(
        new ProvenOffence(C17, DAY, "criminal damage"),
        Optional.of(C17),
        DAY,
        Optional.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR),
        "proven offence by member c-17 on 2012-05-01");
    assertEquals("theft", new ProvenOffence(C17, DAY, "  theft ").offence());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> new ProvenOffence(C17, DAY, " "));
    assertEquals(
        "offence must be non-blank, was \" \" for proven offence by member c-17 on 2012-05-01",
        e.getMessage());
    assertEquals(
        "date proven is required for proven offence by member c-17",
        assertThrows(NullPointerException.class, () -> new ProvenOffence(C17, null, "theft"))
            .getMessage());
    assertEquals(
        "offender is required",
        assertThrows(NullPointerException.class, () -> new ProvenOffence(null, DAY, "theft"))
            .getMessage());
  }

  @Test
  void asbIntervention() {
    assertIndicator(
        new AsbIntervention(A1, AsbInterventionType.ASBO, DAY),
        Optional.of(A1),
        DAY,
        Optional.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR),
        "ASBO against member a-1 on 2012-05-01");
    assertEquals(
        "housing ASB intervention against member a-1 on 2012-05-01",
        new AsbIntervention(A1, AsbInterventionType.HOUSING_ASB_INTERVENTION, DAY).description());
    assertEquals(
        "intervention type is required for ASB intervention against member a-1",
        assertThrows(NullPointerException.class, () -> new AsbIntervention(A1, null, DAY))
            .getMessage());
  }

  @Test
  void asbIncident() {
    assertIndicator(
        AsbIncident.againstFamily(DAY),
        Optional.empty(),
        DAY,
        Optional.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR),
        "ASB incident of the family on 2012-05-01");
    assertIndicator(
        AsbIncident.against(A1, DAY),
        Optional.of(A1),
        DAY,
        Optional.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR),
        "ASB incident of member a-1 on 2012-05-01");
    assertEquals(
        "date is required for ASB incident of member a-1",
        assertThrows(NullPointerException.class, () -> AsbIncident.against(A1, null)).getMessage());
    assertEquals(
        "member is required",
        assertThrows(NullPointerException.class, () -> new AsbIncident(null, DAY)).getMessage());
  }

  @Test
  void exclusion() {
    SchoolTerm term = SchoolTerm.parse("2012 autumn");
    LocalDate day = LocalDate.of(2012, 10, 3);
    assertIndicator(
        new Exclusion(C17, ExclusionKind.FIXED_TERM, term, day),
        Optional.of(C17),
        day,
        Optional.of(Phase2Problem.SCHOOL_ATTENDANCE),
        "fixed term exclusion of child c-17, term 2012 autumn, on 2012-10-03");
    assertEquals(
        "date is required for exclusion of child c-17, term 2012 autumn",
        assertThrows(
                NullPointerException.class,
                () -> new Exclusion(C17, ExclusionKind.PERMANENT, term, null))
            .getMessage());
    assertEquals(
        "exclusion kind is required for exclusion of child c-17",
        assertThrows(NullPointerException.class, () -> new Exclusion(C17, null, term, day))
            .getMessage());
  }

  @Test
  void schoolPlacement() {
    SchoolPlacement p = new SchoolPlacement(C17, Provision.PUPIL_REFERRAL_UNIT, OPEN, true);
    assertIndicator(
        p,
        Optional.of(C17),
        OPEN.start(),
        Optional.of(Phase2Problem.SCHOOL_ATTENDANCE),
        "school placement (pupil referral unit, after exclusion) of child c-17, 2012-09-01..");
    assertTrue(p.isCurrentOn(LocalDate.of(2013, 1, 1)));
    assertFalse(p.isCurrentOn(LocalDate.of(2012, 8, 31)));
    assertEquals(
        "school placement (not on roll) of child c-17, 2012-09-01..",
        new SchoolPlacement(C17, Provision.NOT_ON_ROLL, OPEN, false).description());
    assertEquals(
        "period is required for school placement of child c-17",
        assertThrows(
                NullPointerException.class,
                () -> new SchoolPlacement(C17, Provision.NOT_ON_ROLL, null, false))
            .getMessage());
  }

  @Test
  void benefitClaim() {
    DateRange period = DateRange.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 30));
    BenefitClaim c = new BenefitClaim(A1, BenefitType.JOBSEEKERS_ALLOWANCE, period);
    assertIndicator(
        c,
        Optional.of(A1),
        LocalDate.of(2012, 1, 1),
        Optional.of(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION),
        "jobseekers allowance claim of member a-1, 2012-01-01..2012-06-30");
    assertTrue(c.isOpenOn(LocalDate.of(2012, 6, 30)));
    assertFalse(c.isOpenOn(LocalDate.of(2012, 7, 1)));
    assertEquals(
        "benefit type is required for benefit claim of member a-1",
        assertThrows(NullPointerException.class, () -> new BenefitClaim(A1, null, period))
            .getMessage());
  }

  @Test
  void employmentSpell() {
    EmploymentSpell s = new EmploymentSpell(A1, OPEN, Optional.of(16));
    assertIndicator(
        s, Optional.of(A1), OPEN.start(), Optional.empty(), "employment of member a-1, 2012-09-01..");
    assertTrue(s.isCurrentOn(LocalDate.of(2020, 1, 1)));
    assertEquals(Optional.empty(), EmploymentSpell.of(A1, OPEN).hoursPerWeek());
    assertEquals(Optional.of(1), new EmploymentSpell(A1, OPEN, Optional.of(1)).hoursPerWeek());
    assertEquals(Optional.of(168), new EmploymentSpell(A1, OPEN, Optional.of(168)).hoursPerWeek());
    assertEquals(
        "hours per week must be within 1–168, was 0 for employment of member a-1, 2012-09-01..",
        assertThrows(
                InvalidValueException.class, () -> new EmploymentSpell(A1, OPEN, Optional.of(0)))
            .getMessage());
    assertEquals(
        "hours per week must be within 1–168, was 169 for employment of member a-1, 2012-09-01..",
        assertThrows(
                InvalidValueException.class, () -> new EmploymentSpell(A1, OPEN, Optional.of(169)))
            .getMessage());
  }

  @Test
  void workProgress() {
    assertIndicator(
        new WorkProgress(A1, WorkProgressKind.VOLUNTEERED_FOR_WORK_PROGRAMME, DAY),
        Optional.of(A1),
        DAY,
        Optional.empty(),
        "progress to work (volunteered for work programme) of member a-1 on 2012-05-01");
    assertEquals(
        "progress kind is required for progress to work of member a-1",
        assertThrows(NullPointerException.class, () -> new WorkProgress(A1, null, DAY))
            .getMessage());
  }

  @Test
  void localConcern() {
    assertIndicator(
        new LocalConcern(Optional.of(C17), ConcernType.CHILD_IN_NEED, DAY),
        Optional.of(C17),
        DAY,
        Optional.empty(),
        "local concern CHILD_IN_NEED of member c-17 on 2012-05-01");
    assertEquals(
        "date recorded is required for local concern UNSTABLE_HOUSING of the family",
        assertThrows(
                NullPointerException.class,
                () -> new LocalConcern(Optional.empty(), ConcernType.UNSTABLE_HOUSING, null))
            .getMessage());
  }

  @Test
  void childNeedingHelp() {
    assertIndicator(
        new ChildNeedingHelp(C17, HelpKind.CHILD_PROTECTION_PLAN, OPEN),
        Optional.of(C17),
        OPEN.start(),
        Optional.of(Phase2Problem.CHILDREN_WHO_NEED_HELP),
        "child protection plan of child c-17, 2012-09-01..");
    assertEquals(
        "help kind is required for child needing help c-17",
        assertThrows(NullPointerException.class, () -> new ChildNeedingHelp(C17, null, OPEN))
            .getMessage());
  }

  @Test
  void domesticAbuse() {
    assertIndicator(
        new DomesticAbuse(Optional.empty(), DomesticAbuseKind.POLICE_CALL_OUT, DAY),
        Optional.empty(),
        DAY,
        Optional.of(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE),
        "domestic abuse (police call out) of the family on 2012-05-01");
    assertEquals(
        "domestic abuse kind is required for domestic abuse of member a-1",
        assertThrows(
                NullPointerException.class, () -> new DomesticAbuse(Optional.of(A1), null, DAY))
            .getMessage());
  }

  @Test
  void healthProblem() {
    assertIndicator(
        new HealthProblem(A1, HealthProblemKind.MENTAL_HEALTH, DAY),
        Optional.of(A1),
        DAY,
        Optional.of(Phase2Problem.HEALTH),
        "mental health problem of member a-1 on 2012-05-01");
    assertEquals(
        "date recorded is required for health problem of member a-1",
        assertThrows(
                NullPointerException.class,
                () -> new HealthProblem(A1, HealthProblemKind.ALCOHOL_MISUSE, null))
            .getMessage());
  }

  @Test
  void financialExclusionRisk() {
    assertIndicator(
        new FinancialExclusionRisk(Optional.empty(), FinancialExclusionKind.RENT_ARREARS, DAY),
        Optional.empty(),
        DAY,
        Optional.of(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION),
        "financial exclusion risk (rent arrears) of the family on 2012-05-01");
    assertEquals(
        "financial exclusion kind is required for financial exclusion risk of the family",
        assertThrows(
                NullPointerException.class,
                () -> new FinancialExclusionRisk(Optional.empty(), null, DAY))
            .getMessage());
  }

  @Test
  void youngPersonNotInWork() {
    assertIndicator(
        new YoungPersonNotInWork(C17, OPEN),
        Optional.of(C17),
        OPEN.start(),
        Optional.of(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION),
        "member c-17 not in education, employment or training, 2012-09-01..");
    assertEquals(
        "period is required for young person not in work c-17",
        assertThrows(NullPointerException.class, () -> new YoungPersonNotInWork(C17, null))
            .getMessage());
  }

  @Test
  void concernsAndWindowsReadTheMemberAndDate() {
    Indicator i = new ProvenOffence(C17, DAY, "theft");
    assertTrue(i.concerns(C17));
    assertFalse(i.concerns(A1));
    assertFalse(AsbIncident.againstFamily(DAY).concerns(C17));
    assertTrue(i.isWithin(DateRange.of(DAY, DAY)));
    assertTrue(i.isWithin(DateRange.of(DAY.minusMonths(12), DAY)));
    assertFalse(i.isWithin(DateRange.of(DAY.plusDays(1), DAY.plusMonths(12))));
  }
}
