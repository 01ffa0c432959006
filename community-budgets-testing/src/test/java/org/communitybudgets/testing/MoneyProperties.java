package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;

/** The laws of money arithmetic and of its written form. */
class MoneyProperties {

  @Provide
  Arbitrary<Money> amounts() {
    return MoneyArbitraries.amounts();
  }

  @Provide
  Arbitrary<Percentage> shares() {
    return MoneyArbitraries.shares();
  }

  @Property
  void additionIsCommutativeAndAssociative(
      @ForAll("amounts") Money a, @ForAll("amounts") Money b, @ForAll("amounts") Money c) {
    assertEquals(a.plus(b), b.plus(a));
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
  }

  @Property
  void zeroIsTheIdentityAndNegationTheInverse(@ForAll("amounts") Money a) {
    assertEquals(a, a.plus(Money.ZERO));
    assertEquals(Money.ZERO, a.plus(a.negate()));
    assertEquals(a, a.negate().negate());
  }

  @Property
  void subtractionUndoesAddition(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
    assertEquals(a, a.plus(b).minus(b));
    assertEquals(a.minus(b), a.plus(b.negate()));
  }

  @Property
  void multiplicationIsRepeatedAddition(@ForAll("amounts") Money a, @ForAll @IntRange(min = 0, max = 20) int n) {
    Money sum = Money.ZERO;
    for (int i = 0; i < n; i++) {
      sum = sum.plus(a);
    }
    assertEquals(sum, a.times(n));
  }

  @Property
  void writtenFormReadsBack(@ForAll("amounts") Money a) {
    assertEquals(a, Money.parse(a.toString()));
    assertEquals(a, Money.of(a.toPounds()));
  }

  @Property
  void aShareAndItsComplementMakeTheWholeWhenOneRoundsDownAndTheOtherUp(
      @ForAll("amounts") Money a, @ForAll("shares") Percentage p) {
    Money part = a.percent(p, RoundingMode.FLOOR);
    Money rest = a.percent(p.complement(), RoundingMode.CEILING);
    assertEquals(a, part.plus(rest));
  }

  @Property
  void roundingDownNeverExceedsRoundingUp(@ForAll("amounts") Money a, @ForAll("shares") Percentage p) {
    Money down = a.percent(p, RoundingMode.FLOOR);
    Money up = a.percent(p, RoundingMode.CEILING);
    assertTrue(!down.isGreaterThan(up));
    assertTrue(up.minus(down).pence() <= 1);
  }

  @Property
  void allocationKeepsEveryPennyAndStaysWithinAPennyOfTheExactShare(
      @ForAll("amounts") Money a,
      @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
    if (weights.stream().allMatch(w -> w == 0)) {
      return;
    }
    List<Money> parts = a.allocate(weights);
    assertEquals(weights.size(), parts.size());
    assertEquals(a, Money.sum(parts));
    long total = weights.stream().mapToLong(Long::longValue).sum();
    for (int i = 0; i < parts.size(); i++) {
      java.math.BigDecimal exact =
          java.math.BigDecimal.valueOf(a.pence())
              .multiply(java.math.BigDecimal.valueOf(weights.get(i)))
              .divide(java.math.BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN);
      assertTrue(
          exact.subtract(java.math.BigDecimal.valueOf(parts.get(i).pence())).abs().compareTo(java.math.BigDecimal.ONE) < 0,
          () -> "part " + parts + " strays from exact share");
    }
  }

  @Property
  void orderAgreesWithSubtraction(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
    assertEquals(Integer.signum(a.compareTo(b)), Long.signum(a.minus(b).pence()));
  }

  @Property
  void percentageWrittenFormReadsBack(@ForAll("shares") Percentage p) {
    assertEquals(p, Percentage.parse(p.toString()));
    assertEquals(p, p.complement().complement());
  }

  @Property
  void ratioAtTheBoundaryIsExact(@ForAll @IntRange(min = 1, max = 10_000) int whole, @ForAll @IntRange(min = 0, max = 100) int pct) {
    long part = (long) whole * pct;
    assertEquals(Percentage.of(pct), Percentage.ratio(part, whole * 100L));
  }

  @Property
  void arbitraryBoundsAreRespected(@ForAll("amounts") Money a) {
    Arbitrary<Money> within = MoneyArbitraries.amountsBetween(Money.min(a, Money.ZERO), Money.max(a, Money.ZERO));
    within.sampleStream().limit(5).forEach(m -> assertTrue(!m.isGreaterThan(Money.max(a, Money.ZERO)) && !m.isLessThan(Money.min(a, Money.ZERO))));
    Arbitraries.just(a).sample();
  }
}
