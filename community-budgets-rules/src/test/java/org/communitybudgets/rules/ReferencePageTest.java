package org.communitybudgets.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference a council's rule author reads before overriding anything, {@code docs/reference.md}:
 * every parameter with its type, description and dated values, each with its source, note and the
 * file and line it is read from; and every standard rule by the subject it decides. Made from the
 * standard engine; write it again with {@code -Dreference.write=true}.
 */
class ReferencePageTest {
  private static final Path FILE = Path.of("../docs/reference.md");

  static String page() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().recordingCoverage().build();
    StringBuilder out = new StringBuilder();
    out.append("# Parameters and rules\n\n")
        .append("Every parameter of the standard rules and every standard rule, as the library is built. A council overrides\n")
        .append("parameters with a YAML file of the same form (see [Local rules, switched-off rules and parameter\n")
        .append("overrides](rules.md#local-rules-switched-off-rules-and-parameter-overrides)) and switches rules off by name. This page is generated from the engine by\n")
        .append("`ReferencePageTest` in `community-budgets-rules`; a value marked *assumed* is one the sources leave open.\n\n");
    List<Parameter> parameters = engine.parameters();
    out.append("## Parameters (").append(parameters.size()).append(")\n\n");
    for (Parameter p : parameters) {
      out.append("### `").append(p.key()).append("`\n\n")
          .append(p.description().strip().replaceAll("\\s+", " ")).append(" Type: ").append(p.type()).append(".\n\n")
          .append("| in force | value | source | note | file:line |\n|---|---|---|---|---|\n");
      for (Parameter.Value v : p.values()) {
        out.append("| ").append(v.effective()).append(" | ").append(cell(v.value())).append(" | ").append(cell(v.source().toString()))
            .append(" | ").append(cell(v.note())).append(" | ").append(v.file()).append(':').append(v.line()).append(" |\n");
      }
      out.append('\n');
    }
    Map<String, List<String>> bySubject = new TreeMap<>();
    engine.coverage().orElseThrow().rules().forEach(r -> bySubject.computeIfAbsent(r.subject(), s -> new java.util.ArrayList<>()).add(r.rule()));
    Map<String, RuleText> texts = ruleTexts();
    out.append("## Standard rules (").append(engine.ruleNames().size()).append(")\n\n")
        .append("By the package that holds them, which names what they decide, each with the file it is in, the places in\n")
        .append("the published documents its reasons cite and the parameters it reads (whose own sources are above).\n\n");
    bySubject.forEach((subject, rules) -> {
      out.append("### ").append(subject).append(" (").append(rules.size()).append(")\n\n")
          .append("| rule | file:line | cites | reads |\n|---|---|---|---|\n");
      rules.stream().sorted().forEach(r -> {
        RuleText t = texts.get(r);
        out.append("| ").append(cell(r)).append(" | ").append(t.file()).append(':').append(t.line()).append(" | ")
            .append(cell(String.join("; ", t.cites()))).append(" | ")
            .append(cell(t.reads().stream().map(k -> "`" + k + "`").collect(java.util.stream.Collectors.joining(", ")))).append(" |\n");
      });
      out.append('\n');
    });
    List<org.communitybudgets.rules.internal.conditions.Conditions.Condition> conditions =
        org.communitybudgets.rules.internal.subjects.StandardSubjects.conditions().all();
    out.append("## Why not: the conditions table (").append(conditions.size()).append(")\n\n")
        .append("A condition a subject is judged by (`findings.expect`) and that no rule naming it with `@condition` meets is\n")
        .append("reported as not met from `").append(org.communitybudgets.rules.internal.conditions.Conditions.TABLE)
        .append("`, under the name given here, with its source and the parameters\nit reads.\n\n")
        .append("| condition | code | judges | reported as | file:line | cites | reads |\n|---|---|---|---|---|---|---|\n");
    for (var c : conditions) {
      out.append("| ").append(c.key()).append(" | ").append(c.code()).append(" | ").append(c.subject().tableName())
          .append(" | ").append(cell(c.rule())).append(" | ").append(c.file()).append(':')
          .append(c.line()).append(" | ").append(cell(c.cites().stream().map(Object::toString).distinct().collect(java.util.stream.Collectors.joining("; ")))).append(" | ")
          .append(cell(new java.util.TreeSet<>(phased(c.parameters())).stream().map(k -> "`" + k + "`").collect(java.util.stream.Collectors.joining(", "))))
          .append(" |\n");
    }
    List<org.communitybudgets.source.PolicyDocument> documents = org.communitybudgets.source.PolicyDocument.standard();
    out.append("\n## Documents cited (").append(documents.size()).append(")\n\n")
        .append("The standard documents the sources above name, by short name. [Sources](sources.md) gives each one's\n")
        .append("publisher, date and address, and says which are not published.\n\n")
        .append("| short name | id | document |\n|---|---|---|\n");
    for (org.communitybudgets.source.PolicyDocument d : documents) {
      out.append("| ").append(cell(d.shortName())).append(" | `").append(d.id()).append("` | ").append(cell(d.title())).append(" |\n");
    }
    return out.toString();
  }

  /** The keys, a claim's {@code tf.PHASE.} keys as those of each phase. */
  private static List<String> phased(List<String> keys) {
    return keys.stream()
        .flatMap(k -> k.startsWith("tf.PHASE.") ? java.util.stream.Stream.of("tf.phase1", "tf.phase2").map(p -> p + k.substring(8)) : java.util.stream.Stream.of(k))
        .toList();
  }

  /**
   * A standard rule as its file has it: where it is, the sources its reasons cite (and those of the
   * conditions it judges its subject by or meets), the parameters it reads.
   */
  record RuleText(String file, int line, List<String> cites, List<String> reads) {}

  private static final java.util.regex.Pattern RULE =
      java.util.regex.Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^end\\b");
  /** A source named in the rule: {@code PolicySource.offer("...")} or the claim's {@code $c.frameworkSource("...")}. */
  private static final java.util.regex.Pattern CITE =
      java.util.regex.Pattern.compile("(PolicySource\\.|\\$\\w+\\.)(\\w+)\\(\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*\\)");
  /** The conditions a rule judges its subject by: {@code findings.expect($c, $p, "a", "b")}, whose sources it cites. */
  private static final java.util.regex.Pattern EXPECT = java.util.regex.Pattern.compile("findings\\.expect\\(([^;]*)\\)");
  /**
   * The condition a rule meets: {@code @condition("code")}, whose sources it cites if it names none
   * of its own (a rule that meets a condition without a reason of its own).
   */
  private static final java.util.regex.Pattern MEETS = java.util.regex.Pattern.compile("@condition\\(\"([a-z0-9-]+)\"\\)");
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([a-z0-9-]+)\"");
  private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("\"((?:tf|pooling)\\.[a-z0-9.-]+)\"");

  /** Every standard rule's text, read from the rule files the library's models list names. */
  static Map<String, RuleText> ruleTexts() {
    Map<String, RuleText> out = new TreeMap<>();
    ClassLoader loader = ReferencePageTest.class.getClassLoader();
    try (java.io.InputStream list = loader.getResourceAsStream("org/communitybudgets/rules/standard-rules.models")) {
      for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("source ")).toList()) {
        String file = line.substring("source ".length()).strip();
        String text;
        try (java.io.InputStream in = loader.getResourceAsStream(file)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = RULE.matcher(text);
        while (m.find()) {
          int at = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
          java.util.LinkedHashSet<String> cites = new java.util.LinkedHashSet<>();
          java.util.regex.Matcher c = CITE.matcher(m.group(2));
          while (c.find()) {
            cites.addAll(cite(c.group(1), c.group(2), c.group(3)));
          }
          java.util.regex.Matcher x = EXPECT.matcher(m.group(2));
          while (x.find()) {
            java.util.regex.Matcher name = QUOTED.matcher(x.group(1));
            while (name.find()) {
              org.communitybudgets.rules.internal.subjects.StandardSubjects.conditions().condition(name.group(1))
                  .ifPresent(judged -> judged.cites().forEach(s -> cites.add(s.toString())));
            }
          }
          java.util.regex.Matcher meets = MEETS.matcher(m.group(2));
          while (cites.isEmpty() && meets.find()) {
            String code = meets.group(1);
            org.communitybudgets.rules.internal.subjects.StandardSubjects.conditions().all().stream().filter(judged -> judged.code().equals(code))
                .forEach(judged -> judged.cites().forEach(s -> cites.add(s.toString())));
          }
          java.util.TreeSet<String> reads = new java.util.TreeSet<>();
          java.util.regex.Matcher k = KEY.matcher(m.group(2));
          while (k.find()) {
            reads.add(k.group(1));
          }
          out.put(m.group(1), new RuleText(file, at, List.copyOf(cites), List.copyOf(reads)));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /**
   * What a source expression of a rule names: a {@code PolicySource} factory with its place, or one
   * of the facts' sources that follow the claim's phase (each phase's given) or the funding line.
   */
  private static List<String> cite(String on, String method, String location) {
    try {
      if (on.equals("PolicySource.")) {
        return List.of(org.communitybudgets.source.PolicySource.class.getMethod(method, String.class).invoke(null, location).toString());
      }
      if (method.equals("lineLifeSource")) {
        return List.of("the funding line's own source in the catalogue");
      }
      if (!method.endsWith("Source")) {
        return List.of();
      }
      List<String> byPhase = new java.util.ArrayList<>();
      for (org.communitybudgets.payment.ProgrammePhase phase : org.communitybudgets.payment.ProgrammePhase.values()) {
        Object source = location == null
            ? org.communitybudgets.rules.troubledfamilies.ClaimCase.class.getMethod(method, org.communitybudgets.payment.ProgrammePhase.class)
                .invoke(null, phase)
            : org.communitybudgets.rules.troubledfamilies.ClaimCase.class.getMethod(method, org.communitybudgets.payment.ProgrammePhase.class, String.class)
                .invoke(null, phase, location);
        byPhase.add(source + " (" + phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
      }
      return byPhase;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("a rule names a source the page cannot read: " + on + method, e);
    }
  }

  private static String cell(String text) {
    String s = text.strip().replaceAll("\\s+", " ").replace("|", "\\\\|");
    return s.isEmpty() ? " " : s;
  }

  @Test
  void theReferencePageIsTheEnginesOwn() throws IOException {
    String made = page();
    if (Boolean.getBoolean("reference.write")) {
      Files.writeString(FILE, made, StandardCharsets.UTF_8);
    }
    assertEquals(made, Files.readString(FILE, StandardCharsets.UTF_8), "docs/reference.md is out of date: run ReferencePageTest with -Dreference.write=true");
  }

  @Test
  void thePageNamesEveryParameterAndEveryRule() {
    String page = page();
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    engine.parameters().forEach(p -> assertTrue(page.contains("### `" + p.key() + "`"), p.key()));
    engine.ruleNames().forEach(r -> assertTrue(page.contains("| " + r + " |"), r));
  }

  @Test
  void everyStandardRuleCitesASourceOrReadsAParameter() {
    Map<String, RuleText> texts = ruleTexts();
    assertEquals(new java.util.TreeSet<>(CommunityBudgetsEngine.standard().ruleNames()), texts.keySet());
    texts.forEach((rule, t) -> assertTrue(!t.cites().isEmpty() || !t.reads().isEmpty(), rule + " cites no source and reads no parameter"));
  }

  @Test
  void everyConditionIsReportedUnderANameNoStandardRuleHasAndReadsOnlyKnownParameters() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    java.util.Set<String> keys = new java.util.HashSet<>();
    engine.parameters().forEach(p -> keys.add(p.key()));
    for (var c : org.communitybudgets.rules.internal.subjects.StandardSubjects.conditions().all()) {
      assertTrue(!engine.ruleNames().contains(c.rule()), c.key() + " is reported under the name of a rule that fires: " + c.rule());
      phased(c.parameters()).forEach(k -> assertTrue(keys.contains(k), c.key() + " reads an unknown parameter " + k));
    }
  }
}
