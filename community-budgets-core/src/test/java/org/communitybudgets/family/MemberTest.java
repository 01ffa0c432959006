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
