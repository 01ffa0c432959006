package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;

/**
 * One dated row of the appraisal parameter table: the value a parameter has over some dates, where
 * it comes from, and a note (which says, for instance, that a value is assumed).
 *
 * @param key the parameter: {@value #DISCOUNT_RATE}, the rate from year 1; {@code
 *     discount-rate-from-year-N}, the rate from appraisal year N on, for a rate that declines over
 *     the long term; or {@code optimism-bias-grade-N} for a grade N of 1–6 (see {@link #KEYS})
 * @param dates the days the value is in force
 * @param value the value, within 0–100%
 * @param source where the value comes from
 * @param note a remark, e.g. {@code ASSUMED: …}; may be empty
 */
public record AppraisalParameter(
    String key, DateRange dates, Percentage value, PolicySource source, String note) {

  /** The key of the yearly discount rate. */
  public static final String DISCOUNT_RATE = "discount-rate";

  /** The keys of the optimism-bias corrections start with this, followed by the grade number. */
  public static final String OPTIMISM_BIAS_PREFIX = "optimism-bias-grade-";

  /**
   * The keys of the discount rates from a later year of an appraisal start with this, followed by
   * the year's index, 2 or more (year 0 is the first, and not discounted; year 1 has the discount
   * rate), e.g. {@code discount-rate-from-year-31}. A table may give none: the discount rate then
   * holds for every year.
   */
  public static final String LATER_DISCOUNT_RATE_PREFIX = "discount-rate-from-year-";

  /** The largest year a later discount rate may start in. */
  public static final int MAX_LATER_DISCOUNT_YEAR = 1000;

  /** Every key a table must give, in the order the table gives them: the discount rate, then grades 1 to 6. */
  public static final List<String> KEYS =
      Stream.concat(
              Stream.of(DISCOUNT_RATE),
              ConfidenceGrade.all().stream().map(AppraisalParameter::optimismBiasKey))
          .toList();

  /** Validates every component; the note is stripped. */
  public AppraisalParameter {
    key = nonBlank(key, "parameter key");
    String owner = "appraisal parameter " + key;
    check(isKey(key), "parameter key", KEY_WORDS, key);
    required(dates, "dates", owner);
    required(value, "value", owner);
    check(value.isWithinWhole(), "value", "within 0–100%", value, owner + " from " + dates.start());
    required(source, "source", owner);
    note = required(note, "note", owner).strip();
  }

  /** What a key may be, in words. */
  static final String KEY_WORDS =
      "one of " + String.join(", ", KEYS) + ", or " + LATER_DISCOUNT_RATE_PREFIX + "N for a year N of 2–" + MAX_LATER_DISCOUNT_YEAR;

  /** True if the key is one a table may give. */
  public static boolean isKey(String key) {
    return KEYS.contains(key) || laterDiscountYear(key).isPresent();
  }

  /**
   * The year a later discount rate's key starts it in, e.g. 31 for {@code
   * discount-rate-from-year-31}; empty for any other key.
   */
  public static Optional<Integer> laterDiscountYear(String key) {
    if (key == null || !key.startsWith(LATER_DISCOUNT_RATE_PREFIX)) {
      return Optional.empty();
    }
    String digits = key.substring(LATER_DISCOUNT_RATE_PREFIX.length());
    if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.startsWith("0")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(digits);
    return year >= 2 && year <= MAX_LATER_DISCOUNT_YEAR ? Optional.of(year) : Optional.empty();
  }

  /** The key of the discount rate from the year on, e.g. {@code discount-rate-from-year-31}. */
  public static String laterDiscountRateKey(int fromYear) {
    check(fromYear >= 2 && fromYear <= MAX_LATER_DISCOUNT_YEAR, "year", "2–" + MAX_LATER_DISCOUNT_YEAR, fromYear);
    return LATER_DISCOUNT_RATE_PREFIX + fromYear;
  }

  /** The key of the optimism-bias correction for the grade, e.g. {@code optimism-bias-grade-3}. */
  public static String optimismBiasKey(ConfidenceGrade grade) {
    return OPTIMISM_BIAS_PREFIX + required(grade, "confidence grade").grade();
  }
}
