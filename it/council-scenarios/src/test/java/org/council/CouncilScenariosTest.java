package org.council;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.scenarios.ScenarioTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The council's scenarios, on the standard rules with its own rule and parameters. */
class CouncilScenariosTest {
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return ScenarioTests.of(Path.of("src/test/scenarios"), () -> CommunityBudgetsEngine.builder()
        .localRules(Path.of("src/main/rules"))
        .parameterOverrides(Path.of("src/main/parameters.yaml")));
  }
}
