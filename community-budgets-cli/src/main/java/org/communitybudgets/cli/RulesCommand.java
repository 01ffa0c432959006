package org.communitybudgets.cli;

import java.util.concurrent.Callable;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules}: the names of the rules in force, with the rule set's fingerprint. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the rules in force, sorted by name, one a line, after the rule set's fingerprint; with --rules, --parameters and --without-rule, those of that rule set.")
final class RulesCommand implements Callable<Integer> {
  @Mixin EngineOptions engineOptions = new EngineOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommunityBudgetsEngine engine = engineOptions.engine();
    var out = spec.commandLine().getOut();
    out.println("# " + engine.ruleNames().size() + " rules, fingerprint " + engine.fingerprint());
    engine.ruleNames().forEach(out::println);
    out.flush();
    return 0;
  }
}
