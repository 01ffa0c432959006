package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.rules.RuleCoverage;
import org.communitybudgets.scenarios.Scenario;
import org.communitybudgets.scenarios.ScenarioReport;
import org.communitybudgets.scenarios.ScenarioResult;
import org.communitybudgets.scenarios.ScenarioRunner;
import org.communitybudgets.scenarios.Scenarios;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code test}: runs scenario files and says which cases passed, with the rules' coverage if asked. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the scenario cases of a YAML file, or of every .yaml file under a directory, against the rules: each case is decided on its business date with its parameter overrides, and what it expects is checked.",
      "Prints each case as passed or FAILED (with what differed, expected then actual, and the decision's reasons), then the closing line 'N passed, M failed'. Exit code 0 when every case passed, 1 when some failed, 2 on a usage or rule-set error."
    })
final class TestCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "PATH", description = "A scenario file, or a directory of them.")
  Path path;

  @Mixin EngineOptions engineOptions = new EngineOptions();

  @Option(names = "--coverage", description = "Print, before the closing line, every rule with the times it fired (those that never fired first) and the conditions judged but never met.")
  boolean coverage;

  @Option(names = "--coverage-json", paramLabel = "FILE", description = "Write the coverage to FILE as JSON.")
  Optional<Path> coverageJson = Optional.empty();

  @Option(names = "--failures-only", description = "Print only the cases that failed.")
  boolean failuresOnly;

  @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results to FILE as a JUnit XML report, for a CI server: a test suite per scenario file, a test case per case, a failure with what differed.")
  Optional<Path> junitXml = Optional.empty();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(path)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no scenario file or directory " + path);
    }
    // Building the engine once first makes a rule set that cannot be built a usage error, not a failing case each.
    engineOptions.engine();
    List<Scenario> scenarios = Scenarios.read(path);
    ScenarioRunner runner = ScenarioRunner.using(engineOptions::builder);
    PrintWriter out = spec.commandLine().getOut();
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    List<Long> nanos = new ArrayList<>(scenarios.size());
    for (Scenario s : scenarios) {
      long started = System.nanoTime();
      ScenarioResult r = runner.run(s);
      nanos.add(System.nanoTime() - started);
      results.add(r);
      if (!(failuresOnly && r.passed())) {
        out.print(r.toText());
        out.flush();
      }
    }
    ScenarioReport report = new ScenarioReport(results, runner.coverage());
    if (coverage) {
      out.print(report.coverage().toText());
    }
    if (coverageJson.isPresent()) {
      ObjectMapper json = DomainJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
      json.writeValue(coverageJson.get().toFile(), report.coverage());
    }
    if (junitXml.isPresent()) {
      JUnitXml.write(junitXml.get(), results, nanos);
    }
    out.println(report.summary());
    out.flush();
    return report.failed() == 0 ? 0 : CommunityBudgetsCli.SOME_INVALID;
  }
}
