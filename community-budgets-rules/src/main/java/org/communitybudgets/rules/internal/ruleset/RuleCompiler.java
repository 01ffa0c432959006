package org.communitybudgets.rules.internal.ruleset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitybudgets.rules.RuleSetProblem;
import org.communitybudgets.rules.internal.Problems;
import org.communitybudgets.rules.internal.RuleSource;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
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
 *
 * <p>The one class of the engine that uses Drools' internal API, for what kie-api does not offer:
 * {@code KnowledgeBuilder} keeps each build error with its descriptor, so a problem is reported
 * with its file, line and rule; and {@code InternalKnowledgeBase} takes a council's packages,
 * compiled here, into a base built from the standard rules' executable model, and removes the rules
 * switched off. Everything else reads the base through kie-api's {@code KieBase}.
 */
final class RuleCompiler {
  /** Drools adds this after every syntax error; it says nothing the first error did not. */
  private static final String NULL_PACKAGE = "Parser returned a null Package";

  /** Drools says this when its services were lost, as a jar-with-dependencies assembly loses them. */
  private static final String UNWIRED = "Unable to wire";

  private static final String UNWIRED_HINT =
      "local rules cannot be compiled here: Drools' dynamic wiring is missing from the classpath (drools-wiring-dynamic,"
          + " or its META-INF/services/org.drools.wiring.api.ComponentsSupplier entry, which a jar-with-dependencies assembly"
          + " overwrites with drools-wiring-static's); build the fat jar with maven-shade-plugin and its"
          + " ServicesResourceTransformer, which merges those entries, or compile the rules at the program's own build"
          + " with RuleModelCompiler and add them with compiledRules(loader, modelsResource). The standard rules need no such wiring";

