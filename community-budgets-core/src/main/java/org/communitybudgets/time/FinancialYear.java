package org.communitybudgets.time;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, written {@code 2012-13}.
 *
 * @param startYear the calendar year in which the financial year begins (2012 for 2012-13)
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {
  /** The earliest start year accepted. */
  public static final int MIN_START_YEAR = 1900;

  /** The latest start year accepted. */
  public static final int MAX_START_YEAR = 2998;

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-(\\d{2})");

  /** Validates the start year. */
  public FinancialYear {
    check(
        startYear >= MIN_START_YEAR && startYear <= MAX_START_YEAR,
        "financial year start",
        "within " + MIN_START_YEAR + "–" + MAX_START_YEAR,
        startYear);
  }

  /**
   * The years from {@code first} to {@code last} in words: {@code 2012-13 to 2014-15}, or the one
   * year, {@code 2012-13}, when they are the same.
   */
  public static String span(FinancialYear first, FinancialYear last) {
    return first.equals(last) ? first.toString() : first + " to " + last;
  }

  /** The financial year that begins on 1 April of {@code startYear}. */
  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  /** The financial year that contains the date. */
  public static FinancialYear containing(LocalDate date) {
    required(date, "date");
    return new FinancialYear(
        date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Reads the form {@link #toString()} writes, {@code 2012-13}: the start year, a hyphen and the
   * last two digits of the following year.
   */
  public static FinancialYear parse(CharSequence text) {
    required(text, "financial year text");
    Matcher m = TEXT.matcher(text.toString().strip());
    check(m.matches(), "financial year text", "written like 2012-13", "\"" + text + "\"");
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    check(
        end == (start + 1) % 100,
        "financial year text",
        "two consecutive years, like 2012-13",
        "\"" + text + "\"");
    return new FinancialYear(start);
  }

  /** 1 April of the start year. */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** 31 March of the following year. */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /** The dates of this year, 1 April to 31 March. */
  public DateRange dates() {
    return DateRange.of(start(), end());
  }

  /** True if the date falls within this financial year. */
  public boolean contains(LocalDate date) {
    required(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The year after this one. */
  public FinancialYear next() {
    return plusYears(1);
  }

  /** The year before this one. */
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /** The year {@code years} later (earlier if negative). */
  public FinancialYear plusYears(int years) {
    return new FinancialYear(startYear + years);
  }

  /** True if this year comes before {@code other}. */
  public boolean isBefore(FinancialYear other) {
    return compareTo(other) < 0;
  }

  /** True if this year comes after {@code other}. */
  public boolean isAfter(FinancialYear other) {
    return compareTo(other) > 0;
  }

  /** This year and each following one up to {@code last}, inclusive; empty if {@code last} is earlier. */
  public List<FinancialYear> through(FinancialYear last) {
    required(last, "last financial year");
    List<FinancialYear> years = new ArrayList<>();
    for (int y = startYear; y <= last.startYear; y++) {
      years.add(new FinancialYear(y));
    }
    return List.copyOf(years);
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** The year as {@code 2012-13}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }
}
