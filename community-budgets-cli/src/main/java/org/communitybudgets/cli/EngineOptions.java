package org.communitybudgets.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import picocli.CommandLine.Option;

/** The options that say which rules, parameters and conditions decide, as the engine's builder takes them. */
final class EngineOptions {
  @Option(names = "--rules", paramLabel = "DIR", description = "A directory of a council's .drl rule files, added to the standard rules (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--parameters", paramLabel = "FILE", description = "A YAML file of parameter overrides (repeatable).")
  List<Path> parameters = new ArrayList<>();

  @Option(names = "--conditions", paramLabel = "FILE",
      description = "A YAML table of a council's own conditions, whose why-not its rules' unmet conditions are reported with (repeatable).")
  List<Path> conditions = new ArrayList<>();

  @Option(names = "--without-rule", paramLabel = "NAME", description = "Switches off a rule by its name (repeatable).")
  List<String> withoutRules = new ArrayList<>();

  /** True if the options describe the standard rule set. */
  boolean isStandard() {
    return rules.isEmpty() && parameters.isEmpty() && conditions.isEmpty() && withoutRules.isEmpty();
  }

  /** The engine those options describe: the standard one when none is given. */
  CommunityBudgetsEngine engine() {
    return isStandard() ? CommunityBudgetsEngine.standard() : builder().build();
  }

  /** A builder with those options: each call a new one. */
  CommunityBudgetsEngine.Builder builder() {
    CommunityBudgetsEngine.Builder b = CommunityBudgetsEngine.builder();
    for (Path dir : rules) {
      if (Files.isRegularFile(dir)) {
        b.localRuleFile(dir);
      } else {
        b.localRules(dir);
      }
    }
    parameters.forEach(b::parameterOverrides);
    conditions.forEach(b::localConditions);
    withoutRules.forEach(b::withoutRule);
    return b;
  }
}
