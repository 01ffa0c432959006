package org.communitybudgets.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The conditions of the standard rules with what a subject that meets none of their rules is told
 * (the table {@code conditions.yaml}). A condition's why-not reason is written once here, from the
 * business date's parameters and the subject's facts, rather than by a rule of its own.
 */
final class Conditions {
  static final String TABLE = "org/communitybudgets/rules/conditions.yaml";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)(?: ([a-z0-9.-]+))?\\}");
  private static final Conditions STANDARD = load(TABLE, CommunityBudgetsEngine.resource(TABLE));

  private final Map<String, Condition> byCode;

  private Conditions(Map<String, Condition> byCode) {
    this.byCode = byCode;
  }

  /** The standard table. */
  static Conditions standard() {
    return STANDARD;
  }

  /** The condition with the code, if the table has it. */
  Optional<Condition> condition(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Reads a table; a malformed table is a defect of the library, reported with its path. */
  static Conditions load(String path, String yaml) {
    Object root = new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(yaml);
    if (!(root instanceof Map<?, ?> entries)) {
      throw new IllegalStateException(path + " must map condition codes to their why-not reasons");
    }
    Map<String, Condition> byCode = new LinkedHashMap<>();
    entries.forEach((code, value) -> {
      String where = path + ", condition " + code;
      if (!(value instanceof Map<?, ?> fields)) {
        throw new IllegalStateException(where + " must be a mapping");
      }
      String document = text(fields, "document", where);
      PolicySource source =
          new PolicySource(
              PolicyDocument.standard(document).orElseThrow(() -> new IllegalStateException(where + ": no standard document " + document)),
              text(fields, "location", where));
      Map<String, String> facts = new LinkedHashMap<>();
      if (fields.get("facts") instanceof Map<?, ?> f) {
        f.forEach((name, template) -> facts.put(String.valueOf(name), String.valueOf(template)));
      }
      List<String> parameters = new ArrayList<>();
      if (fields.get("parameters") instanceof List<?> keys) {
        keys.forEach(k -> parameters.add(String.valueOf(k)));
      }
      Condition c = new Condition(String.valueOf(code), text(fields, "rule", where), source,
          text(fields, "requirement", where), text(fields, "statement", where), Map.copyOf(facts), List.copyOf(parameters));
      List.of(c.requirement(), c.statement()).forEach(t -> checkPlaceholders(t, where));
      facts.values().forEach(t -> checkPlaceholders(t, where));
      byCode.put(c.code(), c);
    });
    return new Conditions(Map.copyOf(byCode));
  }

  private static String text(Map<?, ?> fields, String field, String where) {
    Object v = fields.get(field);
    if (v == null || String.valueOf(v).isBlank()) {
      throw new IllegalStateException(where + ": " + field + " is required");
    }
    return String.valueOf(v);
  }

  private static void checkPlaceholders(String template, String where) {
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      switch (m.group(1)) {
        case "as-of" -> {}
        case "integer", "percentage", "window", "terms", "unauthorised-rates" -> {
          if (m.group(2) == null) {
            throw new IllegalStateException(where + ": {" + m.group(1) + "} needs a parameter key");
          }
        }
        default -> throw new IllegalStateException(where + ": unknown placeholder {" + m.group(1) + "}");
      }
    }
  }

  /**
   * One condition's why-not.
   *
   * @param code the condition's stable code
   * @param rule the name the reason is recorded under
   * @param source the policy the condition encodes
   * @param requirement what the condition requires, as a template
   * @param statement what a subject that does not meet it is told, as a template
   * @param facts the facts shown, by name, as templates
   * @param parameters the parameters the condition reads
   */
  record Condition(
      String code,
      String rule,
      PolicySource source,
      String requirement,
      String statement,
      Map<String, String> facts,
      List<String> parameters) {

    /** The unmet condition for the family on the policy's business date. */
    UnmetCondition unmet(FamilyCase family, Policy policy) {
      return new UnmetCondition(code, render(requirement, family, policy));
    }

    /** A template put into words for the family on the policy's business date. */
    static String render(String template, FamilyCase family, Policy policy) {
      Matcher m = PLACEHOLDER.matcher(template);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String key = m.group(2);
        Object value = switch (m.group(1)) {
          case "as-of" -> policy.asOf();
          case "integer" -> policy.integer(key);
          case "percentage" -> policy.percentage(key);
          case "window" -> family.window(policy.integer(key));
          case "terms" -> family.lastTerms(policy.integer(key));
          case "unauthorised-rates" -> family.unauthorisedRates(policy.integer(key), policy.integer("tf.child.age-limit"));
          default -> throw new IllegalStateException("unknown placeholder " + m.group());
        };
        m.appendReplacement(out, Matcher.quoteReplacement(Objects.toString(value)));
      }
      m.appendTail(out);
      return out.toString();
    }
  }
}
