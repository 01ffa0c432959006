package org.communitybudgets.money;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.internal.Checks;

/**
 * An exact amount of pounds sterling, held as a whole number of pence.
 *
 * <p>Modelled on {@code java.time}: immutable, built by static factories, and its {@link
 * #toString()} ({@code £1,234.56}) is read back by {@link #parse(CharSequence)}. Sums and
 * differences are exact and fail on overflow. Operations that can produce a fraction of a penny
 * (a percentage, a factor, a division) take the {@link RoundingMode} to apply, so the rounding of
 * every amount is stated where it happens. {@link #allocate(List)} splits an amount by weights
 * without losing or creating a penny.
 *
 * @param pence the amount in pence; negative for a deficit or a net cost
 */
public record Money(long pence) implements Comparable<Money> {
  /** Nothing. */
  public static final Money ZERO = new Money(0);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern TEXT =
      Pattern.compile("(-)?£((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(?:\\.(\\d{2}))?");

  /**
   * Validates the range: every amount but {@code Long.MIN_VALUE} pence, so that every amount has
   * a negation.
   */
  public Money {
    check(pence != Long.MIN_VALUE, "amount", "within ±£92,233,720,368,547,758.07", pence + " pence");
  }

  /** An amount of whole pounds. */
  public static Money ofPounds(long pounds) {
    try {
      return new Money(Math.multiplyExact(pounds, 100L));
    } catch (ArithmeticException e) {
      throw new InvalidValueException("amount", "within ±£92 quadrillion", pounds + " pounds");
    }
  }

  /** An amount of pence. */
  public static Money ofPence(long pence) {
    return new Money(pence);
  }

