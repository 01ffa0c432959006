package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.Test;

class FamilyTest {
  private static final FamilyId F1 = FamilyId.of("f-1001");
  private static final AreaId MANCHESTER = AreaId.of("manchester");
  private static final MemberId A1 = MemberId.of("a-1");
  private static final MemberId C17 = MemberId.of("c-17");
  private static final Member ADULT = Member.adult(A1, LocalDate.of(1980, 3, 1));
  private static final Member CHILD = Member.child(C17, LocalDate.of(1995, 6, 1));
  private static final SchoolTerm SUMMER_2012 = SchoolTerm.parse("2012 summer");
  private static final SchoolTerm AUTUMN_2012 = SchoolTerm.parse("2012 autumn");
  private static final SchoolTerm SPRING_2013 = SchoolTerm.parse("2013 spring");
  private static final List<SchoolTerm> LAST_THREE = List.of(SUMMER_2012, AUTUMN_2012, SPRING_2013);

  private static Family.Builder base() {
    return Family.builder(F1, MANCHESTER).member(ADULT).member(CHILD);
  }

  @Test
  void builderCollectsEverything() {
    ProvenOffence offence = new ProvenOffence(C17, LocalDate.of(2012, 11, 5), "theft");
    AsbIncident incident = AsbIncident.againstFamily(LocalDate.of(2012, 12, 1));
    DeclaredResult result =
        new DeclaredResult(ResultKind.PROGRESS_TO_WORK, LocalDate.of(2013, 5, 1), "ESF record");
    Family f =
        base()
            .indicator(offence)
            .indicator(incident)
            .attachedOn(LocalDate.of(2013, 1, 10))
            .outcome(result)
            .build();
    assertEquals(List.of(ADULT, CHILD), f.members());
    assertEquals(List.of(offence, incident), f.indicators());
    assertEquals(Optional.of(Attachment.on(LocalDate.of(2013, 1, 10))), f.attachment());
    assertTrue(f.isAttached());
    assertEquals(List.of(result), f.outcomes());
    assertEquals(List.of(result), f.outcomes(DeclaredResult.class));
    assertEquals(List.of(), f.outcomes(ProblemProgress.class));
    assertEquals(f, f.toBuilder().build());
    assertFalse(f.toBuilder().notAttached().build().isAttached());
  }

  @Test
  void constructorAndBuilderAgree() {
    Family f = base().build();
    assertEquals(
        new Family(F1, MANCHESTER, List.of(ADULT, CHILD), List.of(), Optional.empty(), List.of()),
        f);
    assertThrows(UnsupportedOperationException.class, () -> f.members().add(ADULT));
  }

