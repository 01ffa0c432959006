package org.communitybudgets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitybudgets.examples.ProgrammeOfficeReport;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: the programme office report of the bundled pilot, as a web page, text or JSON. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the programme office report of the Greater Manchester whole-place pilot (its bundled pool, a synthetic cohort of its 8,000 families, its cost-benefit appraisal): the money from the departments to the pool by verdict and year, the cohort through the programme, who invests and who benefits.",
      "As one self-contained web page (--out FILE.html, or --format html), as tables of text (the default on standard output) or as JSON."
    })
final class ReportCommand implements Callable<Integer> {
  private static final String AREA = "greater-manchester";

  @Option(names = "--area", paramLabel = "AREA", defaultValue = AREA, description = "The area: greater-manchester, the pilot whose pool and cohort are bundled (default).")
  String area;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The business date the pool is assessed on (default 2012-10-01).")
  Optional<LocalDate> asOf = Optional.empty();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where the report goes (default: standard output).")
  Optional<Path> out = Optional.empty();

  @Option(names = "--format", paramLabel = "html|text|json", description = "html, text or json; default html for a FILE ending .html, text otherwise.")
  Optional<String> format = Optional.empty();

  @Mixin EngineOptions engineOptions = new EngineOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!AREA.equals(area)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the report covers " + AREA + ", the pilot whose pool and cohort are bundled, not " + area);
    }
    String as = format.orElse(out.map(p -> p.toString().endsWith(".html") ? "html" : "text").orElse("text"));
    CommunityBudgetsEngine engine = engineOptions.engine();
    LocalDate day = asOf.orElse(LocalDate.of(2012, 10, 1));
    String written = switch (as) {
      case "html" -> ProgrammeOfficeReport.html(engine, day);
      case "text" -> ProgrammeOfficeReport.text(engine, day);
      case "json" -> ProgrammeOfficeReport.json(engine, day);
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "--format must be html, text or json, was " + as);
    };
    PrintWriter console = spec.commandLine().getOut();
    if (out.isPresent()) {
      Files.writeString(out.get(), written, StandardCharsets.UTF_8);
      console.println("wrote " + out.get());
    } else {
      console.print(written);
    }
    console.flush();
    return 0;
  }
}
