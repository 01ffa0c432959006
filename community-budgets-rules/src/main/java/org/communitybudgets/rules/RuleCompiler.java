package org.communitybudgets.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL sources into a knowledge base, turning Drools' build results into {@link
 * RuleSetProblem}s with the source path, line, rule name and a clean message.
 */
final class RuleCompiler {
  /** Drools adds this after every syntax error; it says nothing the first error did not. */
  private static final String NULL_PACKAGE = "Parser returned a null Package";

  private static final Pattern IN_RULE = Pattern.compile("in rule \"([^\"]+)\"");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");
  private static final Pattern ALREADY_DEFINED = Pattern.compile("The type Rule_\\S+ is already defined");
  private static final Pattern RULE_DECLARATION =
      Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
  private static final Pattern MVEL_DETAIL = Pattern.compile("\\[Error: ([^\\]]+)\\]");

  private RuleCompiler() {}

  /**
   * Compiles the sources and switches off the named rules.
   *
   * @return the knowledge base, or empty if any problem was found (all are added to {@code problems})
   */
  static Optional<InternalKnowledgeBase> compile(
      List<RuleSource> sources, Collection<String> switchedOff, Problems problems) {
    KnowledgeBuilder builder = build(sources);
    int before = problems.size();
    report(builder.getResults(ResultSeverity.ERROR), problems);
    Set<String> declared = declaredRuleNames(sources);
    for (String name : new LinkedHashSet<>(switchedOff)) {
      if (!declared.contains(name)) {
        problems.add("switched-off rules", 0, name, "there is no rule named '" + name + "' to switch off");
      }
    }
    if (problems.size() != before) {
      return Optional.empty();
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    for (String name : new LinkedHashSet<>(switchedOff)) {
      find(base.getKiePackages(), name).ifPresent(rule -> base.removeRule(rule.getPackageName(), name));
    }
    return Optional.of(base);
  }

  /** The names of every rule in the base, sorted. */
  static List<String> ruleNames(InternalKnowledgeBase base) {
    List<String> names = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      p.getRules().forEach(r -> names.add(r.getName()));
    }
    names.sort(null);
    return List.copyOf(names);
  }

  private static Optional<Rule> find(Collection<KiePackage> packages, String name) {
    for (KiePackage p : packages) {
      for (Rule r : p.getRules()) {
        if (r.getName().equals(name)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  private static KnowledgeBuilder build(List<RuleSource> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    for (RuleSource source : sources) {
      builder.add(
          ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
              .setSourcePath(source.path()),
          ResourceType.DRL);
    }
    return builder;
  }

  /** The names of the rules the sources declare, read from their text. */
  private static Set<String> declaredRuleNames(List<RuleSource> sources) {
    Set<String> names = new HashSet<>();
    for (RuleSource s : sources) {
      Matcher m = RULE_DECLARATION.matcher(s.text());
      while (m.find()) {
        names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
      }
    }
    return names;
  }

  private static void report(Collection<KnowledgeBuilderResult> results, Problems problems) {
    Set<String> duplicateRules = new HashSet<>();
    for (KnowledgeBuilderResult r : results) {
      String message = r.getMessage() == null ? "" : r.getMessage().strip();
      if (message.equals(NULL_PACKAGE)) {
        continue;
      }
      Matcher dup = DUPLICATE.matcher(message);
      if (dup.find()) {
        duplicateRules.add(dup.group(1).strip());
      }
      String rule = ruleOf(r, message);
      if (ALREADY_DEFINED.matcher(message).find() && duplicateRules.contains(rule)) {
        continue;
      }
      String path = r.getResource() == null || r.getResource().getSourcePath() == null
          ? "rules"
          : r.getResource().getSourcePath();
      int line = r.getLines() == null || r.getLines().length == 0 ? 0 : Math.max(0, r.getLines()[0]);
      problems.add(path, line, rule, clean(message));
    }
  }

  private static String ruleOf(KnowledgeBuilderResult r, String message) {
    if (r instanceof RuleBuildError e && e.getRule() != null) {
      return e.getRule().getName();
    }
    if (r instanceof DescrBuildError e) {
      BaseDescr parent = e.getParentDescr();
      if (parent instanceof RuleDescr rd) {
        return rd.getName();
      }
    }
    Matcher m = IN_RULE.matcher(message);
    if (m.find()) {
      return m.group(1);
    }
    Matcher dup = DUPLICATE.matcher(message);
    return dup.find() ? dup.group(1).strip() : null;
  }

  /** One line: Drools' own text without its position markers and repeated context. */
  static String clean(String message) {
    String text = message.replace("Rule Compilation error ", "").strip();
    Matcher detail = MVEL_DETAIL.matcher(text);
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline);
    if (first.endsWith(":")) {
      first = first.substring(0, first.length() - 1);
    }
    if (detail.find()) {
      first = first + ": " + detail.group(1);
    }
    return first
        .replaceAll("\\[ERR \\d+\\] ", "")
        .replaceAll("^Line \\d+:\\d+ ", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
