package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.Parameter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parameters}: every parameter the rules read, with its value on a date, source and note. */
@Command(
    name = "parameters",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every parameter the rules read, sorted by key: its type, its value on the business date, the published source that value follows, the note on it (a value the sources leave open says it is assumed) and the file and line it was read from.",
      "With --parameters, an authority's overrides are listed as they would decide."
    })
final class ParametersCommand implements Callable<Integer> {
  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The business date whose values are listed, e.g. 2012-10-01.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "text (default) or jsonl, one JSON object a line.")
  String format;

  @Option(names = "--json", hidden = true, description = "Deprecated: --format jsonl.")
  boolean json;

  @Mixin EngineOptions engineOptions = new EngineOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    boolean json = Deprecations.format(spec, format, this.json, "jsonl", "text", "jsonl").equals("jsonl");
    CommunityBudgetsEngine engine = engineOptions.engine();
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    for (Parameter p : engine.parameters()) {
      Optional<Parameter.Value> v = p.valueOn(asOf);
      if (json) {
        ObjectNode row = mapper.createObjectNode().put("key", p.key()).put("type", p.type()).put("description", p.description());
        v.ifPresent(x -> row.put("value", x.value()).put("from", x.effective().start().toString())
            .put("until", x.effective().end().map(LocalDate::toString).orElse(null))
            .put("source", x.source().toString()).put("note", x.note()).put("file", x.file()).put("line", x.line()));
        out.println(mapper.writeValueAsString(row));
      } else {
        out.println(p.key() + " (" + p.type() + ") = " + v.map(Parameter.Value::value).orElse("no value on " + asOf));
        out.println("    " + p.description().replaceAll("\\s+", " "));
        v.ifPresent(x -> {
          out.println("    in force " + x.effective() + "; " + x.source() + "; " + x.file() + ":" + x.line());
          if (!x.note().isBlank()) {
            out.println("    note: " + x.note().replaceAll("\\s+", " "));
          }
        });
      }
    }
    out.flush();
    return 0;
  }
}
