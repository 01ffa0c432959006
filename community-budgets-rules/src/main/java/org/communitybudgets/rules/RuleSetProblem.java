package org.communitybudgets.rules;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.util.Optional;

/**
 * One thing wrong with a rule set or a parameter table, found while building an engine.
 *
 * @param source the path of the file, e.g. {@code org/communitybudgets/rules/pooling.drl} or
 *     {@code /etc/council/parameters.yaml}
 * @param line the line in that file, counting from 1; 0 where no line is known
 * @param rule the rule or parameter the problem is in, if known
 * @param message what is wrong, in words
 */
public record RuleSetProblem(String source, int line, Optional<String> rule, String message) {
  /** Validates every part. */
  public RuleSetProblem {
    source = nonBlank(source, "problem source");
    required(rule, "rule");
    message = nonBlank(message, "problem message", source);
  }

  /** {@code source:line [rule "name"]: message}. */
  @Override
  public String toString() {
    return source
        + (line > 0 ? ":" + line : "")
        + rule.map(r -> " [" + r + "]").orElse("")
        + ": "
        + message;
  }
}
