package org.communitybudgets.rules.internal.ruleset;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.rules.RuleSetException;
import org.communitybudgets.rules.internal.Problems;
import org.communitybudgets.rules.internal.RuleSource;
import org.communitybudgets.rules.internal.conditions.Conditions;
import org.communitybudgets.rules.internal.conditions.SubjectKind;
import org.communitybudgets.rules.internal.parameters.ParameterDefinition;
import org.communitybudgets.rules.internal.parameters.ParameterFileReader;
import org.communitybudgets.rules.internal.parameters.ParameterRelations;
import org.communitybudgets.rules.internal.parameters.ParameterTable;
import org.kie.api.KieBase;

/**
 * Loads a rule set: the standard rules and parameters, a council's compiled and local rules and
 * its parameter overrides, with the rules switched off, into a knowledge base and a parameter
 * table, reporting every problem at once.
 */
public final class RuleSetLoader {
  /** The standard rule files, in the order they are compiled. */
  public static final List<String> STANDARD_RULES =
      List.of(
          "org/communitybudgets/rules/pooling/general.drl",
          "org/communitybudgets/rules/pooling/dwp.drl",
          "org/communitybudgets/rules/pooling/home-office.drl",
          "org/communitybudgets/rules/pooling/moj.drl",
          "org/communitybudgets/rules/pooling/health.drl",
          "org/communitybudgets/rules/pooling/education.drl",
          "org/communitybudgets/rules/pooling/in-kind.drl",
          "org/communitybudgets/rules/troubledfamilies/phases.drl",
          "org/communitybudgets/rules/troubledfamilies/phase1-identification.drl",
          "org/communitybudgets/rules/troubledfamilies/phase2-identification.drl",
          "org/communitybudgets/rules/troubledfamilies/phase1-results.drl",
          "org/communitybudgets/rules/troubledfamilies/phase2-results.drl",
          "org/communitybudgets/rules/troubledfamilies/claims.drl");

  /** The standard parameter files. */
  public static final List<String> STANDARD_PARAMETERS =
      List.of(
          "org/communitybudgets/rules/parameters/pooling.yaml",
          "org/communitybudgets/rules/parameters/troubled-families.yaml");

  /**
   * A loaded rule set.
   *
   * @param base the compiled rules
   * @param parameters the standard parameters with the overrides applied
   * @param conditions the standard conditions table with the local ones added
   * @param fingerprint a digest of the rules, parameters, conditions, rules switched off and catalogue
   */
  public record Loaded(KieBase base, ParameterTable parameters, Conditions conditions, String fingerprint) {}

  private final List<RuleSource> localRules = new ArrayList<>();
  private final List<Map.Entry<String, ClassLoader>> compiledRules = new ArrayList<>();
  private final List<RuleSource> parameterOverrides = new ArrayList<>();
  private final List<RuleSource> conditionFiles = new ArrayList<>();
  private final List<String> switchedOff = new ArrayList<>();
  private final Problems readProblems = new Problems();
  private final Conditions standardConditions;
  private final List<? extends SubjectKind> kinds;
  private boolean standardFromSource;

  /**
   * A loader whose rule sets have the standard conditions table, with local tables read for the
   * kinds of subject the rules decide.
   */
  public RuleSetLoader(Conditions standardConditions, List<? extends SubjectKind> kinds) {
    this.standardConditions = standardConditions;
    this.kinds = List.copyOf(kinds);
  }

  /** Adds a council's rule file given as text. */
  public void localRules(RuleSource source) {
    if (readable(source)) {
      localRules.add(source);
    }
  }

  /** True if text given directly has no byte-order mark and no NUL; otherwise the problem is reported. */
  private boolean readable(RuleSource source) {
    String text = source.text();
    if (text.startsWith("\uFEFF")) {
      readProblems.add(source.path(), 1, null, "starts with a byte-order mark (U+FEFF at character 0): remove it");
      return false;
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
      readProblems.add(source.path(), line, null, "contains a NUL character at character " + nul);
      return false;
    }
    return true;
  }

  /** Adds every {@code .drl} file under the directory (and its subdirectories), in name order. */
  public void localRuleDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      readProblems.add(directory.toString(), 0, null, "not a directory of rule files");
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      Path root = directory.toRealPath();
      files.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(p -> {
        if (Files.isSymbolicLink(p) && !realPath(p).startsWith(root)) {
          // Local rules are trusted code: only what the council put in its own directory is read.
          readProblems.add(p.toString(), 0, null, "a symbolic link out of the rules directory " + directory + ", not followed");
        } else {
          localRuleFile(p);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      readProblems.add(directory.toString(), 0, null, "could not be read: " + e.getMessage());
    }
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath();
    }
  }

