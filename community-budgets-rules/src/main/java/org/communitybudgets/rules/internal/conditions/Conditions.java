package org.communitybudgets.rules.internal.conditions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.Problems;
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
  /** The verdicts a contribution's condition can limit it to while unmet. */
  private static final List<ContributionVerdict> LIMITS =
      List.of(ContributionVerdict.CONDITIONAL, ContributionVerdict.ALIGNMENT_ONLY, ContributionVerdict.REFUSED);

  private final Map<String, Condition> byCode;

  private Conditions(Map<String, Condition> byCode) {
    this.byCode = byCode;
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
  public static Conditions load(String path, String yaml, List<? extends SubjectKind> kinds) {
    Problems problems = new Problems();
    Conditions table = read(path, yaml, kinds, problems);
    if (!problems.isEmpty()) {
      org.communitybudgets.rules.RuleSetProblem first = problems.all().get(0);
      throw new IllegalStateException(first.source() + first.rule().map(k -> ", condition " + k).orElse("") + ": " + first.message());
    }
    return table;
  }

  /**
   * Reads a table, each problem reported with the file, the line of its entry and the entry's
   * name; the entries without problems are kept.
   *
   * @param kinds the kinds of subject the table's conditions may judge
   */
  public static Conditions read(String path, String yaml, List<? extends SubjectKind> kinds, Problems problems) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().setLabel(path).build()).loadFromString(yaml);
    } catch (org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException e) {
      problems.add(path, e.getProblemMark().map(m -> m.getLine() + 1).orElse(0), null, "is not YAML: " + e.getProblem());
      return new Conditions(Map.of());
    } catch (RuntimeException e) {
      problems.add(path, 0, null, "is not YAML: " + e.getMessage());
      return new Conditions(Map.of());
    }
    if (!(root instanceof Map<?, ?> entries)) {
      problems.add(path, 1, null, "must map condition names to their why-not reasons");
      return new Conditions(Map.of());
    }
    List<String> lines = yaml.lines().toList();
    Map<String, Condition> byCode = new LinkedHashMap<>();
    entries.forEach((key, value) -> {
      try {
        Condition c = entry(String.valueOf(key), value, kinds, path, lineOf(lines, String.valueOf(key)));
        byCode.put(c.key(), c);
      } catch (EntryProblem e) {
        problems.add(path, lineOf(lines, String.valueOf(key)), String.valueOf(key), e.getMessage());
      }
    });
    return new Conditions(Collections.unmodifiableMap(byCode));
  }

  /**
   * This table with a local table's conditions added; one of a name this table has already is
   * reported, naming the file and line of the local entry.
   */
  public Conditions with(Conditions local, Problems problems) {
    Map<String, Condition> byCode = new LinkedHashMap<>(this.byCode);
    local.byCode.forEach((key, c) -> {
      if (byCode.putIfAbsent(key, c) != null) {
        problems.add(c.file(), c.line(), key,
            "a condition named '" + key + "' is in the table already (the standard table or an earlier local one): a local table adds conditions of names of its own");
      }
    });
    return new Conditions(Collections.unmodifiableMap(byCode));
  }

  /** The line an entry starts on, counting from 1; 0 if its name is not at the start of a line. */
  private static int lineOf(List<String> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Condition entry(String code, Object value, List<? extends SubjectKind> kinds, String file, int line) {
    if (!(value instanceof Map<?, ?> fields)) {
      throw new EntryProblem("must be a mapping of rule, subject, document, location, requirement, statement, and limit, facts and parameters if any");
    }
    String subjectName = text(fields, "subject");
    SubjectKind subject = kinds.stream().filter(k -> k.tableName().equals(subjectName)).findFirst()
        .orElseThrow(() -> new EntryProblem("subject " + subjectName + " is not one of "
            + String.join(", ", kinds.stream().map(SubjectKind::tableName).toList())));
    String document = fields.get("document") instanceof Map<?, ?> local ? "LOCAL" : text(fields, "document");
    String location = document.equals("CLAIM_WINDOW") ? "" : text(fields, "location");
    java.util.function.Function<Object, PolicySource> source;
    List<PolicySource> cites;
    Optional<java.util.function.Function<Object, PolicySource>> phased = subject.phasedSource(document, location);
    if (phased.isPresent()) {
      source = phased.get();
      cites = subject.phasedSources(document, location);
    } else {
      PolicySource fixed = new PolicySource(document(fields, document), location);
      source = x -> fixed;
      cites = List.of(fixed);
    }
    Map<String, Template> facts = new LinkedHashMap<>();
    if (fields.get("facts") instanceof Map<?, ?> f) {
      f.forEach((name, template) -> facts.put(String.valueOf(name), Template.parse(text(f, String.valueOf(name)), subject)));
    }
    List<String> parameters = new ArrayList<>();
    if (fields.get("parameters") instanceof List<?> keys) {
      keys.forEach(k -> parameters.add(Template.key(String.valueOf(k), subject)));
    }
    Object ownCode = fields.get("code");
    Condition c = new Condition(String.valueOf(code), ownCode == null ? String.valueOf(code) : String.valueOf(ownCode),
        subject, text(fields, "rule"), limit(fields, subject), source, cites,
        Template.parse(text(fields, "requirement"), subject),
        Template.parse(text(fields, "statement"), subject),
        Collections.unmodifiableMap(facts), List.copyOf(parameters), file, line);
  return c;
  }

  /**
   * The best verdict a contribution can have while the condition is unmet: required of a
   * contribution's condition, and of no other.
   */
  private static Optional<ContributionVerdict> limit(Map<?, ?> fields, SubjectKind subject) {
    if (!subject.hasLimit()) {
      if (fields.containsKey("limit")) {
        throw new EntryProblem("limit is for a contribution's condition; a " + subject.tableName() + " condition has none");
      }
      return Optional.empty();
    }
    String limit = text(fields, "limit");
    for (ContributionVerdict v : LIMITS) {
      if (v.name().equals(limit)) {
        return Optional.of(v);
      }
    }
    throw new EntryProblem("limit " + limit + " is not one of " + LIMITS);
  }

  /** What is wrong with one entry, in words. */
  private static final class EntryProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EntryProblem(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The document an entry cites: a standard one by its id, or a council's own given as {@code
   * {id: HIGH_COST, short-name: High-cost list, title: High-cost families list}}.
   */
  private static PolicyDocument document(Map<?, ?> fields, String id) {
    if (fields.get("document") instanceof Map<?, ?> local) {
      try {
        return PolicyDocument.local(text(local, "id"), text(local, "short-name"), text(local, "title"));
      } catch (IllegalArgumentException e) {
        throw new EntryProblem("document: " + e.getMessage());
      }
    }
    return PolicyDocument.standard(id).orElseThrow(() -> new EntryProblem(
        "no standard document " + id + " (give a council's own as {id: ..., short-name: ..., title: ...})"));
  }

  private static String text(Map<?, ?> fields, String field) {
    Object v = fields.get(field);
    if (v == null || String.valueOf(v).isBlank()) {
      throw new EntryProblem(field + " is required");
    }
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      throw new EntryProblem(field + " must be text (quote a text that starts with '{' or '[')");
    }
    return String.valueOf(v);
  }

  /**
   * A text with placeholders, split once when the table is read: the literal parts, and between
   * them the placeholders, each what it reads and the parameter keys it reads it with.
   */
  public static final class Template {
    private final List<String> literals;
    private final List<SubjectKind.Measure> measures;
    private final List<List<String>> keys;
    private final boolean policyOnly;

    private Template(List<String> literals, List<SubjectKind.Measure> measures, List<List<String>> keys) {
      this.literals = literals;
      this.measures = measures;
      this.keys = keys;
      this.policyOnly = measures.stream().allMatch(SubjectKind.Measure::policyOnly);
    }

    static Template parse(String template, SubjectKind subject) {
      Matcher m = PLACEHOLDER.matcher(template);
      List<String> literals = new ArrayList<>();
      List<SubjectKind.Measure> measures = new ArrayList<>();
      List<List<String>> keys = new ArrayList<>();
      int at = 0;
      while (m.find()) {
        String name = m.group(1);
        List<String> args = m.group(2).isEmpty() ? List.of() : List.of(m.group(2).substring(1).split(" "));
        SubjectKind.Measure measure = subject.measure(name)
            .orElseThrow(() -> new EntryProblem("no placeholder {" + name + "} for a " + subject.tableName() + " condition"));
        if (measure.arity() != args.size()) {
          throw new EntryProblem("{" + name + "} takes " + measure.arity() + " parameter key(s), was given " + args.size());
        }
        args.forEach(k -> key(k, subject));
        literals.add(template.substring(at, m.start()));
        measures.add(measure);
        keys.add(args);
        at = m.end();
      }
      literals.add(template.substring(at));
      for (String literal : literals) {
        if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
          throw new EntryProblem("a placeholder is {name} or {name KEY ...}, of lower-case words and parameter keys, in '" + template + "'");
        }
      }
      return new Template(List.copyOf(literals), List.copyOf(measures), List.copyOf(keys));
    }

    /** The key, if the subject's conditions may write it. */
    static String key(String key, SubjectKind subject) {
      if (!subject.allowsKey(key)) {
        throw new EntryProblem("only a claim's condition may name its phase's parameter " + key);
      }
      return key;
    }

    /** True if the text reads only the business date and its parameters: the same for every subject of a policy. */
    boolean policyOnly() {
      return policyOnly;
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
   * One condition's requirement and statement for the subjects judged by it under one policy: a
   * text that reads only the business date and its parameters is written when the first such
   * subject's reason is read and kept for the others. Shared by the reasons of one session, and
   * safe to read from several threads (a text written twice is the same text).
   */
  public static final class Texts {
    private final Condition condition;
    private final Policy policy;
    private volatile UnmetCondition unmet;
    private volatile String statement;

    public Texts(Condition condition, Policy policy) {
      this.condition = condition;
      this.policy = policy;
    }

    /** The unmet condition for the subject. */
    public UnmetCondition unmet(Object subject) {
      Template t = condition.requirement();
      if (!t.policyOnly()) {
        return new UnmetCondition(condition.code(), t.render(subject, policy));
      }
      UnmetCondition u = unmet;
      if (u == null) {
        u = new UnmetCondition(condition.code(), t.render(subject, policy));
        unmet = u;
      }
      return u;
    }

    /** What the subject is told. */
    public String statement(Object subject) {
      Template t = condition.statement();
      if (!t.policyOnly()) {
        return t.render(subject, policy);
      }
      String text = statement;
      if (text == null) {
        text = t.render(subject, policy);
        statement = text;
      }
      return text;
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
   * @param limit the best verdict a contribution can have while the condition is unmet; empty
   *     for the conditions of other subjects
   * @param source the policy the condition encodes, for the subject judged
   * @param cites every source it can cite, for the reference
   * @param requirement what the condition requires, as a template
   * @param statement what a subject that does not meet it is told, as a template
   * @param facts the facts shown, by name, as templates
   * @param parameters the parameters the condition reads
   * @param file the table the condition is in
   * @param line the line its entry starts on, counting from 1; 0 if not known
   */
  public record Condition(
      String key,
      String code,
      SubjectKind subject,
      String rule,
      Optional<ContributionVerdict> limit,
      java.util.function.Function<Object, PolicySource> source,
      List<PolicySource> cites,
      Template requirement,
      Template statement,
      Map<String, Template> facts,
      List<String> parameters,
      String file,
      int line) {}
}
