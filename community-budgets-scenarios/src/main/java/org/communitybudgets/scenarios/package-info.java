/**
 * Scenario tests as data: YAML files of cases read by {@link org.communitybudgets.scenarios.Scenarios},
 * each run against an engine by {@link org.communitybudgets.scenarios.ScenarioRunner} into a {@link
 * org.communitybudgets.scenarios.ScenarioResult}, with every problem reported at its file and line;
 * {@link org.communitybudgets.scenarios.ScenarioTests} runs them from JUnit 5.
 */
package org.communitybudgets.scenarios;