  private static final Pattern IN_RULE = Pattern.compile("in rule \"([^\"]+)\"");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");
  private static final Pattern ALREADY_DEFINED = Pattern.compile("The type Rule_\\S+ is already defined");
  private static final Pattern RULE_DECLARATION =
      Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
  private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+(method|variable|class)\\s+(\\w+)(\\([^)]*\\))?");
  private static final Pattern ECJ_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined(?: for the type ([\\w.]+))?");
  private static final Pattern ECJ_UNRESOLVED = Pattern.compile("(\\w+) cannot be resolved(?: to a (variable|type))?");
  private static final Pattern JAVAC_LOCATION = Pattern.compile("location:\\s+(?:variable \\S+ of type|class|interface) ([\\w.]+)");
  private static final Pattern MVEL_DETAIL = Pattern.compile("\\[Error: ([^\\]]+)\\]");

  private RuleCompiler() {}

  /**
   * Why rules cannot be compiled here, if they cannot: neither the Eclipse compiler (with Drools'
   * adapter for it) nor a JDK's own compiler is at hand, or only the JDK's is and it would compile
   * into a module. Looked up only when there are rules to compile, and without loading either
   * compiler.
   */
  static Optional<String> missingCompiler() {
    ClassLoader loader = RuleCompiler.class.getClassLoader();
    if (loader.getResource("org/eclipse/jdt/internal/compiler/Compiler.class") != null
        && loader.getResource("org/drools/ecj/EclipseJavaCompiler.class") != null) {
      return Optional.empty();
    }
    boolean jdk;
    try {
      jdk = javax.tools.ToolProvider.getSystemJavaCompiler() != null;
    } catch (LinkageError e) {
      jdk = false; // no java.compiler module in this runtime
    }
    if (!jdk) {
      return Optional.of("local rules are compiled when the engine is built, and this Java runtime has no compiler:"
          + " run on a JDK, or add org.drools:drools-ecj (the Eclipse compiler) to the classpath");
    }
    // Drools gives the JDK's compiler target/classes of the working directory as its output
    // directory; javac compiles into a directory holding a module descriptor as part of that
    // module, and the rules' classes then fail to compile with no message Drools can report.
    Path descriptor = Path.of("target", "classes", "module-info.class");
    if (Files.exists(descriptor)) {
      return Optional.of("local rules would be compiled by the JDK's compiler, which Drools points at "
          + descriptor.toAbsolutePath().getParent() + ", the classes of a named module: add org.drools:drools-ecj"
          + " (the Eclipse compiler) to the runtime, compile the rules at your build with RuleModelCompiler,"
          + " or start the program from another directory");
    }
    return Optional.empty();
  }

  /**
   * The resource, written when the library is built, that lists the classes of the standard
   * rules' executable model.
   */
  static final String STANDARD_MODELS = "org/communitybudgets/rules/standard-rules.models";

  /**
   * Compiles the sources and switches off the named rules.
   *
   * @return the knowledge base, or empty if any problem was found (all are added to {@code problems})
   */
  static Optional<KieBase> compile(
      List<RuleSource> sources, Collection<String> switchedOff, Problems problems) {
    int before = problems.size();
    Optional<String> missing = missingCompiler();
    if (missing.isPresent()) {
      problems.add("rules", 0, null, missing.get());
      return Optional.empty();
    }
    KnowledgeBuilder builder = build(sources);
    report(builder.getResults(ResultSeverity.ERROR), sources, problems);
    if (problems.size() == before) {
      reportClashes(Set.of(), builder, List.of(), sources, problems);
    }
    checkSwitchedOff(compiledRuleNames(builder), switchedOff, problems);
    if (problems.size() != before) {
      return Optional.empty();
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(builder.getKnowledgePackages());
    switchOff(base, switchedOff);
    return Optional.of(base);
  }

  /**
   * The standard rules, built from the executable model generated when the library was built,
   * plus rules a council compiled the same way at its own build, plus local rules compiled now,
   * with the named rules switched off. The Java compiler and the DRL parser start only when there
   * are local rules. Where the generated model is missing (the library's classes run without its
   * build, as in some IDEs), the standard sources are compiled here instead.
   *
   * @param standard the standard rule sources, compiled only when the generated model is missing
   * @param compiled rules compiled to the executable model at a council's build
   * @return the knowledge base, or empty if any problem was found (all are added to {@code problems})
   */
  static Optional<KieBase> compileOnStandard(
      List<RuleSource> standard, List<CompiledRules> compiled, List<RuleSource> local, Collection<String> switchedOff, Problems problems) {
    int before = problems.size();
    Optional<CompiledRules> generated = RuleCompiler.class.getClassLoader().getResource(STANDARD_MODELS) == null
        ? Optional.empty()
        : CompiledRules.read(RuleCompiler.class.getClassLoader(), STANDARD_MODELS, problems);
    if (generated.isEmpty() && compiled.isEmpty()) {
      List<RuleSource> all = new ArrayList<>(standard);
      all.addAll(local);
      return problems.size() == before ? compile(all, switchedOff, problems) : Optional.empty();
    }
    List<Model> models = new ArrayList<>();
    List<CompiledRules> sets = new ArrayList<>();
    generated.ifPresent(sets::add);
    sets.addAll(compiled);
    for (CompiledRules set : sets) {
      set.instantiate(problems).ifPresent(models::addAll);
    }
    if (problems.size() != before) {
      return Optional.empty();
    }
    InternalKnowledgeBase base = KieBaseBuilder.createKieBaseFromModel(models);
    // Compiled now: the local rules, and the standard ones too where the library's build generated no model.
    List<RuleSource> atRunTime = new ArrayList<>(generated.isEmpty() ? standard : List.of());
    atRunTime.addAll(local);
    Set<String> declared = new HashSet<>(ruleNames(base));
    if (!atRunTime.isEmpty()) {
      Optional<String> missing = missingCompiler();
      if (missing.isPresent()) {
        problems.add(atRunTime.get(0).path(), 0, null, missing.get());
      } else {
        KnowledgeBuilder builder = build(atRunTime);
        report(builder.getResults(ResultSeverity.ERROR), atRunTime, problems);
        if (problems.size() == before) {
          List<RuleSource> inBase = new ArrayList<>(generated.isEmpty() ? List.of() : standard);
          compiled.forEach(c -> inBase.addAll(c.sources()));
          reportClashes(declared, builder, inBase, atRunTime, problems);
        }
        declared.addAll(compiledRuleNames(builder));
        if (problems.size() == before) {
          base.addPackages(builder.getKnowledgePackages());
        }
      }
    }
    checkSwitchedOff(declared, switchedOff, problems);
    if (problems.size() != before) {
      return Optional.empty();
    }
    switchOff(base, switchedOff);
    return Optional.of(base);
  }

  /**
   * Rule names are unique across every package: a rule compiled now that is named as a rule
   * already in the base, or as another rule compiled now in another package, is a duplicate, so
   * that a rule switched off by name is the one meant. Names are those of the compiled rules, not
   * of text that merely looks like a rule (inside a comment, say). The problem is reported where the
   * later rule is declared, and names every other place a rule of that name is declared.
   *
   * @param earlier the sources of the rules already in the base, where they are known
   */
  private static void reportClashes(
      Set<String> existing, KnowledgeBuilder builder, List<RuleSource> earlier, List<RuleSource> sources, Problems problems) {
    Set<String> seen = new HashSet<>(existing);
    List<RuleSource> all = new ArrayList<>(earlier);
    all.addAll(sources);
    for (KiePackage p : builder.getKnowledgePackages()) {
      for (Rule r : p.getRules()) {
        if (!seen.add(r.getName())) {
          RuleSource where = sourceDeclaring(sources, r.getName());
          int line = where == null ? 0 : declarationLine(where, r.getName());
          List<String> others = new ArrayList<>();
          for (Declaration d : declarations(all)) {
            if (d.name().equals(r.getName()) && !(where != null && d.path().equals(where.path()) && d.line() == line)) {
              others.add(d.path() + ":" + d.line());
            }
          }
          problems.add(where == null ? "rules" : where.path(), line, r.getName(),
              "Duplicate rule name: " + r.getName() + " (rule names are unique across the standard and local rules)"
                  + (others.isEmpty() ? "" : "; also declared at " + String.join(", ", others)));
        }
      }
    }
  }

  /** A rule declared in a source: its name, and the file and line of its {@code rule} keyword. */
  record Declaration(String name, String path, int line) {}

  /** Every rule the sources declare, in order. */
  static List<Declaration> declarations(List<RuleSource> sources) {
    List<Declaration> out = new ArrayList<>();
    for (RuleSource s : sources) {
      Matcher m = RULE_DECLARATION.matcher(s.text());
      while (m.find()) {
        int keyword = m.start() + m.group().indexOf("rule");
        out.add(new Declaration(declaredName(m), s.path(), (int) s.text().substring(0, keyword).chars().filter(c -> c == '\n').count() + 1));
      }
    }
    return out;
  }

  /** The names of the rules the builder compiled. */
  private static Set<String> compiledRuleNames(KnowledgeBuilder builder) {
    Set<String> names = new HashSet<>();
    builder.getKnowledgePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
    return names;
  }

  /** The last source that declares a rule of that name, or null. */
  private static RuleSource sourceDeclaring(List<RuleSource> sources, String name) {
    RuleSource found = null;
    for (RuleSource s : sources) {
      if (declarationLine(s, name) > 0) {
        found = s;
      }
    }
    return found;
  }

  /** The line of the last declaration of the rule in the source, or 0. */
  private static int declarationLine(RuleSource s, String name) {
    Matcher m = RULE_DECLARATION.matcher(s.text());
    int line = 0;
    while (m.find()) {
      if (name.equals(declaredName(m))) {
        int keyword = m.start() + m.group().indexOf("rule");
        line = (int) s.text().substring(0, keyword).chars().filter(c -> c == '\n').count() + 1;
      }
    }
    return line;
  }

  private static void checkSwitchedOff(Set<String> declared, Collection<String> switchedOff, Problems problems) {
    for (String name : new LinkedHashSet<>(switchedOff)) {
      if (!declared.contains(name)) {
        problems.add("switched-off rules", 0, name, "there is no rule named '" + name + "' to switch off");
      }
    }
  }

  private static void switchOff(InternalKnowledgeBase base, Collection<String> switchedOff) {
    for (String name : new LinkedHashSet<>(switchedOff)) {
      find(base.getKiePackages(), name).ifPresent(rule -> base.removeRule(rule.getPackageName(), name));
    }
  }

  /** The names of every rule in the base, sorted. */
  static List<String> ruleNames(KieBase base) {
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

  /**
   * A builder that compiles rules' Java with the Eclipse compiler where Drools' adapter for it
   * (drools-ecj) is on the classpath, as Drools prefers, and with the JDK's own compiler where it
   * is not.
   */
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

  /** The name a {@code RULE_DECLARATION} match declares, quoted or not. */
  private static String declaredName(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
  }

  private static void report(Collection<KnowledgeBuilderResult> results, List<RuleSource> sources, Problems problems) {
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
      Optional<String[]> missing = message.startsWith("Rule Compilation error") && rule != null ? missingSymbol(message) : Optional.empty();
      if (missing.isPresent()) {
        // The Java of the rule's consequence did not compile: say so, name what was not found, and
        // point at the line of the consequence that uses it where the source shows one.
        String name = missing.get()[1];
        String arguments = missing.get()[2].replaceAll("[\\w.]+\\.(\\w+)", "$1");
        line = consequenceLine(sources, path, line, name).orElse(line);
        String owner = missing.get()[3].replaceAll(".*\\.", "");
        // A class the compiler generated for the rule is not something the author wrote: leave it out.
        String on = owner.isEmpty() || owner.startsWith("Rule_") ? "" : " on " + owner;
        problems.add(path, line, rule, "in the consequence of rule \"" + rule + "\": cannot find " + missing.get()[0] + " " + name + arguments + on);
        continue;
      }
      problems.add(path, line, rule, message.contains(UNWIRED) ? UNWIRED_HINT : clean(message));
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

  /**
   * What a consequence's Java could not find, as the JDK's compiler or the Eclipse compiler says it:
   * its kind ({@code method}, {@code variable} or {@code class}), its name and, for a method, its
   * argument types in parentheses, and the type it was looked for on (empty when not said).
   */
  private static Optional<String[]> missingSymbol(String message) {
    Matcher javac = SYMBOL.matcher(message);
    if (javac.find()) {
      Matcher location = JAVAC_LOCATION.matcher(message);
      String owner = location.find() ? location.group(1) : "";
      return Optional.of(new String[] {javac.group(1), javac.group(2), javac.group(3) == null ? "" : javac.group(3), owner});
    }
    Matcher method = ECJ_METHOD.matcher(message);
    if (method.find()) {
      return Optional.of(new String[] {"method", method.group(1), "(" + method.group(2) + ")", method.group(3) == null ? "" : method.group(3)});
    }
    Matcher unresolved = ECJ_UNRESOLVED.matcher(message);
    if (unresolved.find()) {
      return Optional.of(new String[] {"type".equals(unresolved.group(2)) ? "class" : "variable", unresolved.group(1), "", ""});
    }
    return Optional.empty();
  }

  /** The line of the rule's consequence, after its {@code then}, that names the symbol, if any. */
  private static Optional<Integer> consequenceLine(List<RuleSource> sources, String path, int ruleLine, String name) {
    Optional<RuleSource> source = sources.stream().filter(x -> x.path().equals(path)).findFirst();
    if (source.isEmpty() || ruleLine <= 0) {
      return Optional.empty();
    }
    String[] lines = source.get().text().split("\n", -1);
    Pattern uses = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
    boolean inConsequence = false;
    for (int i = ruleLine - 1; i < lines.length; i++) {
      String l = lines[i].strip();
      if (!inConsequence) {
        inConsequence = l.equals("then") || l.startsWith("then ");
        continue;
      }
      if (l.equals("end")) {
        return Optional.empty();
      }
      if (uses.matcher(lines[i]).find()) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
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
