package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.util.List;
import java.util.stream.Stream;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;

/**
 * One dated row of the appraisal parameter table: the value a parameter has over some dates, where
 * it comes from, and a note (which says, for instance, that a value is assumed).
 *
 * @param key the parameter: {@value #DISCOUNT_RATE}, or {@code optimism-bias-grade-N} for a grade
 *     N of 1–6 (see {@link #KEYS})
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

  /** Every key, in the order the table gives them: the discount rate, then grades 1 to 6. */
  public static final List<String> KEYS =
      Stream.concat(
              Stream.of(DISCOUNT_RATE),
              ConfidenceGrade.all().stream().map(AppraisalParameter::optimismBiasKey))
          .toList();

  /** Validates every component; the note is stripped. */
  public AppraisalParameter {
    key = nonBlank(key, "parameter key");
    String owner = "appraisal parameter " + key;
    check(KEYS.contains(key), "parameter key", "one of " + String.join(", ", KEYS), key);
    required(dates, "dates", owner);
    required(value, "value", owner);
    check(value.isWithinWhole(), "value", "within 0–100%", value, owner + " from " + dates.start());
    required(source, "source", owner);
    note = required(note, "note", owner).strip();
  }

  /** The key of the optimism-bias correction for the grade, e.g. {@code optimism-bias-grade-3}. */
  public static String optimismBiasKey(ConfidenceGrade grade) {
    return OPTIMISM_BIAS_PREFIX + required(grade, "confidence grade").grade();
  }
}
