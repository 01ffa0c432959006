package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.source.PolicySource;

/**
 * One step of an explanation: which rule decided, the policy it encodes, what it found, and what
 * it read to find it. A reason whose condition was not met names that condition, so that "why
 * not" is recorded as deliberately as "why".
 *
 * @param rule the name of the rule that recorded the reason
 * @param source the document and paragraph the rule encodes
 * @param effect how the reason bears on the verdict
 * @param statement what the rule found, in words
 * @param facts the facts the rule read
 * @param parameters the policy parameters the rule read, with their effective dates
 * @param unmetCondition the condition that was not met; present exactly when the effect is {@link Effect#NOT_MET}
 */
public record Reason(
    String rule,
    PolicySource source,
    Effect effect,
    String statement,
    List<FactRead> facts,
    List<ParameterRead> parameters,
    Optional<UnmetCondition> unmetCondition) {

  /** Validates every part and that an unmet condition is named exactly for a {@code NOT_MET} reason. */
  public Reason {
    rule = nonBlank(rule, "rule name");
    if (source == null || effect == null || statement == null || statement.isBlank()) {
      String owner = "rule " + rule;
      required(source, "source", owner);
      required(effect, "effect", owner);
      nonBlank(statement, "statement", owner);
    }
    statement = statement.strip();
    facts = listOf(facts, "facts");
    parameters = listOf(parameters, "parameters");
    optional(unmetCondition, "unmet condition");
    if (unmetCondition.isPresent() != (effect == Effect.NOT_MET)) {
      check(
          false,
          "unmet condition",
          "named exactly when the effect is NOT_MET",
          unmetCondition.map(UnmetCondition::code).orElse("none") + " with effect " + effect,
          "rule " + rule);
    }
  }

  /** The reason in one line: its effect, the rule and the statement, {@code NOT_MET rule: statement}. */
  public String summary() {
    return effect + " " + rule + ": " + statement;
  }

  /** Starts a reason recorded by {@code rule}, which encodes {@code source}. */
  public static Builder builder(String rule, PolicySource source) {
    return new Builder(rule, source);
  }

  /** Builds a {@link Reason} step by step. */
  public static final class Builder {
    private final String rule;
    private final PolicySource source;
    private Effect effect = Effect.MET;
    private String statement;
    private final List<FactRead> facts = new ArrayList<>();
    private final List<ParameterRead> parameters = new ArrayList<>();
    private UnmetCondition unmet;

    private Builder(String rule, PolicySource source) {
      this.rule = rule;
      this.source = source;
    }

    /** A condition was met; {@code statement} says which. */
    public Builder met(String statement) {
      this.effect = Effect.MET;
      this.statement = statement;
      this.unmet = null;
      return this;
    }

    /** A condition was not met; {@code statement} says why. */
    public Builder notMet(UnmetCondition condition, String statement) {
      this.effect = Effect.NOT_MET;
      this.statement = statement;
      this.unmet = required(condition, "unmet condition");
      return this;
    }

    /** A finding to note. */
    public Builder flag(String statement) {
      this.effect = Effect.FLAG;
      this.statement = statement;
      this.unmet = null;
      return this;
    }

    /** Records a fact the rule read. */
    public Builder fact(String name, Object value) {
      facts.add(FactRead.of(name, value));
      return this;
    }

    /** Records a parameter the rule read. */
    public Builder parameter(ParameterRead parameter) {
      parameters.add(required(parameter, "parameter"));
      return this;
    }

    /** The reason; validates as the constructor does. */
    public Reason build() {
      return new Reason(rule, source, effect, statement, facts, parameters, Optional.ofNullable(unmet));
    }
  }
}
