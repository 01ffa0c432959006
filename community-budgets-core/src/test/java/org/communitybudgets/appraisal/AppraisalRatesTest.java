package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.AS_OF;
import static org.communitybudgets.appraisal.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Percentage;
import org.junit.jupiter.api.Test;

class AppraisalRatesTest {
  @Test
  void discountFactorsAreOneOverOnePlusTheRateToTheYear() {
    AppraisalRates r = Fixtures.rates25();
    assertEquals(0, BigDecimal.ONE.compareTo(r.discountFactor(0)));
    assertEquals(0, new BigDecimal("0.8").compareTo(r.discountFactor(1)));
    assertEquals(0, new BigDecimal("0.512").compareTo(r.discountFactor(3)));
    // 1/1.035 to 34 significant digits
    assertEquals(
        new BigDecimal("0.9661835748792270531400966183574879"),
        r.withDiscountRate(Percentage.of("3.5")).discountFactor(1));
    assertEquals(
        "year index must be zero or more, was -1",
        assertThrows(InvalidValueException.class, () -> r.discountFactor(-1)).getMessage());
  }

  /**
   * The Green Book discounts at 3.5% for years 0 to 30, 3.0% for years 31 to 75 and 2.5% for years
   * 76 to 125 (Annex 6, Table 6.1): a year's factor is the last one's over (1 + its own rate).
   */
  @Test
  void theStandardRateDeclinesAfterYearsThirtyAndSeventyFive() {
    AppraisalRates r = AppraisalParameters.standard().valueOn(AS_OF);
    assertEquals(
        Map.of(31, Percentage.of(3), 76, Percentage.of("2.5"), 126, Percentage.of(2), 201, Percentage.of("1.5"), 301, Percentage.of(1)),
        r.laterDiscountRates());
    assertEquals(Percentage.of("3.5"), r.discountRate(30));
    assertEquals(Percentage.of(3), r.discountRate(31));
    assertEquals(Percentage.of(3), r.discountRate(75));
    assertEquals(Percentage.of("2.5"), r.discountRate(76));
    java.math.MathContext mc = java.math.MathContext.DECIMAL128;
    BigDecimal to30 = new BigDecimal("1.035").pow(30, mc);
    BigDecimal to75 = to30.multiply(new BigDecimal("1.03").pow(45, mc), mc);
    // years up to 30 are discounted exactly as at a flat 3.5%
    assertEquals(r.withDiscountRate(Percentage.of("3.5")).discountFactor(30), r.discountFactor(30));
    assertEquals(BigDecimal.ONE.divide(to30, mc), r.discountFactor(30));
    assertEquals(BigDecimal.ONE.divide(to30.multiply(new BigDecimal("1.03"), mc), mc), r.discountFactor(31));
    assertEquals(BigDecimal.ONE.divide(to75, mc), r.discountFactor(75));
    assertEquals(BigDecimal.ONE.divide(to75.multiply(new BigDecimal("1.025"), mc), mc), r.discountFactor(76));
    // to four places
    assertEquals(new BigDecimal("0.3563"), r.discountFactor(30).setScale(4, java.math.RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.3459"), r.discountFactor(31).setScale(4, java.math.RoundingMode.HALF_UP));
    // a flat rate would discount year 31 further
    assertEquals(1, r.discountFactor(31).compareTo(r.withDiscountRate(Percentage.of("3.5")).discountFactor(31)));
  }

  @Test
  void laterRatesAreCheckedAndKeptByYear() {
    AppraisalRates r = Fixtures.rates25();
    assertEquals(Map.of(), r.laterDiscountRates());
    AppraisalRates stepped = r.withDiscountRates(Percentage.of(10), Map.of(5, Percentage.of(5), 3, Percentage.of(8)));
    assertEquals(List.of(3, 5), List.copyOf(stepped.laterDiscountRates().keySet()));
    assertEquals(Percentage.of(10), stepped.discountRate(2));
    assertEquals(Percentage.of(8), stepped.discountRate(3));
    assertEquals(Percentage.of(5), stepped.discountRate(9));
    java.math.MathContext mc = java.math.MathContext.DECIMAL128;
    BigDecimal growth = new BigDecimal("1.1").pow(2, mc).multiply(new BigDecimal("1.08").pow(2, mc), mc)
        .multiply(new BigDecimal("1.05").pow(2, mc), mc);
    assertEquals(BigDecimal.ONE.divide(growth, mc), stepped.discountFactor(6));
    assertEquals(Map.of(3, Percentage.of(8), 5, Percentage.of(5)), stepped.withOptimismBias(grade(1), Percentage.of(1)).laterDiscountRates());
    assertEquals(Map.of(), stepped.withDiscountRate(Percentage.of(4)).laterDiscountRates());
    assertEquals(
        "year of a later discount rate must be 2–1000, was 1 for appraisal rates on 2012-04-01",
        assertThrows(InvalidValueException.class, () -> r.withDiscountRates(Percentage.of(1), Map.of(1, Percentage.of(1)))).getMessage());
    assertEquals(
        "discount rate from year 40 must be within 0–100%, was 101% for appraisal rates on 2012-04-01",
        assertThrows(InvalidValueException.class, () -> r.withDiscountRates(Percentage.of(1), Map.of(40, Percentage.of(101)))).getMessage());
  }

  @Test
  void editsGiveChangedCopies() {
    AppraisalRates r = Fixtures.rates25();
    assertEquals(Percentage.of(10), r.optimismBias(grade(3)));
    assertEquals(Percentage.of(12), r.withOptimismBias(grade(3), Percentage.of(12)).optimismBias(grade(3)));
    assertEquals(Percentage.of(10), r.optimismBias(grade(3)));
    assertEquals(Percentage.ZERO, r.withoutOptimismBias().optimismBias(grade(6)));
    assertEquals(ConfidenceGrade.all(), List.copyOf(r.optimismBias().keySet()));
  }

  @Test
  void rejectsRatesOutOfRange() {
    AppraisalRates r = Fixtures.rates25();
    assertEquals(
        "discount rate must be within 0–100%, was -1% for appraisal rates on 2012-04-01",
        assertThrows(InvalidValueException.class, () -> r.withDiscountRate(Percentage.of(-1))).getMessage());
    assertEquals(
        "optimism bias for grade 6 must be within 0–100%, was 140% for appraisal rates on 2012-04-01",
        assertThrows(
                InvalidValueException.class,
                () -> r.withOptimismBias(grade(6), Percentage.of(140)))
            .getMessage());
    Map<ConfidenceGrade, Percentage> missing = new LinkedHashMap<>(r.optimismBias());
    missing.remove(grade(4));
    assertEquals(
        "optimism bias for grade 4 must be given, was none for appraisal rates on 2012-04-01",
        assertThrows(
                InvalidValueException.class,
                () -> new AppraisalRates(AS_OF, Percentage.of(1), missing))
            .getMessage());
  }
}
