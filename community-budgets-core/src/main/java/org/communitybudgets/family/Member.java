package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import org.communitybudgets.InvalidValueException;

/**
 * A member of a family's household.
 *
 * @param id the member's identifier, unique within the family
 * @param dateOfBirth the date of birth, within 1900–2100
 * @param role the member's relation within the household
 */
public record Member(MemberId id, LocalDate dateOfBirth, Role role) {
  /** The earliest date of birth accepted. */
  public static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

  /** The latest date of birth accepted. */
  public static final LocalDate LATEST_DATE_OF_BIRTH = LocalDate.of(2100, 12, 31);

  /** Validates the date of birth. */
  public Member {
    required(id, "member id");
    required(dateOfBirth, "date of birth", () -> "member " + id);
    required(role, "role", () -> "member " + id);
    if (dateOfBirth.isBefore(EARLIEST_DATE_OF_BIRTH) || dateOfBirth.isAfter(LATEST_DATE_OF_BIRTH)) {
      throw new InvalidValueException("date of birth", "within " + EARLIEST_DATE_OF_BIRTH + "–" + LATEST_DATE_OF_BIRTH, dateOfBirth, "member " + id);
    }
  }

  /** A member in the role of a child of the household. */
  public static Member child(MemberId id, LocalDate dateOfBirth) {
    return new Member(id, dateOfBirth, Role.CHILD);
  }

  /** A member in the role of a parent or carer. */
  public static Member adult(MemberId id, LocalDate dateOfBirth) {
    return new Member(id, dateOfBirth, Role.PARENT_OR_CARER);
  }

  /** True if the member was born on or before {@code day}. */
  public boolean isBornBy(LocalDate day) {
    return !dateOfBirth.isAfter(required(day, "date"));
  }

  /**
   * The member's age in whole years on {@code day}: 17 on the day before the 18th birthday, 18
   * on it. A member born on 29 February turns a year older on 1 March in other years.
   *
   * @throws org.communitybudgets.InvalidValueException if {@code day} is before the date of birth
   */
  public int ageOn(LocalDate day) {
    if (!isBornBy(day)) {
      throw new InvalidValueException("date", "on or after the date of birth " + dateOfBirth, day, "member " + id);
    }
    return Period.between(dateOfBirth, day).getYears();
  }

  /**
   * True if the member is younger than {@code years} on {@code day}: {@code isUnder(18, day)} is
   * false from the 18th birthday on.
   *
   * @throws org.communitybudgets.InvalidValueException if {@code years} is negative or {@code day}
   *     is before the date of birth
   */
  public boolean isUnder(int years, LocalDate day) {
    check(years >= 0, "age in years", "zero or more", years, "member " + id);
    return ageOn(day) < years;
  }

  /**
   * The last day the member is of compulsory school age in England, for a school leaving age (16):
   * the school leaving date, the last Friday in June, of the year in which the member reaches that
   * age if they reach it before 1 September, when the next school year begins; otherwise of the
   * year after. A member ceases to be of compulsory school age at the end of that day (Education
   * Act 1996, section 8(3); the Education (School Leaving Date) Order 1997, article 2).
   *
   * @throws org.communitybudgets.InvalidValueException if {@code leavingAge} is not 1 or more
   */
  public LocalDate lastDayOfCompulsorySchoolAge(int leavingAge) {
    check(leavingAge >= 1, "school leaving age", "1 or more", leavingAge, "member " + id);
    LocalDate birthday = dateOfBirth.plusYears(leavingAge);
    if (Period.between(dateOfBirth, birthday).getYears() < leavingAge) {
      birthday = birthday.plusDays(1);
    }
    int year = birthday.getMonthValue() < Month.SEPTEMBER.getValue() ? birthday.getYear() : birthday.getYear() + 1;
    return LocalDate.of(year, Month.JUNE, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
  }

  /**
   * True if the member is past compulsory school age on {@code day}: on any day after {@link
   * #lastDayOfCompulsorySchoolAge(int)}.
   */
  public boolean isPastCompulsorySchoolAge(int leavingAge, LocalDate day) {
    return required(day, "date").isAfter(lastDayOfCompulsorySchoolAge(leavingAge));
  }
}
