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