  /**
   * An amount of pounds given exactly, with at most two decimal places: {@code of("1234.5")} is
   * £1,234.50.
   *
   * @throws InvalidValueException if the number has a fraction of a penny or is too large
   */
  public static Money of(BigDecimal pounds) {
    required(pounds, "amount");
    if (pounds.precision() - pounds.scale() > 17) {
      // More than 17 digits of whole pounds: beyond any amount, refused before the digits are expanded.
      throw new InvalidValueException("amount", "within ±£92 quadrillion", Checks.describe(pounds));
    }
    BigDecimal pence = pounds.multiply(HUNDRED);
    if (pence.stripTrailingZeros().scale() > 0) {
      throw new InvalidValueException("amount", "a whole number of pence", Checks.describe(pounds));
    }
    try {
      return new Money(pence.longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidValueException("amount", "within ±£92 quadrillion", Checks.describe(pounds));
    }
  }

  /** An amount of pounds written as a plain decimal number, e.g. {@code "1234.56"}. */
  public static Money of(String pounds) {
    String text = Checks.numberText(pounds, "amount");
    try {
      return of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("amount", "a decimal number of pounds", "\"" + pounds + "\"");
    }
  }

  /**
   * Reads an amount written as {@link #toString()} writes it: an optional minus, the pound sign,
   * whole pounds either grouped in thousands with commas or not grouped at all, and optionally
   * exactly two digits of pence. {@code £1,234.56}, {@code £1234}, {@code -£0.50}.
   */
  public static Money parse(CharSequence text) {
    required(text, "amount text");
    Matcher m = TEXT.matcher(Checks.numberText(text.toString(), "amount text"));
    check(
        m.matches(),
        "amount text",
        "written like £1,234.56 or -£1234",
        "\"" + text + "\"");
    String pounds = m.group(2).replace(",", "");
    String pence = m.group(3) == null ? "00" : m.group(3);
    Money amount = of(new BigDecimal(pounds + "." + pence));
    return m.group(1) == null ? amount : amount.negate();
  }

  /** The sum of the amounts; zero for none. */
  public static Money sum(Iterable<Money> amounts) {
    long total = 0;
    for (Money m : required(amounts, "amounts")) {
      total = add(total, required(m, "amount").pence);
    }
    return new Money(total);
  }

  /** The amount in pounds, to two decimal places. */
  public BigDecimal toPounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  /** This plus {@code other}. */
  public Money plus(Money other) {
    return new Money(add(pence, required(other, "amount").pence));
  }

  /** This less {@code other}. */
  public Money minus(Money other) {
    required(other, "amount");
    try {
      return new Money(Math.subtractExact(pence, other.pence));
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount overflows: " + this + " - " + other);
    }
  }

  /** The same amount with the opposite sign. */
  public Money negate() {
    try {
      return new Money(Math.negateExact(pence));
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount overflows: -(" + this + ")");
    }
  }

  /** This multiplied by a whole number. */
  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(pence, factor));
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount overflows: " + this + " × " + factor);
    }
  }

  /** This multiplied by an exact factor, rounded to the penny as {@code rounding} says. */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    required(factor, "factor");
    required(rounding, "rounding");
    BigDecimal exact = BigDecimal.valueOf(pence).multiply(factor);
    return fromPence(exact.setScale(0, rounding), this + " × " + factor.toPlainString());
  }

  /** That percentage of this amount, rounded to the penny as {@code rounding} says. */
  public Money percent(Percentage share, RoundingMode rounding) {
    return times(required(share, "percentage").fraction(), rounding);
  }

  /** This divided by a positive whole number, rounded to the penny as {@code rounding} says. */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    check(divisor > 0, "divisor", "positive", divisor);
    required(rounding, "rounding");
    return new Money(
        BigDecimal.valueOf(pence).divide(BigDecimal.valueOf(divisor), 0, rounding).longValueExact());
  }

  /**
   * What share of {@code whole} this is, rounded half-even to {@value Percentage#RATIO_SCALE}
   * decimal places of a percent.
   *
   * @throws InvalidValueException if {@code whole} is not positive
   */
  public Percentage shareOf(Money whole) {
    check(required(whole, "whole").pence > 0, "whole amount", "positive", whole);
    return Percentage.ratio(pence, whole.pence);
  }

  /**
   * Splits this amount in proportion to the weights so that the parts add up to exactly this
   * amount: each part is rounded down to the penny and the pence left over go, one each, to the
   * parts with the largest remainders (the earliest first on a tie). Splitting £100 by {1, 1, 1}
   * gives £33.34, £33.33 and £33.33.
   *
   * @param weights non-negative weights, at least one positive
   * @return one part per weight, in the order of the weights
   */
  public List<Money> allocate(List<Long> weights) {
    required(weights, "weights");
    check(!weights.isEmpty(), "weights", "at least one", weights);
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      long w = required(weights.get(i), "weight " + i);
      check(w >= 0, "weight " + i, "zero or more", w);
      total = total.add(BigInteger.valueOf(w));
    }
    check(total.signum() > 0, "weights", "not all zero", weights);
    BigInteger amount = BigInteger.valueOf(pence).abs();
    long[] parts = new long[weights.size()];
    BigInteger[] remainders = new BigInteger[weights.size()];
    long given = 0;
    for (int i = 0; i < parts.length; i++) {
      BigInteger[] qr = amount.multiply(BigInteger.valueOf(weights.get(i))).divideAndRemainder(total);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    long left = amount.subtract(BigInteger.valueOf(given)).longValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < left; k++) {
      parts[order.get(k)]++;
    }
    List<Money> result = new ArrayList<>(parts.length);
    for (long p : parts) {
      result.add(new Money(pence < 0 ? Math.negateExact(p) : p));
    }
    return List.copyOf(result);
  }

  /** True if this is less than nothing. */
  public boolean isNegative() {
    return pence < 0;
  }

  /** True if this is nothing. */
  public boolean isZero() {
    return pence == 0;
  }

  /** True if this is more than nothing. */
  public boolean isPositive() {
    return pence > 0;
  }

  /** True if this is more than {@code other}. */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** True if this is less than {@code other}. */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** The larger of two amounts. */
  public static Money max(Money a, Money b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The smaller of two amounts. */
  public static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  /** The amount as {@code £1,234.56}, or {@code -£1,234.56}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    BigDecimal pounds = BigDecimal.valueOf(pence, 2).abs();
    String whole = String.format(Locale.UK, "%,d", pounds.toBigInteger());
    String fraction = pounds.toPlainString();
    fraction = fraction.substring(fraction.indexOf('.'));
    return (pence < 0 ? "-£" : "£") + whole + fraction;
  }

  private static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount overflows: " + new Money(a) + " + " + new Money(b));
    }
  }

  private static Money fromPence(BigDecimal pence, String expression) {
    try {
      return new Money(pence.longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount overflows: " + expression);
    }
  }
}
