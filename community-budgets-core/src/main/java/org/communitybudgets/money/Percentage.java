package org.communitybudgets.money;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.internal.Checks;

/**
 * An exact percentage, such as {@code 15%} or {@code 3.5%}. Held as the number of percent, so
 * {@code Percentage.of("15")} is fifteen percent. May be negative (a rise, where a fall was
 * measured) or above 100 (growth); the types that hold a percentage state their own range.
 *
 * <p>Equal percentages are equal whatever their scale: {@code 15%} equals {@code 15.0%}.
 *
 * @param percent the number of percent, exactly
 */
public record Percentage(BigDecimal percent) implements Comparable<Percentage> {
  /** Zero percent. */
  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

  /** One hundred percent: the whole. */
  public static final Percentage ONE_HUNDRED = new Percentage(BigDecimal.valueOf(100));

  /** The most digits a percentage has before its decimal point: a trillion percent and more makes no sense. */
  public static final int MAX_INTEGER_DIGITS = 12;

  /** The most digits a percentage has after its decimal point. */
  public static final int MAX_SCALE = 30;

  /** Digits kept after the decimal point when a percentage is the result of a division. */
  public static final int RATIO_SCALE = 10;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern TEXT = Pattern.compile("-?\\d+(\\.\\d+)?%");

  /** Validates and normalises; use the factories. */
  public Percentage {
    required(percent, "percentage");
    if (percent.precision() - percent.scale() > MAX_INTEGER_DIGITS || percent.stripTrailingZeros().scale() > MAX_SCALE) {
      // Refused before the digits are expanded: no share or rate needs more.
      throw new InvalidValueException(
          "percentage", "at most " + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_SCALE + " after", Checks.describe(percent));
    }
    percent = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
  }

  /** The percentage of that many percent: {@code of(15)} is 15%. */
  public static Percentage of(long percent) {
    return new Percentage(BigDecimal.valueOf(percent));
  }

  /** The percentage of that many percent, given exactly: {@code of("3.5")} is 3.5%. */
  public static Percentage of(String percent) {
    String text = Checks.numberText(percent, "percentage");
    try {
      return new Percentage(new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("percentage", "a decimal number", "\"" + percent + "\"");
    }
  }

  /** The percentage of that many percent. */
  public static Percentage of(BigDecimal percent) {
    return new Percentage(percent);
  }

  /** The percentage equal to a fraction of one: {@code ofFraction(0.4)} is 40%. */
  public static Percentage ofFraction(BigDecimal fraction) {
    required(fraction, "fraction");
    return new Percentage(fraction.multiply(HUNDRED));
  }

  /**
   * The share that {@code part} is of {@code whole}, rounded half-even to {@value #RATIO_SCALE}
   * decimal places of a percent where it does not terminate (one in three is 33.3333333333%).
   *
   * @throws InvalidValueException if {@code whole} is not positive
   */
  public static Percentage ratio(long part, long whole) {
    check(whole > 0, "whole of a ratio", "positive", whole);
    return new Percentage(
        BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(whole), RATIO_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Reads the form {@link #toString()} writes: digits, an optional fraction and a percent sign,
   * as in {@code 15%}, {@code 3.5%} or {@code -20%}.
   */
  public static Percentage parse(CharSequence text) {
    required(text, "percentage text");
    String s = Checks.numberText(text.toString(), "percentage text");
    check(TEXT.matcher(s).matches(), "percentage text", "a number followed by %", "\"" + text + "\"");
    return new Percentage(new BigDecimal(s.substring(0, s.length() - 1)));
  }

  /** This percentage as a fraction of one: 40% is 0.4. */
  public BigDecimal fraction() {
    return percent.movePointLeft(2);
  }

  /** The rest of the whole: 100% less this. */
  public Percentage complement() {
    return new Percentage(HUNDRED.subtract(percent));
  }

  /** The sum of two percentages. */
  public Percentage plus(Percentage other) {
    return new Percentage(percent.add(required(other, "percentage").percent));
  }

  /** This less another percentage. */
  public Percentage minus(Percentage other) {
    return new Percentage(percent.subtract(required(other, "percentage").percent));
  }

  /** True if this is within 0% and 100%, both included. */
  public boolean isWithinWhole() {
    return percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
  }

  /** True if this is below zero. */
  public boolean isNegative() {
    return percent.signum() < 0;
  }

  /** True if this is at least {@code other}. */
  public boolean isAtLeast(Percentage other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(Percentage other) {
    return percent.compareTo(other.percent);
  }

  /** The number followed by a percent sign, e.g. {@code 15%} or {@code 3.5%}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return percent.toPlainString() + "%";
  }
}
