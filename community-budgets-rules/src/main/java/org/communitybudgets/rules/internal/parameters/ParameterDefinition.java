package org.communitybudgets.rules.internal.parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A parameter: its key, what it means, its type and its dated values, which follow one another
 * without gap or overlap.
 *
 * @param key the key, dotted words such as {@code pooling.pcc.first-day}
 * @param description what the parameter means
 * @param type the type of its values
 * @param values the values in date order
 * @param file the file that defined it
 * @param line the line of that file
 * @param domain the values it may take
 */
public record ParameterDefinition(
    String key,
    String description,
    ParameterType type,
    List<ParameterValue> values,
    String file,
    int line,
    ParameterDomain domain) {

  public ParameterDefinition {
    values = List.copyOf(values);
  }

  /** A parameter of any value of its type. */
  public ParameterDefinition(String key, String description, ParameterType type, List<ParameterValue> values, String file, int line) {
    this(key, description, type, values, file, line, ParameterDomain.ANY);
  }

  /** The value in force on the date, if any. */
  public Optional<ParameterValue> valueOn(LocalDate date) {
    return values.stream().filter(v -> v.effective().contains(date)).findFirst();
  }

  /** The same parameter with other values. */
  public ParameterDefinition withValues(List<ParameterValue> newValues, String newFile, int newLine) {
    return new ParameterDefinition(key, description, type, newValues, newFile, newLine, domain);
  }
}
