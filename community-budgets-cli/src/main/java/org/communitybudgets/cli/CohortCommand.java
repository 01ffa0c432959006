package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.payment.ProgrammePhase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cohort}: writes a synthetic cohort of families, to try every command on realistic data. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the synthetic national cohort of a phase (120,000 families in phase 1, 400,000 in phase 2, across 152 authorities), or one authority's, as families one JSON object a line.",
      "About one record in a hundred has data the domain rejects, as extracts do; those are left out of the file and counted on standard error."
    })
final class CohortCommand implements Callable<Integer> {
  @Option(names = "--phase", defaultValue = "1", paramLabel = "1|2", description = "The programme phase: 1 (families identified on 2012-10-01) or 2 (2015-10-01). Default: ${DEFAULT-VALUE}.")
  int phase;

  @Option(names = "--authority", paramLabel = "AREA", description = "One authority's cohort, with this area id, instead of the national one.")
  String authority;

  @Option(names = "--count", defaultValue = "1000", paramLabel = "N", description = "How many families one authority's cohort has. Default: ${DEFAULT-VALUE}.")
  int families;

  @Option(names = "--families", hidden = true, paramLabel = "N", description = "Deprecated: --count N.")
  Integer familiesOption;

  @Option(names = "--limit", paramLabel = "N", description = "Writes only the first N records of the cohort.")
  Long limit;

  @Option(names = "--seed", defaultValue = "" + SyntheticCohort.STANDARD_SEED, paramLabel = "N", description = "The random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where the families go (default: standard output).")
  Path out;

  @Option(names = "--claims", paramLabel = "FILE", description = "Also writes the claims the authorities made for the families, one a line, for the claims command.")
  Path claims;

  @Option(names = "--targets", paramLabel = "FILE", description = "Also writes each authority's target (as many families as it works with in the cohort), one a line.")
  Path targets;

  @Option(names = "--plans", paramLabel = "FILE", description = "Also writes the authorities' Outcomes Plans (phase 2), one a line.")
  Path plans;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (familiesOption != null) {
      Deprecations.warn(spec, "--families N", "--count N (--families names a file in claims, compare and report)");
      families = familiesOption;
    }
    if (phase != 1 && phase != 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--phase must be 1 or 2, was " + phase);
    }
    ProgrammePhase p = phase == 1 ? ProgrammePhase.PHASE_1 : ProgrammePhase.PHASE_2;
    SyntheticCohort cohort = authority == null
        ? SyntheticCohort.national(p, seed)
        : SyntheticCohort.forAuthority(AreaId.of(authority), p, families, seed);
    ObjectMapper mapper = DomainJson.mapper();
    long written = 0;
    long left = 0;
    Writer claimsOut = claims == null ? Writer.nullWriter() : FileAccess.writer(claims);
    try (Writer w = out == null
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
              flush();
            }
          }
        : FileAccess.writer(out)) {
      Iterator<CohortFamily> it = (limit == null ? cohort.stream() : cohort.stream().limit(limit)).iterator();
      while (it.hasNext()) {
        CohortFamily f = it.next();
        if (f instanceof CohortFamily.Valid v) {
          w.write(mapper.writeValueAsString(v.family()));
          w.write('\n');
          for (var c : v.claims()) {
            claimsOut.write(mapper.writeValueAsString(c));
            claimsOut.write('\n');
          }
          written++;
        } else {
          left++;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      claimsOut.close();
    }
    if (targets != null) {
      List<String> rows = new java.util.ArrayList<>();
      for (var t : cohort.targets()) {
        rows.add(mapper.writeValueAsString(t));
      }
      FileAccess.writeLines(targets, rows);
    }
    if (plans != null) {
      List<String> rows = new java.util.ArrayList<>();
      for (var p2 : cohort.plans()) {
        rows.add(mapper.writeValueAsString(p2));
      }
      FileAccess.writeLines(plans, rows);
    }
    spec.commandLine().getErr().println(written + " families written, " + left + " records the domain rejects left out; identified on "
        + cohort.identifiedOn() + ", reviewed on " + cohort.reviewedOn());
    return 0;
  }
}
