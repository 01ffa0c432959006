package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitybudgets.money.Percentage;

/**
 * The appraisal parameters in force on one day: the discount rate and the optimism-bias correction
 * for each confidence grade (Evidence CB00 and the CBA guidance 2014). {@link AppraisalParameters#valueOn(LocalDate)}
 * gives the values of a dated table; the {@code with…} methods give a changed copy, for a
 * sensitivity test or a local assumption.
 *
 * @param asOf the day the values are in force on
 * @param discountRate the yearly discount rate, within 0–100%
 * @param optimismBias the correction for each grade 1–6, every grade given, each within 0–100%;
 *     held best grade first
 */
public record AppraisalRates(
    LocalDate asOf, Percentage discountRate, Map<ConfidenceGrade, Percentage> optimismBias) {

  /** Validates every component; the corrections are copied in grade order. */
  public AppraisalRates {
    required(asOf, "appraisal date");
    String owner = "appraisal rates on " + asOf;
    required(discountRate, "discount rate", owner);
    check(discountRate.isWithinWhole(), "discount rate", "within 0–100%", discountRate, owner);
    required(optimismBias, "optimism bias", owner);
    Map<ConfidenceGrade, Percentage> ordered = new LinkedHashMap<>();
    for (ConfidenceGrade grade : ConfidenceGrade.all()) {
      Percentage bias = optimismBias.get(grade);
      check(bias != null, "optimism bias for " + grade, "given", "none", owner);
      check(bias.isWithinWhole(), "optimism bias for " + grade, "within 0–100%", bias, owner);
      ordered.put(grade, bias);
    }
    optimismBias = ImmutableMap.copyOf(ordered);
  }

  /** The correction for figures of that grade. */
  public Percentage optimismBias(ConfidenceGrade grade) {
    return optimismBias.get(required(grade, "confidence grade"));
  }

  /**
   * The factor that brings an amount of appraisal year {@code yearIndex} to its present value:
   * 1/(1+r)^t, with t the year index (year 0, the first, is not discounted), computed with {@link
   * MathContext#DECIMAL128}.
   */
  public BigDecimal discountFactor(int yearIndex) {
    check(yearIndex >= 0, "year index", "zero or more", yearIndex);
    BigDecimal growth = BigDecimal.ONE.add(discountRate.fraction()).pow(yearIndex, MathContext.DECIMAL128);
    return BigDecimal.ONE.divide(growth, MathContext.DECIMAL128);
  }

  /** A copy with another discount rate. */
  public AppraisalRates withDiscountRate(Percentage rate) {
    return new AppraisalRates(asOf, rate, optimismBias);
  }

  /** A copy with another correction for one grade. */
  public AppraisalRates withOptimismBias(ConfidenceGrade grade, Percentage bias) {
    Map<ConfidenceGrade, Percentage> changed = new LinkedHashMap<>(optimismBias);
    changed.put(required(grade, "confidence grade"), required(bias, "optimism bias"));
    return new AppraisalRates(asOf, discountRate, changed);
  }

  /** A copy with no optimism-bias correction for any grade. */
  public AppraisalRates withoutOptimismBias() {
    Map<ConfidenceGrade, Percentage> none = new LinkedHashMap<>();
    ConfidenceGrade.all().forEach(g -> none.put(g, Percentage.ZERO));
    return new AppraisalRates(asOf, discountRate, none);
  }
}
