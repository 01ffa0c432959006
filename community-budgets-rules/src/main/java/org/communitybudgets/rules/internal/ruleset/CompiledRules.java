package org.communitybudgets.rules.internal.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.rules.compile.RuleModelCompiler;
import org.communitybudgets.rules.internal.Problems;
import org.communitybudgets.rules.internal.RuleSource;
import org.drools.model.Model;

/**
 * Rule files compiled to Drools' executable model when a program was built, by {@code
 * RuleModelCompiler}: the models list it wrote (a {@code model} line per generated class, a {@code
 * source} line per rule file) and the class loader that holds them.
 *
 * @param resource the models list's path on the class path
 * @param loader the class loader of the generated classes and the rule files
 * @param models the generated model classes' names
 * @param sources the rule files compiled, with their text, for the rule set's fingerprint
 */
record CompiledRules(String resource, ClassLoader loader, List<String> models, List<RuleSource> sources) {

  /** The compiled rules the list names, or empty (with the problems added) if they cannot be read. */
  static Optional<CompiledRules> read(ClassLoader loader, String resource, Problems problems) {
    String text;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        problems.add(resource, 0, null, "no such resource on the classpath: compile the rules with RuleModelCompiler first");
        return Optional.empty();
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(resource, 0, null, "could not be read: " + e.getMessage());
      return Optional.empty();
    }
    List<String> models = new ArrayList<>();
    List<RuleSource> sources = new ArrayList<>();
    int before = problems.size();
    int line = 0;
    for (String l : text.lines().toList()) {
      line++;
      String entry = l.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.startsWith("model ")) {
        models.add(entry.substring("model ".length()).strip());
      } else if (entry.startsWith("source ")) {
        String path = entry.substring("source ".length()).strip();
        try (InputStream in = loader.getResourceAsStream(path)) {
          if (in == null) {
            problems.add(resource, line, null, "the rule file " + path + " is not on the classpath");
          } else {
            sources.add(new RuleSource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        } catch (IOException e) {
          problems.add(resource, line, null, "the rule file " + path + " could not be read: " + e.getMessage());
        }
      } else {
        problems.add(resource, line, null, "expected 'model CLASS' or 'source PATH', was \"" + entry + "\"");
      }
    }
    if (models.isEmpty() && problems.size() == before) {
      problems.add(resource, 0, null, "names no model class");
    }
    return problems.size() == before ? Optional.of(new CompiledRules(resource, loader, List.copyOf(models), List.copyOf(sources))) : Optional.empty();
  }

  /** The generated models, or empty (with a problem added) if a class cannot be loaded. */
  Optional<List<Model>> instantiate(Problems problems) {
    List<Model> out = new ArrayList<>();
    for (String name : models) {
      try {
        out.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        problems.add(resource, 0, null, "the model class " + name + " cannot be loaded: " + e);
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }
}
