package org.communitybudgets.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Scenario files as JUnit 5 tests, one dynamic test a case, named by the case and linked to its
 * file, so that a council's Maven build runs its scenarios with Surefire:
 *
 * <pre>
 * class CouncilScenariosTest {
 *   &#64;TestFactory
 *   Stream&lt;DynamicTest&gt; scenarios() {
 *     return ScenarioTests.of(Path.of("src/test/scenarios"),
 *         () -&gt; CommunityBudgetsEngine.builder().localRules(Path.of("src/main/rules")));
 *   }
 * }
 * </pre>
 *
 * A failed case fails its test with what differed, expected then actual, and the decision's reasons.
 * Needs {@code junit-jupiter-api} on the test classpath, as any JUnit 5 build has.
 */
public final class ScenarioTests {
  private ScenarioTests() {}

  /** The cases under the path, decided on the standard rules. */
  public static Stream<DynamicTest> of(Path fileOrDirectory) {
    return of(fileOrDirectory, CommunityBudgetsEngine::builder);
  }

  /** The cases under the path, decided on engines from the builder, each case's overrides added. */
  public static Stream<DynamicTest> of(Path fileOrDirectory, Supplier<CommunityBudgetsEngine.Builder> builder) {
    List<Scenario> scenarios;
    try {
      scenarios = Scenarios.read(fileOrDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ScenarioRunner runner = ScenarioRunner.using(builder);
    return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), URI.create(Path.of(s.file()).toUri() + "?line=" + s.line()), () -> {
      ScenarioResult result = runner.run(s);
      if (!result.passed()) {
        throw new AssertionFailedError(result.toText());
      }
    }));
  }
}