  @Test
  void needsAMember() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Family.builder(F1, MANCHESTER).build());
    assertEquals("members must be non-empty, was none for family f-1001", e.getMessage());
  }

  @Test
  void memberIdsMustBeUnique() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> base().member(Member.child(C17, LocalDate.of(2001, 1, 1))).build());
    assertEquals("member ids must be unique, was repeated [c-17] for family f-1001", e.getMessage());
  }

  @Test
  void indicatorMustBeAboutAMember() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                base()
                    .indicator(new ProvenOffence(MemberId.of("c-99"), LocalDate.of(2012, 5, 1), "theft"))
                    .build());
    assertEquals(
        "indicator member must be a member of the family, was c-99 for proven offence by member c-99 on 2012-05-01, family f-1001",
        e.getMessage());
  }

  @Test
  void oneAttendanceRecordPerChildAndTerm() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                base()
                    .indicator(new TermAttendance(C17, AUTUMN_2012, 100, 0, 5))
                    .indicator(new TermAttendance(C17, AUTUMN_2012, 100, 0, 6))
                    .build());
    assertEquals(
        "term attendance must be unique, was repeated [child c-17, term 2012 autumn] for family f-1001",
        e.getMessage());
  }

  @Test
  void nullsNameTheField() {
    assertEquals(
        "authority is required for family f-1001",
        assertThrows(NullPointerException.class, () -> Family.builder(F1, null).member(ADULT).build())
            .getMessage());
    assertEquals(
        "family id is required",
        assertThrows(
                NullPointerException.class, () -> Family.builder(null, MANCHESTER).member(ADULT).build())
            .getMessage());
    assertEquals(
        "indicators[0] is required",
        assertThrows(
                NullPointerException.class,
                () ->
                    new Family(
                        F1,
                        MANCHESTER,
                        List.of(ADULT),
                        java.util.Arrays.asList((Indicator) null),
                        Optional.empty(),
                        List.of()))
            .getMessage());
  }

  @Test
  void memberLookup() {
    Family f = base().build();
    assertEquals(Optional.of(CHILD), f.member(C17));
    assertEquals(Optional.empty(), f.member(MemberId.of("x")));
    assertTrue(f.hasMember(A1));
  }

  @Test
  void childrenAndAdultsSplitOnTheEighteenthBirthday() {
    Member baby = Member.child(MemberId.of("c-20"), LocalDate.of(2013, 7, 1));
    Family f = base().member(baby).build();
    assertEquals(List.of(CHILD), f.childrenOn(LocalDate.of(2013, 5, 31)));
    assertEquals(List.of(ADULT), f.adultsOn(LocalDate.of(2013, 5, 31)));
    assertEquals(List.of(), f.childrenOn(LocalDate.of(2013, 6, 1)));
    assertEquals(List.of(ADULT, CHILD), f.adultsOn(LocalDate.of(2013, 6, 1)));
    assertEquals(List.of(baby), f.childrenOn(LocalDate.of(2013, 7, 1)));
  }

  @Test
  void typedAndWindowedIndicators() {
    ProvenOffence early = new ProvenOffence(C17, LocalDate.of(2011, 5, 1), "theft");
    ProvenOffence late = new ProvenOffence(C17, LocalDate.of(2012, 5, 1), "assault");
    AsbIntervention abc =
        new AsbIntervention(A1, AsbInterventionType.ACCEPTABLE_BEHAVIOUR_CONTRACT, LocalDate.of(2012, 6, 1));
    Family f = base().indicator(early).indicator(abc).indicator(late).build();
    assertEquals(List.of(early, late), f.indicators(ProvenOffence.class));
    assertEquals(List.of(early, abc, late), f.indicators(Indicator.class));
    DateRange lastYear = DateRange.of(LocalDate.of(2011, 5, 2), LocalDate.of(2012, 5, 1));
    assertEquals(List.of(late), f.indicatorsWithin(ProvenOffence.class, lastYear));
    assertEquals(List.of(abc), f.indicatorsAbout(A1));
  }

  @Test
  void attendanceRatesSumSessionsOverTheRecordedTerms() {
    Family f =
        base()
            .indicator(new TermAttendance(C17, SUMMER_2012, 100, 10, 10))
            .indicator(new TermAttendance(C17, SPRING_2013, 100, 0, 20))
            .indicator(new TermAttendance(C17, SchoolTerm.parse("2012 spring"), 100, 0, 100))
            .build();
    assertEquals(
        List.of(SUMMER_2012, SPRING_2013),
        f.attendance(C17, LAST_THREE).stream().map(TermAttendance::term).toList());
    assertEquals(Optional.of(Percentage.of(15)), f.unauthorisedRate(C17, LAST_THREE));
    assertEquals(Optional.of(Percentage.of(20)), f.absenceRate(C17, LAST_THREE));
    assertEquals(Optional.empty(), f.unauthorisedRate(A1, LAST_THREE));
    assertEquals(Optional.empty(), f.absenceRate(C17, List.of(AUTUMN_2012)));
  }

  @Test
  void exclusionsAreCountedByKindAndTerm() {
    Family f =
        base()
            .indicator(new Exclusion(C17, ExclusionKind.FIXED_TERM, SUMMER_2012, LocalDate.of(2012, 5, 1)))
            .indicator(new Exclusion(C17, ExclusionKind.FIXED_TERM, AUTUMN_2012, LocalDate.of(2012, 10, 1)))
            .indicator(new Exclusion(C17, ExclusionKind.FIXED_TERM, AUTUMN_2012, LocalDate.of(2012, 11, 1)))
            .indicator(new Exclusion(C17, ExclusionKind.FIXED_TERM, SchoolTerm.parse("2012 spring"), LocalDate.of(2012, 2, 1)))
            .indicator(new Exclusion(C17, ExclusionKind.PERMANENT, SPRING_2013, LocalDate.of(2013, 2, 1)))
            .build();
    assertEquals(3, f.exclusionCount(C17, ExclusionKind.FIXED_TERM, LAST_THREE));
    assertEquals(1, f.exclusionCount(C17, ExclusionKind.PERMANENT, LAST_THREE));
    assertEquals(0, f.exclusionCount(A1, ExclusionKind.FIXED_TERM, LAST_THREE));
  }

  @Test
  void daysEmployedCountOverlappingSpellsOnce() {
    LocalDate start = LocalDate.of(2013, 1, 1);
    DateRange window = DateRange.of(start, start.plusWeeks(30).minusDays(1));
    Family f =
        base()
            .indicator(EmploymentSpell.of(A1, DateRange.of(start.minusDays(10), start.plusDays(9))))
            .indicator(EmploymentSpell.of(A1, DateRange.of(start.plusDays(5), start.plusDays(19))))
            .indicator(EmploymentSpell.of(A1, DateRange.from(start.plusDays(200))))
            .indicator(EmploymentSpell.of(C17, DateRange.from(start)))
            .build();
    // days 0–19 of the window, then days 200–209
    assertEquals(30, f.daysEmployedWithin(A1, window));
    assertEquals(210, f.daysEmployedWithin(C17, window));
    assertEquals(0, base().build().daysEmployedWithin(A1, window));
  }

  @Test
  void daysEmployedNeedABoundedWindow() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> base().build().daysEmployedWithin(A1, DateRange.from(LocalDate.of(2013, 1, 1))));
    assertEquals("window must be bounded, was 2013-01-01.. for family f-1001", e.getMessage());
  }

  @Test
  void theLastDayOutOfWorkOfAClaimSkipsBackOverTheClaimantsWork() {
    LocalDate start = LocalDate.of(2014, 1, 1);
    LocalDate day = LocalDate.of(2015, 1, 1);
    BenefitClaim uc = new BenefitClaim(A1, BenefitType.UNIVERSAL_CREDIT, DateRange.from(start));
    assertEquals(Optional.of(day), base().indicator(uc).build().lastDayOutOfWork(uc, day), "out of work on the day");
    // two spells back to back, overlapping, run to the day: the claim was last out of work before the first
    Family inWork = base().indicator(uc)
        .indicator(EmploymentSpell.of(A1, DateRange.from(LocalDate.of(2014, 9, 1))))
        .indicator(EmploymentSpell.of(A1, DateRange.of(LocalDate.of(2014, 6, 1), LocalDate.of(2014, 9, 10))))
        .indicator(EmploymentSpell.of(C17, DateRange.from(start)))
        .build();
    assertEquals(Optional.of(LocalDate.of(2014, 5, 31)), inWork.lastDayOutOfWork(uc, day));
    assertTrue(inWork.isEmployedOn(A1, day));
    assertFalse(inWork.isEmployedOn(A1, LocalDate.of(2014, 5, 31)));
    Family alwaysInWork = base().indicator(uc).indicator(EmploymentSpell.of(A1, DateRange.from(start.minusDays(1)))).build();
    assertEquals(Optional.empty(), alwaysInWork.lastDayOutOfWork(uc, day), "in work on every day of the claim");
    BenefitClaim ended = new BenefitClaim(A1, BenefitType.UNIVERSAL_CREDIT, DateRange.of(start, LocalDate.of(2014, 3, 31)));
    assertEquals(Optional.of(LocalDate.of(2014, 3, 31)), base().indicator(ended).build().lastDayOutOfWork(ended, day));
    assertEquals(Optional.empty(), base().indicator(uc).build().lastDayOutOfWork(uc, start.minusDays(1)), "the claim starts after the day");
  }
}
