package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.compare.Comparison;
import org.communitybudgets.rules.compare.ComparisonReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare}: what a candidate rule set would change against a base over the same records. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Decides every record under a base rule set (the standard one, or --base-rules, --base-parameters, --base-conditions, --base-without-rule) and a candidate (--rules, --parameters, --conditions, --without-rule: at least one), and reports how many decisions changed, from which verdict to which, by authority, the money moved by financial year and authority (for claims and pools), and a sample of changed subjects with both explanations side by side.",
      "Writes the report as text, or as one JSON object with --json. Exit code 0 when every record was decided under both, 1 when some were not (the report counts them and shows why), 2 on a usage or rule-set error."
    })
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Families (identification, results) or pools (contributions), as JSON lines or a JSON array.")
  String input;

  @Option(names = "--input", hidden = true, paramLabel = "FILE", description = "Deprecated: the file as the argument.")
  String inputOption;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The business date, e.g. 2012-10-01.")
  LocalDate asOf;

  @Option(names = "--decide", paramLabel = "SUBJECT", defaultValue = "identification",
      description = "What to compare: identification (default), results, claims (with --families and --targets) or contributions (of pools).")
  String subject;

  @Option(names = "--plans", paramLabel = "FILE", description = "Outcomes Plans, for results and claims: one JSON object a line.")
  String plans;

  @Option(names = "--families", paramLabel = "FILE", description = "For claims: the families claimed for, as JSON lines or a JSON array.")
  String families;

  @Option(names = "--targets", paramLabel = "FILE", description = "For claims: each authority's target, as JSON lines, a JSON array or CSV.")
  String targets;

  @Mixin EngineOptions candidate = new EngineOptions();

  @Option(names = "--base-rules", paramLabel = "DIR", description = "A council's .drl rules in the base rule set (repeatable).")
  List<Path> baseRules = new ArrayList<>();

  @Option(names = "--base-parameters", paramLabel = "FILE", description = "Parameter overrides in the base rule set (repeatable).")
  List<Path> baseParameters = new ArrayList<>();

  @Option(names = "--base-conditions", paramLabel = "FILE", description = "A council's conditions table in the base rule set (repeatable).")
  List<Path> baseConditions = new ArrayList<>();

  @Option(names = "--base-without-rule", paramLabel = "NAME", description = "A rule switched off in the base rule set (repeatable).")
  List<String> baseWithoutRules = new ArrayList<>();

  @Option(names = "--sample", paramLabel = "N", defaultValue = "10", description = "Changed subjects to show in full (default 10).")
  int sample;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json, the report as one JSON object.")
  String format;

  @Option(names = "--json", hidden = true, description = "Deprecated: --format json.")
  boolean json;

  @Mixin BatchSettings batch = new BatchSettings();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = DomainJson.mapper();

  @Override
  public Integer call() throws IOException {
    if (inputOption != null) {
      Deprecations.warn(spec, "--input FILE", "the file as the argument, compare FILE");
      if (input != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give the file once, as the argument");
      }
      input = inputOption;
    }
    if (input == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
    }
    boolean json = Deprecations.format(spec, format, this.json, "json", "text", "json").equals("json");
    if (candidate.isStandard()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the candidate would be the standard rule set: give it --rules, --parameters, --conditions or --without-rule");
    }
    if (InputRecords.isCsv(input) && !subject.equals("claims")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Families and pools are nested records: give them as JSON lines or a JSON array, not CSV");
    }
    if (!"-".equals(input) && !Files.isRegularFile(Path.of(input))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no input file " + input);
    }
    if ("-".equals(input) && !subject.equals("contributions")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "families are read twice, once for each rule set: give a file, not standard input");
    }
    EngineOptions base = new EngineOptions();
    base.rules = baseRules;
    base.parameters = baseParameters;
    base.conditions = baseConditions;
    base.withoutRules = baseWithoutRules;
    Comparison comparison = Comparison.of(base.engine(), candidate.engine()).withSampleSize(sample);
    List<InputRecords> opened = new ArrayList<>();
    ComparisonReport report;
    Progress progress = Progress.onStandardError(spec.commandLine().getErr(), batch.quiet);
    BatchOptions options = batch.options().withProgress(done -> progress.step("comparing, under both rule sets", done, -1));
    try {
      report = switch (subject) {
        case "identification" -> comparison.identify(() -> open(opened), this::family, asOf, options);
        case "results" -> comparison.results(() -> open(opened), this::family, plans(), asOf, options);
        case "contributions" -> comparison.assess(open(opened), r -> InputRecords.value(mapper, r, Pool.class), asOf);
        case "claims" -> {
          if (families == null || targets == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "claims are compared with the families claimed for and the targets: give --families and --targets");
          }
          yield comparison.claims(all(targets, AuthorityTarget.class), all(families, Family.class), all(input, Claim.class), plans(), asOf);
        }
        default -> throw new CommandLine.ParameterException(spec.commandLine(),
            "--decide must be identification, results, claims or contributions, was " + subject);
      };
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      for (InputRecords r : opened) {
        r.close();
      }
    }
    progress.finished(report.compared() + " compared");
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      out.print(report.toText());
    }
    out.flush();
    return report.failed() == 0 ? 0 : CommunityBudgetsCli.SOME_INVALID;
  }

  private InputRecords open(List<InputRecords> opened) {
    try {
      InputRecords r = InputRecords.open(mapper, input);
      opened.add(r);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Family family(InputRecords.Record record) {
    return InputRecords.value(mapper, record, Family.class);
  }

  private List<OutcomesPlan> plans() {
    return plans == null ? List.of() : all(plans, OutcomesPlan.class);
  }

  /** Every record of a file as the type; a record that is none is a usage error at its file and line. */
  private <T> List<T> all(String file, Class<T> type) {
    try {
      return InputRecords.read(mapper, file, type, Integer.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
