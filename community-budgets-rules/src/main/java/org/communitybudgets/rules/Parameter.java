package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;

/**
 * A parameter of the rules, as a rule author reads it before overriding it: its key, type and
 * description, and its dated values, each with the published source it follows and any note (a
 * value the sources leave open says so), and the file and line it was read from.
 *
 * @param key the key, e.g. {@code tf.phase1.unauthorised-absence}
 * @param type the type as files name it: {@code date}, {@code money}, {@code percentage}, {@code
 *     integer}, {@code boolean}, {@code text} or {@code text-list}
 * @param description what the parameter is
 * @param values its values, by the dates they are in force, in date order
 */
public record Parameter(String key, String type, String description, List<Parameter.Value> values) {
  /** Copies the values. */
  public Parameter {
    values = List.copyOf(values);
  }

  /**
   * One dated value.
   *
   * @param effective the days it is in force
   * @param value the value as files write it, e.g. {@code 15%}, {@code £3,200.00}, {@code 2012-04-01}
   * @param source the published document and place it follows
   * @param note a remark on it, e.g. that it is assumed; empty if none
   * @param file the file it was read from
   * @param line the line of that file it starts on
   */
  public record Value(DateRange effective, String value, PolicySource source, String note, String file, int line) {}

  /** The value in force on the day, if any. */
  public Optional<Value> valueOn(LocalDate day) {
    return values.stream().filter(v -> v.effective().contains(day)).findFirst();
  }

  /** True if a value of it is marked assumed: the sources leave it open. */
  public boolean isAssumedOn(LocalDate day) {
    return valueOn(day).map(v -> v.note().toLowerCase(java.util.Locale.ROOT).contains("assumed")).orElse(false);
  }
}
