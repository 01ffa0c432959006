package org.communitybudgets.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.RuleCoverage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standard rules' own scenario suite, {@code scenarios/standard}: every case passes, run as a
 * council's build runs its own; and every standard rule fires for some case, so that a rule no
 * scenario exercises fails the build.
 */
class StandardScenariosTest {
  static final Path SUITE = Path.of("scenarios/standard");

  @TestFactory
  Stream<DynamicTest> everyStandardScenarioPasses() {
    return ScenarioTests.of(SUITE);
  }

  @Test
  void everyStandardRuleFiresForSomeScenario() throws IOException {
    List<Scenario> scenarios = Scenarios.read(SUITE);
    ScenarioReport report = ScenarioRunner.standard().run(scenarios);
    assertEquals(0, report.failed(), report.summary());
    RuleCoverage coverage = report.coverage();
    assertEquals(CommunityBudgetsEngine.standard().ruleNames().size(), coverage.rules().size());
    assertEquals(List.of(), coverage.neverFired().stream().map(RuleCoverage.RuleUse::rule).collect(Collectors.toList()),
        "standard rules no scenario fires; add a scenario that fires each:\n" + coverage.toText());
    assertEquals(List.of(), coverage.neverMet(), coverage.toText());
  }

  @Test
  void theSuiteHasBothSidesOfEveryCondition() throws IOException {
    RuleCoverage coverage = ScenarioRunner.standard().run(Scenarios.read(SUITE)).coverage();
    for (RuleCoverage.ConditionUse c : coverage.conditions()) {
      assertTrue(c.met() > 0 && c.notMet() > 0, c.code() + " is met by " + c.met() + " subjects and not met by " + c.notMet());
    }
  }
}
