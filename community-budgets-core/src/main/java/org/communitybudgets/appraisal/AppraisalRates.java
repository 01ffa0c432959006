package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitybudgets.money.Percentage;

/**
 * The appraisal parameters in force on one day: the discount rate, with the rates it declines to
 * in later years, and the optimism-bias correction for each confidence grade (the Green Book and
 * the CBA guidance 2014). {@link AppraisalParameters#valueOn(LocalDate)} gives the values of a
 * dated table; the {@code with…} methods give a changed copy, for a sensitivity test or a local
 * assumption.
 *
 * @param asOf the day the values are in force on
 * @param discountRate the yearly discount rate from year 1, within 0–100%
 * @param optimismBias the correction for each grade 1–6, every grade given, each within 0–100%;
 *     held best grade first
 * @param laterDiscountRates the yearly discount rate from each later year on, by the year's index
 *     (2 or more, as year 1 has {@code discountRate}), each within 0–100%; empty if the discount
 *     rate holds for every year. The Green Book's rate is 3.5% for years 0 to 30, then 3.0% from
 *     year 31, 2.5% from year 76 and so on (Annex 6, Table 6.1). Held by year.
 */
public record AppraisalRates(
    LocalDate asOf,
    Percentage discountRate,
    Map<ConfidenceGrade, Percentage> optimismBias,
    Map<Integer, Percentage> laterDiscountRates) {

  /** Rates with the discount rate for every year. */
  public AppraisalRates(LocalDate asOf, Percentage discountRate, Map<ConfidenceGrade, Percentage> optimismBias) {
    this(asOf, discountRate, optimismBias, Map.of());
  }

  /** Validates every component; the corrections are copied in grade order, the later rates by year. */
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
    required(laterDiscountRates, "later discount rates", owner);
    for (Map.Entry<Integer, Percentage> later : laterDiscountRates.entrySet()) {
      Integer year = later.getKey();
      check(year != null && year >= 2 && year <= AppraisalParameter.MAX_LATER_DISCOUNT_YEAR,
          "year of a later discount rate", "2–" + AppraisalParameter.MAX_LATER_DISCOUNT_YEAR, year, owner);
      Percentage rate = later.getValue();
      check(rate != null, "discount rate from year " + year, "given", "none", owner);
      check(rate.isWithinWhole(), "discount rate from year " + year, "within 0–100%", rate, owner);
    }
    laterDiscountRates = ImmutableSortedMap.copyOf(laterDiscountRates);
  }

  /** The discount rate of the year: the rate from the latest year on that is not after it. */
  public Percentage discountRate(int yearIndex) {
    check(yearIndex >= 0, "year index", "zero or more", yearIndex);
    Percentage rate = discountRate;
    for (Map.Entry<Integer, Percentage> later : laterDiscountRates.entrySet()) {
      if (later.getKey() > yearIndex) {
        break;
      }
      rate = later.getValue();
    }
    return rate;
  }

  /** The correction for figures of that grade. */
  public Percentage optimismBias(ConfidenceGrade grade) {
    return optimismBias.get(required(grade, "confidence grade"));
  }

  /**
   * The factor that brings an amount of appraisal year {@code yearIndex} to its present value: 1
   * over the product of (1 + the year's rate) for each year from 1 to t, with t the year index
   * (year 0, the first, is not discounted), so 1/(1+r)^t while one rate holds, and from the first
   * later rate on the discounting of the years before it and the new rate's since (Green Book,
   * Annex 6, paragraph 12 and Table 6.1). Computed with {@link MathContext#DECIMAL128}.
   */
  public BigDecimal discountFactor(int yearIndex) {
    check(yearIndex >= 0, "year index", "zero or more", yearIndex);
    BigDecimal growth = null;
    int from = 1;
    Percentage rate = discountRate;
    for (Map.Entry<Integer, Percentage> later : laterDiscountRates.entrySet()) {
      if (later.getKey() > yearIndex) {
        break;
      }
      growth = grow(growth, rate, later.getKey() - from);
      from = later.getKey();
      rate = later.getValue();
    }
    growth = grow(growth, rate, yearIndex - from + 1);
    return BigDecimal.ONE.divide(growth, MathContext.DECIMAL128);
  }

  /** The growth so far (none before the first span) over {@code years} more years at the rate. */
  private static BigDecimal grow(BigDecimal growth, Percentage rate, int years) {
    BigDecimal span = BigDecimal.ONE.add(rate.fraction()).pow(Math.max(0, years), MathContext.DECIMAL128);
    return growth == null ? span : growth.multiply(span, MathContext.DECIMAL128);
  }

  /** A copy with another discount rate, the same for every year. */
  public AppraisalRates withDiscountRate(Percentage rate) {
    return new AppraisalRates(asOf, rate, optimismBias);
  }

  /** A copy with another discount rate and the rates it declines to, by the year each starts in. */
  public AppraisalRates withDiscountRates(Percentage rate, Map<Integer, Percentage> later) {
    return new AppraisalRates(asOf, rate, optimismBias, later);
  }

  /** A copy with another correction for one grade. */
  public AppraisalRates withOptimismBias(ConfidenceGrade grade, Percentage bias) {
    Map<ConfidenceGrade, Percentage> changed = new LinkedHashMap<>(optimismBias);
    changed.put(required(grade, "confidence grade"), required(bias, "optimism bias"));
    return new AppraisalRates(asOf, discountRate, changed, laterDiscountRates);
  }

  /** A copy with no optimism-bias correction for any grade. */
  public AppraisalRates withoutOptimismBias() {
    Map<ConfidenceGrade, Percentage> none = new LinkedHashMap<>();
    ConfidenceGrade.all().forEach(g -> none.put(g, Percentage.ZERO));
    return new AppraisalRates(asOf, discountRate, none, laterDiscountRates);
  }
}
