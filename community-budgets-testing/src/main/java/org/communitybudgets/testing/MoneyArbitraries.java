package org.communitybudgets.testing;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;

/** Generators of {@link Money} and {@link Percentage}. */
public final class MoneyArbitraries {
  private MoneyArbitraries() {}

  /** Any amount, positive or negative, up to a trillion pounds either way. */
  public static Arbitrary<Money> amounts() {
    return amountsBetween(Money.ofPounds(-1_000_000_000_000L), Money.ofPounds(1_000_000_000_000L));
  }

  /** Amounts from nothing up to a trillion pounds. */
  public static Arbitrary<Money> nonNegativeAmounts() {
    return amountsBetween(Money.ZERO, Money.ofPounds(1_000_000_000_000L));
  }

  /** Amounts from a penny up to {@code max}. */
  public static Arbitrary<Money> positiveAmountsUpTo(Money max) {
    return amountsBetween(Money.ofPence(1), max);
  }

  /** Amounts between {@code min} and {@code max}, both included, shrinking towards nothing. */
  public static Arbitrary<Money> amountsBetween(Money min, Money max) {
    long shrinkTarget = Math.max(min.pence(), Math.min(0, max.pence()));
    return Arbitraries.longs()
        .between(min.pence(), max.pence())
        .shrinkTowards(shrinkTarget)
        .withDistribution(net.jqwik.api.RandomDistribution.biased())
        .map(Money::ofPence);
  }

  /** Whole-pound amounts between {@code minPounds} and {@code maxPounds}. */
  public static Arbitrary<Money> wholePounds(long minPounds, long maxPounds) {
    return Arbitraries.longs().between(minPounds, maxPounds).map(Money::ofPounds);
  }

  /** Percentages within 0% and 100%, with up to two decimal places. */
  public static Arbitrary<Percentage> shares() {
    return percentagesBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  /** Percentages between the bounds, with up to two decimal places. */
  public static Arbitrary<Percentage> percentagesBetween(BigDecimal min, BigDecimal max) {
    return Arbitraries.bigDecimals().between(min, max).ofScale(2).map(Percentage::of);
  }
}
