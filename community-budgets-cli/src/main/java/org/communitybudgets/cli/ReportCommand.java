package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.communitybudgets.report.ProgrammeOfficeReport;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
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
      "Or the report on any pool and cohort: --pool FILE (the first pool of a JSON-lines file or JSON array), and --families, --claims and --targets (with --plans if any) for the cohort, identified on --identified-on and reviewed on --as-of; the cost-benefit appraisal, Greater Manchester's, is in the bundled pilot's report only.",
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

  @Option(names = "--pool", paramLabel = "FILE", description = "A pool to report on instead of the bundled one (its form: 'community-budgets schema pool').")
  Optional<String> pool = Optional.empty();

  @Option(names = "--allocations", paramLabel = "FILE", description = "The area's allocations of the funding lines by year (its form: 'community-budgets schema allocation'), which the pool is assessed with; the bundled pool's are Greater Manchester's. Without them, a --pool's ESF targeted share, whole lines and over-allocation are not judged, and the report says so.")
  Optional<String> allocations = Optional.empty();

  @Option(names = "--families", paramLabel = "FILE", description = "The cohort's families, instead of the bundled synthetic cohort; with --claims and --targets.")
  Optional<String> families = Optional.empty();

  @Option(names = "--claims", paramLabel = "FILE", description = "The claims made for the cohort's families.")
  Optional<String> claims = Optional.empty();

  @Option(names = "--targets", paramLabel = "FILE", description = "The cohort's authority's target (the first target of the file).")
  Optional<String> targets = Optional.empty();

  @Option(names = "--plans", paramLabel = "FILE", description = "The authority's Outcomes Plans.")
  Optional<String> plans = Optional.empty();

  @Option(names = "--identified-on", paramLabel = "DATE", description = "The day the cohort's families are identified on (default: the business date).")
  Optional<LocalDate> identifiedOn = Optional.empty();

  @Option(names = "--quiet", description = "Show no progress on standard error (it is shown only on a terminal, for a run of two seconds or more).")
  boolean quiet;

  @Mixin EngineOptions engineOptions = new EngineOptions();

  private final ObjectMapper mapper = DomainJson.mapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    boolean ownCohort = families.isPresent() || claims.isPresent() || targets.isPresent();
    if (ownCohort && (families.isEmpty() || claims.isEmpty() || targets.isEmpty())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "a cohort is given by --families, --claims and --targets together");
    }
    if (pool.isEmpty() && !ownCohort && !AREA.equals(area)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the report covers " + AREA + ", the pilot whose pool and cohort are bundled, not " + area + ": give --pool, and --families, --claims and --targets, for another");
    }
    String as = format.orElse(out.map(p -> p.toString().endsWith(".html") ? "html" : "text").orElse("text"));
    if (!as.equals("html") && !as.equals("text") && !as.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be html, text or json, was " + as);
    }
    CommunityBudgetsEngine engine = engineOptions.engine();
    LocalDate day = asOf.orElse(LocalDate.of(2012, 10, 1));
    ProgrammeOfficeReport.Inputs bundled = ProgrammeOfficeReport.bundled();
    Pool reported = pool.isPresent() ? first(pool.get(), Pool.class) : bundled.pool();
    ProgrammeOfficeReport.CohortInput cohort = ownCohort ? cohort(day) : bundled.cohort();
    Allocations areas = allocations.isPresent()
        ? AssessCommand.allocations(allocations.get(), mapper, spec)
        : pool.isPresent() ? Allocations.empty() : bundled.allocations();
    ProgrammeOfficeReport.Inputs inputs = new ProgrammeOfficeReport.Inputs(reported, areas, cohort, pool.isEmpty() && !ownCohort);
    Progress progress = Progress.onStandardError(spec.commandLine().getErr(), quiet);
    String written = switch (as) {
      case "html" -> ProgrammeOfficeReport.html(engine, day, inputs, progress::step);
      case "json" -> ProgrammeOfficeReport.json(engine, day, inputs, progress::step);
      default -> ProgrammeOfficeReport.text(engine, day, inputs, progress::step);
    };
    progress.finished("report written");
    PrintWriter console = spec.commandLine().getOut();
    FileAccess.writeOrPrint(out, written, console);
    return 0;
  }

  /** The cohort of the files: each family record with the claims made for it, or the error that makes it none. */
  private ProgrammeOfficeReport.CohortInput cohort(LocalDate reviewedOn) throws IOException {
    AuthorityTarget target = first(targets.get(), AuthorityTarget.class);
    Map<FamilyId, List<Claim>> claimsOf = new HashMap<>();
    for (Claim c : all(claims.get(), Claim.class)) {
      claimsOf.computeIfAbsent(c.family(), f -> new ArrayList<>()).add(c);
    }
    claimsOf.values().forEach(l -> l.sort(Comparator.comparing(Claim::claimedOn).thenComparing(c -> c.id().value())));
    List<CohortFamily> records = new ArrayList<>();
    try (InputRecords in = InputRecords.open(mapper, families.get())) {
      long index = 0;
      while (in.hasNext()) {
        InputRecords.Record r = in.next();
        try {
          Family f = InputRecords.value(mapper, r, Family.class);
          records.add(new CohortFamily.Valid(index, f, claimsOf.getOrDefault(f.id(), List.of())));
        } catch (IllegalArgumentException e) {
          records.add(new CohortFamily.Invalid(index, FamilyId.of("line-" + r.line()), target.authority(), e.getMessage()));
        }
        index++;
      }
    }
    List<OutcomesPlan> theirPlans = plans.isPresent() ? all(plans.get(), OutcomesPlan.class) : List.of();
    return new ProgrammeOfficeReport.CohortInput(target.authority(), target.phase(), families.get(), records, target, theirPlans,
        identifiedOn.orElse(reviewedOn), reviewedOn);
  }

  /** The first record of a file as the type; the rest are not read. */
  private <T> T first(String file, Class<T> type) throws IOException {
    List<T> first = read(file, type, 1);
    if (first.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + " has no record");
    }
    return first.get(0);
  }

  /** Every record of a file as the type; a record that is none is a usage error at its file and line. */
  private <T> List<T> all(String file, Class<T> type) throws IOException {
    return read(file, type, Integer.MAX_VALUE);
  }

  private <T> List<T> read(String file, Class<T> type, int limit) throws IOException {
    try {
      return InputRecords.read(mapper, file, type, limit);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
