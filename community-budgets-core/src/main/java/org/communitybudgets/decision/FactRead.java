package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

/**
 * A fact a rule read, as it was: {@code contribution c-3 mode = POOLED_AT_SOURCE}.
 *
 * @param name what the fact is, naming whose fact it is
 * @param value its value as text
 */
public record FactRead(String name, String value) {
  /** Validates both parts; the value may be empty but not null. */
  public FactRead {
    name = nonBlank(name, "fact name");
    required(value, "fact value", name);
  }

  /** The fact {@code name} with the value's text. */
  public static FactRead of(String name, Object value) {
    return new FactRead(name, String.valueOf(value));
  }

  @Override
  public String toString() {
    return name + " = " + value;
  }
}
