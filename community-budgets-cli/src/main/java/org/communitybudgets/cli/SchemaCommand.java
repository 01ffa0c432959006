package org.communitybudgets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.report.ProgrammeOfficeReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schema}: prints the JSON Schema of a form the command line reads or writes, from the jar. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema of a record the command line reads (family, pool, claim, target, outcomes-plan, allocation) or of a row or report it writes (identification, results, assessment, report), as shipped in the jar.",
      "With no NAME, lists the names, each with what it describes."
    })
final class SchemaCommand implements Callable<Integer> {
  /** Each schema's name, with what it describes and where it is in the jar. */
  static final Map<String, String[]> SCHEMAS = new LinkedHashMap<>();

  static {
    put("family", "a family, read by identify, results, compare and report");
    put("pool", "a pool, read by assess, compare and report");
    put("claim", "a claim, read by claims, compare and report");
    put("target", "an authority's target, read by claims, compare and report");
    put("outcomes-plan", "an authority's Outcomes Plan, read by results, claims, compare and report");
    put("allocation", "an area's allocation of a funding line for a year, read by assess and report");
    put("identification", "a row identify writes");
    put("results", "a row results writes");
    put("assessment", "a row assess writes");
    SCHEMAS.put("report", new String[] {"the report report --format json writes", "report.schema.json"});
  }

  private static void put(String name, String what) {
    SCHEMAS.put(name, new String[] {what, "schemas/" + name + ".schema.json"});
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The schema: family, pool, claim, target, outcomes-plan, allocation, identification, results, assessment or report.")
  Optional<String> name = Optional.empty();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
  Optional<Path> out = Optional.empty();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    if (name.isEmpty()) {
      SCHEMAS.forEach((n, s) -> console.printf("%-16s %s%n", n, s[0]));
      console.flush();
      return 0;
    }
    String[] schema = SCHEMAS.get(name.get());
    if (schema == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no schema '" + name.get() + "': the schemas are " + String.join(", ", SCHEMAS.keySet()));
    }
    Class<?> owner = name.get().equals("report") ? ProgrammeOfficeReport.class : DomainJson.class;
    String text;
    try (InputStream in = owner.getResourceAsStream(schema[1])) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + schema[1] + " beside " + owner.getName());
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    FileAccess.writeOrPrint(out, text, console);
    return 0;
  }
}
