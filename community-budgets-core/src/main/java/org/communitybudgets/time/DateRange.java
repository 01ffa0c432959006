package org.communitybudgets.time;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;

/**
 * The days from a first date to an optional last date, both included. Without a last date the
 * range goes on indefinitely (a benefit claim still open, a funding line with no announced end).
 *
 * @param start the first day
 * @param end the last day, if there is one; never before {@code start}
 */
public record DateRange(LocalDate start, Optional<LocalDate> end) {
  /** Validates that the range does not end before it starts. */
  public DateRange {
    required(start, "start date");
    required(end, "end date");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new InvalidValueException("end date", "on or after the start date " + start, end.get());
    }
  }

  /** The days from {@code start} to {@code end}, both included. */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, Optional.of(required(end, "end date")));
  }

  /** The days from {@code start} on, with no end. */
  public static DateRange from(LocalDate start) {
    return new DateRange(start, Optional.empty());
  }

  /**
   * The days of the last {@code months} months up to and including {@code last}: for 12 months to
   * 10 May 2013, 11 May 2012 to 10 May 2013.
   *
   * @throws InvalidValueException if {@code months} is not positive
   */
  public static DateRange monthsEndingOn(LocalDate last, int months) {
    required(last, "last day");
    check(months > 0, "number of months", "positive", months);
    return of(last.minusMonths(months).plusDays(1), last);
  }

  /** The one day. */
  public static DateRange day(LocalDate day) {
    return of(day, day);
  }

  /**
   * Reads the form {@link #toString()} writes: {@code 2012-04-01..2013-03-31}, or {@code
   * 2012-04-01..} with no end.
   */
  public static DateRange parse(CharSequence text) {
    required(text, "date range text");
    String s = text.toString().strip();
    int dots = s.indexOf("..");
    check(dots > 0, "date range text", "written like 2012-04-01..2013-03-31", "\"" + text + "\"");
    try {
      LocalDate first = LocalDate.parse(s.substring(0, dots));
      String rest = s.substring(dots + 2);
      return rest.isEmpty() ? from(first) : of(first, LocalDate.parse(rest));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "date range text", "written like 2012-04-01..2013-03-31", "\"" + text + "\"");
    }
  }

  /** True if the range has no last day. */
  public boolean isOpenEnded() {
    return end.isEmpty();
  }

  /** True if the day is within the range. */
  public boolean contains(LocalDate day) {
    required(day, "date");
    return !day.isBefore(start) && end.map(e -> !day.isAfter(e)).orElse(true);
  }

  /** True if every day of {@code other} is within this range. */
  public boolean encloses(DateRange other) {
    required(other, "date range");
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end.isEmpty()) {
      return true;
    }
    return other.end.map(e -> !e.isAfter(end.get())).orElse(false);
  }

  /** True if the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    required(other, "date range");
    return contains(other.start) || other.contains(start);
  }

  /** The days the two ranges share, if any. */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate first = start.isAfter(other.start) ? start : other.start;
    Optional<LocalDate> last;
    if (end.isEmpty()) {
      last = other.end;
    } else if (other.end.isEmpty()) {
      last = end;
    } else {
      last = Optional.of(end.get().isBefore(other.end.get()) ? end.get() : other.end.get());
    }
    return Optional.of(new DateRange(first, last));
  }

  /** The days of the range that fall on or before {@code day}, if any. */
  public Optional<DateRange> upTo(LocalDate day) {
    return intersection(of(LocalDate.MIN, required(day, "date")));
  }

  /**
   * The number of days in the range, both ends included.
   *
   * @throws IllegalStateException if the range is open-ended
   */
  public long lengthInDays() {
    LocalDate last =
        end.orElseThrow(() -> new IllegalStateException("open-ended range " + this + " has no length"));
    return last.toEpochDay() - start.toEpochDay() + 1;
  }

  /** The range as {@code 2012-04-01..2013-03-31}, or {@code 2012-04-01..}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return start + ".." + end.map(LocalDate::toString).orElse("");
  }
}
