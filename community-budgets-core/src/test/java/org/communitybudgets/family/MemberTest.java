package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class MemberTest {
  private static final MemberId C1 = MemberId.of("c-1");

  @Test
  void factoriesSetTheRole() {
    assertEquals(Role.CHILD, Member.child(C1, LocalDate.of(2005, 6, 1)).role());
    assertEquals(Role.PARENT_OR_CARER, Member.adult(C1, LocalDate.of(1980, 6, 1)).role());
    assertEquals(
        Role.OTHER_ADULT, new Member(C1, LocalDate.of(1950, 1, 1), Role.OTHER_ADULT).role());
  }

  /**
   * Compulsory school age ends on the last Friday in June of the school year in which the child
   * turns 16: a child who turns 16 by 31 August leaves on the June before, one who turns 16 on 1
   * September the June after (Education Act 1996, s. 8(3); School Leaving Date Order 1997).
   */
  @Test
  void compulsorySchoolAgeEndsOnTheLastFridayInJuneOfTheSchoolYearTheChildTurnsSixteen() {
    LocalDate leaving2013 = LocalDate.of(2013, 6, 28);
    LocalDate leaving2014 = LocalDate.of(2014, 6, 27);
    assertEquals(leaving2013, Member.child(C1, LocalDate.of(1997, 1, 10)).lastDayOfCompulsorySchoolAge(16));
    assertEquals(leaving2013, Member.child(C1, LocalDate.of(1997, 6, 28)).lastDayOfCompulsorySchoolAge(16));
    assertEquals(leaving2013, Member.child(C1, LocalDate.of(1997, 8, 31)).lastDayOfCompulsorySchoolAge(16));
    assertEquals(leaving2014, Member.child(C1, LocalDate.of(1997, 9, 1)).lastDayOfCompulsorySchoolAge(16));
    assertEquals(leaving2014, Member.child(C1, LocalDate.of(1998, 8, 31)).lastDayOfCompulsorySchoolAge(16));
    // born on 29 February: 16 on 1 March in a year that is not a leap year
    assertEquals(LocalDate.of(2012, 6, 29), Member.child(C1, LocalDate.of(1996, 2, 29)).lastDayOfCompulsorySchoolAge(16));
    assertEquals(leaving2013, Member.child(C1, LocalDate.of(1996, 2, 29)).lastDayOfCompulsorySchoolAge(17));

    Member summerBorn = Member.child(C1, LocalDate.of(1997, 8, 31));
    assertFalse(summerBorn.isPastCompulsorySchoolAge(16, leaving2013));
    assertTrue(summerBorn.isPastCompulsorySchoolAge(16, leaving2013.plusDays(1)));
    assertTrue(summerBorn.isUnder(16, leaving2013.plusDays(1)), "a summer-born child leaves before turning 16");
    Member autumnBorn = Member.child(C1, LocalDate.of(1997, 9, 1));
    assertFalse(autumnBorn.isPastCompulsorySchoolAge(16, LocalDate.of(2013, 9, 1)));
    assertFalse(autumnBorn.isPastCompulsorySchoolAge(16, leaving2014));
    assertTrue(autumnBorn.isPastCompulsorySchoolAge(16, leaving2014.plusDays(1)));
    assertEquals(
        "school leaving age must be 1 or more, was 0 for member c-1",
        assertThrows(InvalidValueException.class, () -> autumnBorn.lastDayOfCompulsorySchoolAge(0)).getMessage());
  }

  @Test
  void dateOfBirthMustBeWithin1900And2100() {
    assertEquals(LocalDate.of(1900, 1, 1), Member.child(C1, LocalDate.of(1900, 1, 1)).dateOfBirth());
    assertEquals(
        LocalDate.of(2100, 12, 31), Member.child(C1, LocalDate.of(2100, 12, 31)).dateOfBirth());
    InvalidValueException early =
        assertThrows(InvalidValueException.class, () -> Member.child(C1, LocalDate.of(1899, 12, 31)));
    assertEquals(
        "date of birth must be within 1900-01-01–2100-12-31, was 1899-12-31 for member c-1",
        early.getMessage());
    InvalidValueException late =
        assertThrows(InvalidValueException.class, () -> Member.child(C1, LocalDate.of(2101, 1, 1)));
    assertEquals(
        "date of birth must be within 1900-01-01–2100-12-31, was 2101-01-01 for member c-1",
        late.getMessage());
  }

  @Test
  void nullsNameTheField() {
    assertEquals(
        "member id is required",
        assertThrows(NullPointerException.class, () -> Member.child(null, LocalDate.of(2005, 1, 1)))
            .getMessage());
    assertEquals(
        "date of birth is required for member c-1",
        assertThrows(NullPointerException.class, () -> Member.child(C1, null)).getMessage());
    assertEquals(
        "role is required for member c-1",
        assertThrows(
                NullPointerException.class, () -> new Member(C1, LocalDate.of(2005, 1, 1), null))
            .getMessage());
  }

  @Test
  void ageTurnsOnTheBirthday() {
    Member m = Member.child(C1, LocalDate.of(1995, 6, 1));
    assertEquals(0, m.ageOn(LocalDate.of(1995, 6, 1)));
    assertEquals(17, m.ageOn(LocalDate.of(2013, 5, 31)));
    assertEquals(18, m.ageOn(LocalDate.of(2013, 6, 1)));
    assertTrue(m.isUnder(18, LocalDate.of(2013, 5, 31)));
    assertFalse(m.isUnder(18, LocalDate.of(2013, 6, 1)));
  }

  @Test
  void leapDayBirthdayTurnsOnFirstOfMarch() {
    Member m = Member.child(C1, LocalDate.of(2000, 2, 29));
    assertEquals(17, m.ageOn(LocalDate.of(2018, 2, 28)));
    assertEquals(18, m.ageOn(LocalDate.of(2018, 3, 1)));
  }

  @Test
  void ageBeforeBirthIsRejected() {
    Member m = Member.child(C1, LocalDate.of(2005, 6, 1));
    assertFalse(m.isBornBy(LocalDate.of(2005, 5, 31)));
    assertTrue(m.isBornBy(LocalDate.of(2005, 6, 1)));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> m.ageOn(LocalDate.of(2005, 5, 31)));
    assertEquals(
        "date must be on or after the date of birth 2005-06-01, was 2005-05-31 for member c-1",
        e.getMessage());
  }

  @Test
  void negativeYearsAreRejected() {
    Member m = Member.child(C1, LocalDate.of(2005, 6, 1));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> m.isUnder(-1, LocalDate.of(2010, 1, 1)));
    assertEquals("age in years must be zero or more, was -1 for member c-1", e.getMessage());
    assertFalse(m.isUnder(0, LocalDate.of(2005, 6, 1)));
  }
}
