package org.communitybudgets.time;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the three terms of the English school year, named by the calendar year it falls in:
 * {@code 2012 autumn} is the first term of the 2012/13 school year, followed by {@code 2013
 * spring} and {@code 2013 summer}. Exclusion and absence criteria read "the last 3 consecutive
 * terms" (TF framework 2012, identification criterion 2).
 *
 * <p>Term dates differ by authority and year; {@link #nominalDates()} gives the calendar span this
 * library uses to place a date in a term: spring 1 January–31 March, summer 1 April–31 August,
 * autumn 1 September–31 December.
 *
 * @param year the calendar year the term falls in
 * @param season which of the three terms
 */
public record SchoolTerm(int year, Season season) implements Comparable<SchoolTerm> {
  /** The three terms, in calendar order. */
  public enum Season {
    /** January to Easter. */
    SPRING(Month.JANUARY, Month.MARCH),
    /** Easter to the summer holiday. */
    SUMMER(Month.APRIL, Month.AUGUST),
    /** September to Christmas; the first term of a school year. */
    AUTUMN(Month.SEPTEMBER, Month.DECEMBER);

    private final Month firstMonth;
    private final Month lastMonth;

    Season(Month firstMonth, Month lastMonth) {
      this.firstMonth = firstMonth;
      this.lastMonth = lastMonth;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern TEXT = Pattern.compile("(\\d{4}) (spring|summer|autumn)");

  /** Validates the year. */
  public SchoolTerm {
    check(
        year >= FinancialYear.MIN_START_YEAR && year <= FinancialYear.MAX_START_YEAR,
        "school term year",
        "within " + FinancialYear.MIN_START_YEAR + "–" + FinancialYear.MAX_START_YEAR,
        year);
    required(season, "school term season");
  }

  /** The term of that season in that calendar year. */
  public static SchoolTerm of(int year, Season season) {
    return new SchoolTerm(year, season);
  }

  /** The term whose nominal dates contain the date. */
  public static SchoolTerm containing(LocalDate date) {
    required(date, "date");
    for (Season s : Season.values()) {
      if (date.getMonthValue() <= s.lastMonth.getValue()) {
        return new SchoolTerm(date.getYear(), s);
      }
    }
    throw new AssertionError(date);
  }

  /**
   * The {@code count} most recent terms that ended before {@code asOf}, most recent last. On 10
   * May 2013 the last three are 2012 summer, 2012 autumn and 2013 spring.
   */
  public static List<SchoolTerm> lastCompleted(int count, LocalDate asOf) {
    check(count > 0, "number of terms", "positive", count);
    List<SchoolTerm> terms = new ArrayList<>();
    terms.add(containing(asOf).previous());
    while (terms.size() < count) {
      terms.add(0, terms.get(0).previous());
    }
    return List.copyOf(terms);
  }

  /** Reads the form {@link #toString()} writes: {@code 2012 autumn}. */
  public static SchoolTerm parse(CharSequence text) {
    required(text, "school term text");
    Matcher m = TEXT.matcher(text.toString().strip().toLowerCase(Locale.ROOT));
    check(m.matches(), "school term text", "written like 2012 autumn", "\"" + text + "\"");
    return new SchoolTerm(
        Integer.parseInt(m.group(1)), Season.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
  }

  /** The term after this one. */
  public SchoolTerm next() {
    return season == Season.AUTUMN
        ? new SchoolTerm(year + 1, Season.SPRING)
        : new SchoolTerm(year, Season.values()[season.ordinal() + 1]);
  }

  /** The term before this one. */
  public SchoolTerm previous() {
    return season == Season.SPRING
        ? new SchoolTerm(year - 1, Season.AUTUMN)
        : new SchoolTerm(year, Season.values()[season.ordinal() - 1]);
  }

  /** The school year the term belongs to, as {@code 2012/13}. */
  public String schoolYear() {
    int first = season == Season.AUTUMN ? year : year - 1;
    return String.format("%d/%02d", first, (first + 1) % 100);
  }

  /** The calendar span used to place dates in this term. */
  public DateRange nominalDates() {
    LocalDate first = LocalDate.of(year, season.firstMonth, 1);
    LocalDate last = LocalDate.of(year, season.lastMonth, 1).plusMonths(1).minusDays(1);
    return DateRange.of(first, last);
  }

  /** True if this term comes before {@code other}. */
  public boolean isBefore(SchoolTerm other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(SchoolTerm other) {
    int byYear = Integer.compare(year, other.year);
    return byYear != 0 ? byYear : season.compareTo(other.season);
  }

  /** The term as {@code 2012 autumn}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return year + " " + season;
  }
}
