package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;

/**
 * A policy parameter a rule read: its key, the value in force on the decision's date, the dates
 * that value is in force, and where the value comes from.
 *
 * @param key the parameter's key, e.g. {@code phase1.absence.unauthorised-threshold}
 * @param value the value as text, e.g. {@code 15%}
 * @param effective the dates the value is in force
 * @param source the document and paragraph the value comes from
 */
public record ParameterRead(String key, String value, DateRange effective, PolicySource source) {
  /** Validates every part. */
  public ParameterRead {
    key = nonBlank(key, "parameter key");
    required(value, "parameter value", key);
    required(effective, "effective dates", key);
    required(source, "source", key);
  }

  @Override
  public String toString() {
    return key + " = " + value + " (in force " + effective + ", " + source + ")";
  }
}
