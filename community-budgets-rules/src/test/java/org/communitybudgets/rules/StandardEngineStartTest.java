package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Building the standard engine parses no DRL and compiles no Java: the rules come from the
 * executable model generated when the library was built. Shown by building it in a class loader of
 * its own that records every class asked of it.
 */
class StandardEngineStartTest {
  /** The packages of Drools' DRL parser and rule builder, MVEL's compiler, the Eclipse compiler and javac. */
  private static final List<String> COMPILERS =
      List.of("org.drools.drl.parser.", "org.drools.compiler.rule.builder.", "org.drools.mvel.builder.",
          "org.mvel2.compiler.", "org.eclipse.jdt.", "org.drools.ecj.", "javax.tools.", "com.sun.tools.javac.");

  /** Loads the library's classes itself, child first, and remembers which were loaded. */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingLoader(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      loaded.add(name);
      return super.loadClass(name, resolve);
    }
  }

  private static URL[] classPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(p -> {
          try {
            return new File(p).toURI().toURL();
          } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        })
        .toArray(URL[]::new);
  }

  /** Runs the action with the loader as the thread's context loader, as Drools looks up its services there. */
  private static void within(RecordingLoader loader, java.util.concurrent.Callable<?> action) throws Exception {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      action.call();
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void theStandardEngineBuildsWithoutParsingOrCompiling() throws Exception {
    try (RecordingLoader loader = new RecordingLoader(classPath())) {
      Class<?> engine = loader.loadClass(CommunityBudgetsEngine.class.getName());
      assertFalse(engine == CommunityBudgetsEngine.class, "the engine must come from the recording loader");
      Object[] built = new Object[1];
      within(loader, () -> built[0] = engine.getMethod("standard").invoke(null));
      assertEquals(CommunityBudgetsEngine.standard().ruleNames(), engine.getMethod("ruleNames").invoke(built[0]));
      Set<String> compilers = new TreeSet<>();
      for (String name : loader.loaded) {
        if (COMPILERS.stream().anyMatch(name::startsWith)) {
          compilers.add(name);
        }
      }
      assertTrue(compilers.isEmpty(), "building the standard engine loaded " + compilers);
      assertTrue(loader.loaded.stream().anyMatch(n -> n.startsWith("org.drools.modelcompiler.")), "it is built from the executable model");
    }
  }

  @Test
  void localRulesAreCompiledWhenGiven() throws Exception {
    try (RecordingLoader loader = new RecordingLoader(classPath())) {
      Class<?> engine = loader.loadClass(CommunityBudgetsEngine.class.getName());
      within(loader, () -> {
        Object builder = engine.getMethod("builder").invoke(null);
        builder.getClass().getMethod("localRules", String.class, String.class)
            .invoke(builder, "org/council/rules/local.drl", "package org.council.rules;\nrule \"Nothing\"\nwhen\nthen\nend\n");
        return builder.getClass().getMethod("build").invoke(builder);
      });
      assertTrue(loader.loaded.stream().anyMatch(n -> n.startsWith("org.drools.drl.parser.")), "local DRL is parsed");
    }
  }
}