  /** Adds one rule file. */
  public void localRuleFile(Path file) {
    read(file).ifPresent(localRules::add);
  }

  /**
   * Adds rule files from the classpath: one file if the location ends in {@code .drl}, otherwise
   * every {@code .drl} file of the folder, in a directory or a jar.
   */
  public void localRulesOnClasspath(ClassLoader loader, String location) {
    List<String> files = location.endsWith(".drl") ? List.of(location) : ClasspathFolder.drlFiles(loader, location, readProblems);
    for (String path : files) {
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          readProblems.add(path, 0, null, "no such resource on the classpath" + ClasspathFolder.closedPackage(path));
        } else {
          decode(path, in.readAllBytes()).ifPresent(text -> localRules.add(new RuleSource(path, text)));
        }
      } catch (IOException e) {
        readProblems.add(path, 0, null, "could not be read: " + e.getMessage());
      }
    }
  }

  /** Adds a council's table of conditions. */
  public void localConditions(Path file) {
    read(file).ifPresent(conditionFiles::add);
  }

  /** Adds a council's table of conditions. */
  public void localConditions(RuleSource source) {
    if (readable(source)) {
      conditionFiles.add(source);
    }
  }

  /** Adds a file of parameter overrides. */
  public void parameterOverrides(Path file) {
    read(file).ifPresent(parameterOverrides::add);
  }

  private Optional<RuleSource> read(Path file) {
    try {
      return decode(file.toString(), Files.readAllBytes(file)).map(text -> new RuleSource(file.toString(), text));
    } catch (IOException e) {
      readProblems.add(file.toString(), 0, null, "could not be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The text of a rule or parameter file, read as UTF-8, or empty with the problem reported by its
   * byte offset: bytes that are not UTF-8, a byte-order mark, or a NUL.
   */
  private Optional<String> decode(String path, byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      readProblems.add(path, 1, null, "starts with a UTF-8 byte-order mark (bytes EF BB BF at offset 0): save it as UTF-8 without one");
      return Optional.empty();
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      readProblems.add(path, lineAt(bytes, offset), null, String.format(
          "is not UTF-8: byte %02X at offset %d does not begin a character (save the file as UTF-8)", bytes[offset] & 0xFF, offset));
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        readProblems.add(path, lineAt(bytes, i), null, "contains a NUL byte at offset " + i);
        return Optional.empty();
      }
    }
    return Optional.of(out.toString());
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Adds rules compiled to the executable model, listed by {@code modelsResource}. */
  public void compiledRules(ClassLoader loader, String modelsResource) {
    compiledRules.add(Map.entry(modelsResource, loader));
  }

  /** Adds a file of parameter overrides. */
  public void parameterOverrides(RuleSource source) {
    if (readable(source)) {
      parameterOverrides.add(source);
    }
  }

  /** Switches a rule off by its name. */
  public void withoutRule(String ruleName) {
    switchedOff.add(ruleName);
  }

  /** Compiles the standard rules from their DRL rather than from the generated executable model. */
  public void standardRulesFromSource() {
    standardFromSource = true;
  }

  /**
   * Compiles the rules and loads the parameters.
   *
   * @throws RuleSetException listing every problem found
   */
  public Loaded load(FundingCatalogue catalogue) {
    Problems problems = new Problems();
    readProblems.all().forEach(problems::add);
    List<RuleSource> standardRules = new ArrayList<>();
    STANDARD_RULES.forEach(p -> standardRules.add(new RuleSource(p, resource(p))));
    List<CompiledRules> compiled = new ArrayList<>();
    for (Map.Entry<String, ClassLoader> c : compiledRules) {
      CompiledRules.read(c.getValue(), c.getKey(), problems).ifPresent(compiled::add);
    }
    List<RuleSource> rules = new ArrayList<>(standardRules);
    compiled.forEach(c -> rules.addAll(c.sources()));
    rules.addAll(localRules);

    Map<String, ParameterDefinition> defined = new LinkedHashMap<>();
    List<RuleSource> parameterFiles = new ArrayList<>();
    for (String p : STANDARD_PARAMETERS) {
      RuleSource source = new RuleSource(p, resource(p));
      parameterFiles.add(source);
      ParameterFileReader.read(p, source.text(), ParameterFileReader.Mode.DEFINITIONS, defined, problems)
          .forEach(d -> defined.put(d.key(), d));
    }
    List<ParameterDefinition> overrides = new ArrayList<>();
    Map<String, ParameterDefinition> overridden = new LinkedHashMap<>();
    for (RuleSource o : parameterOverrides) {
      parameterFiles.add(o);
      for (ParameterDefinition d : ParameterFileReader.read(o.path(), o.text(), ParameterFileReader.Mode.OVERRIDES, defined, problems)) {
        ParameterDefinition earlier = overridden.putIfAbsent(d.key(), d);
        if (earlier != null) {
          problems.add(d.file(), d.line(), d.key(),
              "parameter '" + d.key() + "' is overridden already in " + earlier.file() + " line " + earlier.line() + ": one override file a parameter");
        } else {
          overrides.add(d);
        }
      }
    }
    Optional<KieBase> base =
        standardFromSource
            ? RuleCompiler.compile(rules, switchedOff, problems)
            : RuleCompiler.compileOnStandard(standardRules, compiled, localRules, switchedOff, problems);
    ParameterTable table = ParameterTable.of(defined.values()).overriddenBy(overrides);
    ParameterRelations.check(table, java.util.Set.copyOf(STANDARD_PARAMETERS), problems);
    Conditions conditions = standardConditions;
    parameterFiles.add(new RuleSource(Conditions.TABLE, resource(Conditions.TABLE)));
    for (RuleSource c : conditionFiles) {
      conditions = conditions.with(Conditions.read(c.path(), c.text(), kinds, problems), problems);
      parameterFiles.add(c);
    }
    if (base.isPresent()) {
      List<RuleSource> councils = new ArrayList<>(localRules);
      compiled.forEach(c -> councils.addAll(c.sources()));
      refuseReasonNames(base.get(), councils, conditions, problems);
    }
    problems.throwIfAny();
    return new Loaded(base.orElseThrow(), table, conditions, fingerprint(rules, parameterFiles, switchedOff, catalogue));
  }

  /** The names of the rules in force, sorted. */
  public static List<String> ruleNames(KieBase base) {
    return RuleCompiler.ruleNames(base);
  }

  /** The library's version, as its build wrote it; {@code unknown} if it cannot be read. */
  public static String libraryVersion() {
    try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream("org/communitybudgets/rules/version.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  public static String resource(String path) {
    try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read resource " + path, e);
    }
  }

  private static String fingerprint(
      List<RuleSource> rules, List<RuleSource> parameterFiles, List<String> off, FundingCatalogue catalogue) {
    Hasher h = Hashing.sha256().newHasher();
    Stream.concat(rules.stream(), parameterFiles.stream())
        .sorted(Comparator.comparing(RuleSource::path))
        .forEach(s -> h.putString(s.path(), StandardCharsets.UTF_8).putByte((byte) 0)
            .putString(s.text(), StandardCharsets.UTF_8).putByte((byte) 0));
    new TreeSet<>(off).forEach(n -> h.putString("off:" + n, StandardCharsets.UTF_8).putByte((byte) 0));
    for (FundingLine l : catalogue.lines()) {
      h.putString(
          String.join("|", l.id().value(), l.name(), l.department().name(), l.holderKind().name(),
              String.valueOf(l.ringFence().map(r -> r.purposes()).orElse(null)), l.exists().toString(),
              String.valueOf(l.onMenu())),
          StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return "sha256:" + h.hash();
  }

  /**
   * A council's rule may not take the name under which the conditions table writes a condition's
   * why-not: an explanation would then show two different reasons under one name. Each such rule
   * is a problem at its file and line, naming the condition and where the table has it.
   */
  private static void refuseReasonNames(KieBase base, List<RuleSource> councils, Conditions conditions, Problems problems) {
    java.util.Set<String> compiledNames = new java.util.HashSet<>();
    base.getKiePackages().forEach(p -> p.getRules().forEach(r -> compiledNames.add(r.getName())));
    Map<String, Conditions.Condition> byReason = new LinkedHashMap<>();
    conditions.all().forEach(c -> byReason.putIfAbsent(c.rule(), c));
    for (RuleCompiler.Declaration d : RuleCompiler.declarations(councils)) {
      Conditions.Condition c = byReason.get(d.name());
      if (c != null && compiledNames.contains(d.name())) {
        problems.add(d.path(), d.line(), d.name(), "the conditions table writes the why-not of condition '" + c.key() + "' under this name ("
            + c.file() + (c.line() > 0 ? ":" + c.line() : "") + "): an explanation would show two different reasons as one; name the rule for what it decides");
      }
    }
  }
}
