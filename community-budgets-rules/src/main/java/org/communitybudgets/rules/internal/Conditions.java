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
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)((?: [A-Za-z0-9.-]+)*)\\}");
  private static final Conditions STANDARD = load(TABLE, RuleSetLoader.resource(TABLE));

  private final Map<String, Condition> byCode;

  private Conditions(Map<String, Condition> byCode) {
    this.byCode = byCode;
  }

  /** The standard table. */
  public static Conditions standard() {
    return STANDARD;
  }

  /** The condition with the key, if the table has it. */
  public Optional<Condition> condition(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every condition of the table, in the table's order. */
  public List<Condition> all() {
    return List.copyOf(byCode.values());
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
      String subjectName = text(fields, "subject", where);
      Measures.Subject subject = Measures.Subject.named(subjectName)
          .orElseThrow(() -> new IllegalStateException(where + ": subject " + subjectName + " is not one of " + Measures.Subject.names()));
      String document = text(fields, "document", where);
      String location = document.equals("CLAIM_WINDOW") ? "" : text(fields, "location", where);
      java.util.function.Function<Object, PolicySource> source;
      List<PolicySource> cites;
      Optional<java.util.function.Function<Object, PolicySource>> phased = subject.phasedSource(document, location);
      if (phased.isPresent()) {
        source = phased.get();
        cites = Measures.Subject.phasedSources(document, location);
      } else {
        PolicySource fixed = new PolicySource(
            PolicyDocument.standard(document).orElseThrow(() -> new IllegalStateException(where + ": no standard document " + document)),
            location);
        source = x -> fixed;
        cites = List.of(fixed);
      }
      Map<String, Template> facts = new LinkedHashMap<>();
      if (fields.get("facts") instanceof Map<?, ?> f) {
        f.forEach((name, template) -> facts.put(String.valueOf(name), Template.parse(text(f, String.valueOf(name), where), subject, where)));
      }
      List<String> parameters = new ArrayList<>();
      if (fields.get("parameters") instanceof List<?> keys) {
        keys.forEach(k -> parameters.add(Template.key(String.valueOf(k), subject, where)));
      }
      Object ownCode = fields.get("code");
      Condition c = new Condition(String.valueOf(code), ownCode == null ? String.valueOf(code) : String.valueOf(ownCode),
          subject, text(fields, "rule", where), source, cites,
          Template.parse(text(fields, "requirement", where), subject, where),
          Template.parse(text(fields, "statement", where), subject, where),
          Collections.unmodifiableMap(facts), List.copyOf(parameters));
      byCode.put(c.key(), c);
    });
    return new Conditions(Collections.unmodifiableMap(byCode));
  }

  private static String text(Map<?, ?> fields, String field, String where) {
    Object v = fields.get(field);
    if (v == null || String.valueOf(v).isBlank()) {
      throw new IllegalStateException(where + ": " + field + " is required");
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      throw new IllegalStateException(where + ": " + field + " must be text (quote a text that starts with '{' or '[')");
    }
    return String.valueOf(v);
  }

  /**
   * A text with placeholders, split once when the table is read: the literal parts, and between
   * them the placeholders, each what it reads and the parameter keys it reads it with.
   */
  public static final class Template {
    private final List<String> literals;
    private final List<Measures.Measure> measures;
    private final List<List<String>> keys;

    private Template(List<String> literals, List<Measures.Measure> measures, List<List<String>> keys) {
      this.literals = literals;
      this.measures = measures;
      this.keys = keys;
    }

    static Template parse(String template, Measures.Subject subject, String where) {
      Matcher m = PLACEHOLDER.matcher(template);
      List<String> literals = new ArrayList<>();
      List<Measures.Measure> measures = new ArrayList<>();
      List<List<String>> keys = new ArrayList<>();
      int at = 0;
      while (m.find()) {
        String name = m.group(1);
        List<String> args = m.group(2).isEmpty() ? List.of() : List.of(m.group(2).substring(1).split(" "));
        Measures.Measure measure = subject.measure(name)
            .orElseThrow(() -> new IllegalStateException(where + ": no placeholder {" + name + "} for a " + subject.tableName() + " condition"));
        if (measure.arity() != args.size()) {
          throw new IllegalStateException(where + ": {" + name + "} takes " + measure.arity() + " parameter key(s), was given " + args.size());
        }
        args.forEach(k -> key(k, subject, where));
        literals.add(template.substring(at, m.start()));
        measures.add(measure);
        keys.add(args);
        at = m.end();
      }
      literals.add(template.substring(at));
      for (String literal : literals) {
        if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
          throw new IllegalStateException(where + ": a placeholder is {name} or {name KEY ...}, of lower-case words and parameter keys, in '" + template + "'");
        }
      }
      return new Template(List.copyOf(literals), List.copyOf(measures), List.copyOf(keys));
    }

    /** The key, if the subject's conditions may write it. */
    static String key(String key, Measures.Subject subject, String where) {
      if (!subject.allowsKey(key)) {
        throw new IllegalStateException(where + ": only a claim's condition may name its phase's parameter " + key);
      }
      return key;
    }

    /** The text for the subject on the policy's business date. */
    public String render(Object subject, Policy policy) {
      StringBuilder out = new StringBuilder(literals.get(0));
      for (int i = 0; i < measures.size(); i++) {
        out.append(measures.get(i).reading().read(subject, policy, keys.get(i))).append(literals.get(i + 1));
      }
      return out.toString();
    }
  }

  /**
   * One condition's why-not.
   *
   * @param key the condition's name in the table, which a rule expects
   * @param code the condition's stable code, named by the rules that meet it; the key unless the
   *     table gives another, for conditions of the same code judged in different phases
   * @param subject what the condition judges
   * @param rule the name the reason is recorded under
   * @param source the policy the condition encodes, for the subject judged
   * @param cites every source it can cite, for the reference
   * @param requirement what the condition requires, as a template
   * @param statement what a subject that does not meet it is told, as a template
   * @param facts the facts shown, by name, as templates
   * @param parameters the parameters the condition reads
   */
  public record Condition(
      String key,
      String code,
      Measures.Subject subject,
      String rule,
      java.util.function.Function<Object, PolicySource> source,
      List<PolicySource> cites,
      Template requirement,
      Template statement,
      Map<String, Template> facts,
      List<String> parameters) {

    /** The unmet condition for the subject on the policy's business date. */
    public UnmetCondition unmet(Object subject, Policy policy) {
      return new UnmetCondition(code, requirement.render(subject, policy));
    }
  }
}
