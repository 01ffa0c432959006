package org.communitybudgets.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules module's packages by job: the parameters, the rule sets' compiling and loading, the
 * guarded sessions and the conditions table sit under the subjects and the engine, and know
 * neither; what they need of the subjects comes through interfaces the subjects' side
 * implements ({@code internal.subjects}). No circle of dependencies runs between packages.
 */
class PackageStructureTest {
  private static final Set<String> SOURCES = sources();

  /** The module's own classes: those of its sources, not those the build generates of the standard rules. */
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.communitybudgets.rules")
      .that(DescribedPredicate.describe("compiled from src/main/java", c -> SOURCES.contains(topLevel(c))));

  private static final String[] JOBS = {
      "org.communitybudgets.rules.internal",
      "org.communitybudgets.rules.internal.parameters..",
      "org.communitybudgets.rules.internal.ruleset..",
      "org.communitybudgets.rules.internal.sessions..",
      "org.communitybudgets.rules.internal.conditions.."};

  @Test
  void theJobsKnowNeitherTheSubjectsNorTheEngine() {
    noClasses().that().resideInAnyPackage(JOBS)
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.communitybudgets.rules.pooling..",
            "org.communitybudgets.rules.troubledfamilies..",
            "org.communitybudgets.rules.compare..",
            "org.communitybudgets.rules.internal.subjects..")
        .orShould().dependOnClassesThat().belongToAnyOf(CommunityBudgetsEngine.class, Batches.class, Findings.class)
        .check(CLASSES);
  }

  @Test
  void whatTheJobsUseOfTheDoorImportsNothingAboveIt() {
    noClasses().that().belongToAnyOf(
            Policy.class, Parameter.class, RuleSetException.class, RuleSetProblem.class, RuleFailureException.class,
            RuleCoverage.class, ConditionsJudged.class)
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.communitybudgets.rules.pooling..",
            "org.communitybudgets.rules.troubledfamilies..",
            "org.communitybudgets.rules.compare..",
            "org.communitybudgets.rules.internal.sessions..",
            "org.communitybudgets.rules.internal.ruleset..",
            "org.communitybudgets.rules.internal.conditions..",
            "org.communitybudgets.rules.internal.subjects..")
        .check(CLASSES);
  }

  @Test
  void theSubpackagesFormNoCircle() {
    slices().matching("org.communitybudgets.rules.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  /**
   * No circle of dependencies runs through classes of more than one package (a class with its
   * nested classes counts as one): the engine and the claims no longer need each other, nor the
   * jobs the door's classes that use them.
   */
  @Test
  void noCircleRunsBetweenPackages() {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (JavaClass c : CLASSES) {
      String from = topLevel(c);
      Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (!target.isArray() && SOURCES.contains(topLevel(target))) {
          String t = topLevel(target);
          if (!t.equals(from)) {
            to.add(t);
          }
        }
      }
    }
    List<String> crossing = new ArrayList<>();
    for (Set<String> component : components(edges)) {
      Set<String> packages = new TreeSet<>();
      component.forEach(c -> packages.add(c.substring(0, c.lastIndexOf('.'))));
      if (packages.size() > 1) {
        crossing.add(String.join(" -> ", component));
      }
    }
    assertEquals(List.of(), crossing, "classes of different packages that depend on each other in a circle");
  }

  private static Set<String> sources() {
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      Set<String> names = files.filter(f -> f.toString().endsWith(".java"))
          .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.java$", ""))
          .collect(Collectors.toCollection(TreeSet::new));
      if (names.size() < 50) {
        throw new IllegalStateException("found " + names.size() + " sources under " + root.toAbsolutePath());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t.getName();
  }

  /** The strongly connected components of more than one class (Tarjan). */
  private static List<Set<String>> components(Map<String, Set<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new java.util.HashSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String v : edges.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, edges, index, low, stack, onStack, out, counter);
      }
    }
    return out;
  }

  private static void connect(String v, Map<String, Set<String>> edges, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : edges.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, edges, index, low, stack, onStack, out, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        out.add(component);
      }
    }
  }
}
