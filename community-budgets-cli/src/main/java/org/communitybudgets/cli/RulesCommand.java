package org.communitybudgets.cli;

import java.util.concurrent.Callable;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rules}: the names of the rules in force, with the rule set's fingerprint. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists the rules in force, sorted by name, one a line, after the rule set's fingerprint; with --rules, --parameters and --without-rule, those of that rule set.")
final class RulesCommand implements Callable<Integer> {
  @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text",
      description = "text (default) or jsonl: one JSON object a line, {\"rule\": NAME, \"fingerprint\": F}.")
  String format;

  @Mixin EngineOptions engineOptions = new EngineOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws com.fasterxml.jackson.core.JsonProcessingException {
    boolean jsonl = Deprecations.format(spec, format, "text", "jsonl").equals("jsonl");
    CommunityBudgetsEngine engine = engineOptions.engine();
    var out = spec.commandLine().getOut();
    if (jsonl) {
      com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String rule : engine.ruleNames()) {
        out.println(mapper.writeValueAsString(mapper.createObjectNode().put("rule", rule).put("fingerprint", engine.fingerprint())));
      }
    } else {
      out.println("# " + engine.ruleNames().size() + " rules, fingerprint " + engine.fingerprint());
      engine.ruleNames().forEach(out::println);
    }
    out.flush();
    return 0;
  }
}
