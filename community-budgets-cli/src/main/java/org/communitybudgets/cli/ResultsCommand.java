package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code results}: which payment-by-results results each attached family has achieved. */
@Command(
    name = "results",
    mixinStandardHelpOptions = true,
    description = {
      "Decides for each family which payment-by-results results it has achieved on the business date.",
      "Writes one JSON object a line per record: line, family, verdict, phase, achieved, unmet, rules, fingerprint (its form: 'community-budgets schema results'); an invalid record is a row with its line and error."
    })
final class ResultsCommand extends DecideCommand<Results> {
  @Option(names = "--plans", paramLabel = "FILE", description = "The authorities' phase-2 Outcomes Plans, one JSON object a line or a JSON array (its form: 'community-budgets schema outcomes-plan').")
  Path plans;

  @Override
  Stream<BatchResult<Results>> decide(
      CommunityBudgetsEngine engine, Iterator<InputRecords.Record> records, Function<InputRecords.Record, Family> toFamily, LocalDate asOf, BatchOptions options)
      throws IOException {
    return engine.resultsAll(records, toFamily, readPlans(), asOf, options);
  }

  /** The plans of --plans, in any form a record file takes; a record that is no plan is an error at its file and line. */
  private List<OutcomesPlan> readPlans() throws IOException {
    return plans == null ? List.of() : InputRecords.read(mapper, plans.toString(), OutcomesPlan.class, Integer.MAX_VALUE);
  }

  @Override
  void fill(ObjectNode row, Results r) {
    row.put("verdict", r.decision().verdict().name());
    r.phase().ifPresent(p -> row.put("phase", p.name()));
    ArrayNode achieved = row.putArray("achieved");
    r.achieved().forEach(k -> achieved.add(k.name()));
  }

  @Override
  List<String> columns() {
    return List.of("line", "family", "verdict", "phase", "achieved", "unmet", "rules", "error", "fingerprint");
  }

  @Override
  Decision<?> decision(Results r) {
    return r.decision();
  }
}
