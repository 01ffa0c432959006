package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.Test;

class TermAttendanceTest {
  private static final MemberId C17 = MemberId.of("c-17");
  private static final SchoolTerm AUTUMN_2012 = SchoolTerm.parse("2012 autumn");

  private static TermAttendance of(int possible, int authorised, int unauthorised) {
    return new TermAttendance(C17, AUTUMN_2012, possible, authorised, unauthorised);
  }

  private static String invalid(int possible, int authorised, int unauthorised) {
    return assertThrows(InvalidValueException.class, () -> of(possible, authorised, unauthorised))
        .getMessage();
  }

  @Test
  void unauthorisedAboveThePossibleSessionsIsRejectedWithTheShare() {
    assertEquals(
        "unauthorised absence must be within 0–100% of possible sessions, was 130% (130 of 100 sessions) for child c-17, term 2012 autumn",
        invalid(100, 0, 130));
  }

  @Test
  void totalAboveThePossibleSessionsIsRejectedWithTheShare() {
    assertEquals(
        "total absence must be within 0–100% of possible sessions, was 110% (110 of 100 sessions) for child c-17, term 2012 autumn",
        invalid(100, 60, 50));
  }

  @Test
  void countsMustBeInRange() {
    assertEquals(
        "possible sessions must be positive, was 0 for child c-17, term 2012 autumn",
        invalid(0, 0, 0));
    assertEquals(
        "authorised absences must be zero or more, was -1 for child c-17, term 2012 autumn",
        invalid(100, -1, 0));
    assertEquals(
        "unauthorised absences must be zero or more, was -1 for child c-17, term 2012 autumn",
        invalid(100, 0, -1));
  }

  @Test
  void nullsNameTheField() {
    assertEquals(
        "child is required",
        assertThrows(NullPointerException.class, () -> new TermAttendance(null, AUTUMN_2012, 1, 0, 0))
            .getMessage());
    assertEquals(
        "term is required for attendance of child c-17",
        assertThrows(NullPointerException.class, () -> new TermAttendance(C17, null, 1, 0, 0))
            .getMessage());
  }

  @Test
  void wholeTermMissedIsAccepted() {
    assertEquals(Percentage.ONE_HUNDRED, of(100, 0, 100).unauthorisedRate());
    assertEquals(Percentage.ONE_HUNDRED, of(100, 40, 60).absenceRate());
    assertEquals(Percentage.ZERO, of(100, 0, 0).absenceRate());
  }

  @Test
  void ratesAreExact() {
    TermAttendance a = of(100, 5, 15);
    assertEquals(Percentage.of(15), a.unauthorisedRate());
    assertEquals(Percentage.of(20), a.absenceRate());
    assertEquals(20, a.sessionsMissed());
    assertEquals(Percentage.of("14.9"), of(1000, 0, 149).unauthorisedRate());
    assertEquals(Percentage.of("33.3333333333"), of(3, 0, 1).unauthorisedRate());
  }

  @Test
  void isDatedByTheTermStartAndAboutTheChild() {
    TermAttendance a = of(100, 0, 0);
    assertEquals(LocalDate.of(2012, 9, 1), a.date());
    assertEquals(Optional.of(C17), a.member());
    assertEquals(Optional.of(Phase2Problem.SCHOOL_ATTENDANCE), a.headlineProblem());
    assertEquals("attendance of child c-17, term 2012 autumn", a.description());
  }
}
