package org.communitybudgets.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The conditions of the standard rules with what a subject that meets none of their rules is told
 * (the table {@code conditions.yaml}). A condition's why-not reason is written once here, from the
 * business date's parameters and the subject's facts, rather than by a rule of its own.
 */
public final class Conditions {
  public static final String TABLE = "org/communitybudgets/rules/conditions.yaml";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)(?: ([a-z0-9.-]+))?\\}");
  private static final Conditions STANDARD = load(TABLE, RuleSetLoader.resource(TABLE));

  private final Map<String, Condition> byCode;

  private Conditions(Map<String, Condition> byCode) {
    this.byCode = byCode;
  }

  /** The standard table. */
  public static Conditions standard() {
    return STANDARD;
  }

  /** The condition with the code, if the table has it. */
  public Optional<Condition> condition(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Reads a table; a malformed table is a defect of the library, reported with its path. */
  public static Conditions load(String path, String yaml) {
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
      Map<String, Template> facts = new LinkedHashMap<>();
      if (fields.get("facts") instanceof Map<?, ?> f) {
        f.forEach((name, template) -> facts.put(String.valueOf(name), Template.parse(String.valueOf(template), where)));
      }
      List<String> parameters = new ArrayList<>();
      if (fields.get("parameters") instanceof List<?> keys) {
        keys.forEach(k -> parameters.add(String.valueOf(k)));
      }
      Condition c = new Condition(String.valueOf(code), text(fields, "rule", where), source,
          Template.parse(text(fields, "requirement", where), where), Template.parse(text(fields, "statement", where), where),
          Collections.unmodifiableMap(facts), List.copyOf(parameters));
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

  /**
   * A text with placeholders, split once when the table is read: the literal parts, and after
   * each the placeholder's kind and parameter key (null after the last part).
   */
  public record Template(List<String> literals, List<String> kinds, List<String> keys) {
    public static Template parse(String template, String where) {
      Matcher m = PLACEHOLDER.matcher(template);
      List<String> literals = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      int at = 0;
      while (m.find()) {
        String kind = m.group(1);
        switch (kind) {
          case "as-of" -> {}
          case "integer", "percentage", "window", "terms", "unauthorised-rates" -> {
            if (m.group(2) == null) {
              throw new IllegalStateException(where + ": {" + kind + "} needs a parameter key");
            }
          }
          default -> throw new IllegalStateException(where + ": unknown placeholder {" + kind + "}");
        }
        literals.add(template.substring(at, m.start()));
        kinds.add(kind);
        keys.add(m.group(2));
        at = m.end();
      }
      literals.add(template.substring(at));
      return new Template(List.copyOf(literals), List.copyOf(kinds), Collections.unmodifiableList(keys));
    }

    /** The text for the family on the policy's business date. */
    public String render(FamilyCase family, Policy policy) {
      StringBuilder out = new StringBuilder(literals.get(0));
      for (int i = 0; i < kinds.size(); i++) {
        String key = keys.get(i);
        Object value = switch (kinds.get(i)) {
          case "as-of" -> policy.asOf();
          case "integer" -> policy.integer(key);
          case "percentage" -> policy.percentage(key);
          case "window" -> family.window(policy.integer(key));
          case "terms" -> family.lastTerms(policy.integer(key));
          case "unauthorised-rates" -> family.unauthorisedRates(policy.integer(key), policy.integer("tf.child.age-limit"));
          default -> throw new IllegalStateException("unknown placeholder " + kinds.get(i));
        };
        out.append(value).append(literals.get(i + 1));
      }
      return out.toString();
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
  public record Condition(
      String code,
      String rule,
      PolicySource source,
      Template requirement,
      Template statement,
      Map<String, Template> facts,
      List<String> parameters) {

    /** The unmet condition for the family on the policy's business date. */
    public UnmetCondition unmet(FamilyCase family, Policy policy) {
      return new UnmetCondition(code, requirement.render(family, policy));
    }
  }
}
