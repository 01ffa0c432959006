package org.communitybudgets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.family.Family;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import picocli.CommandLine.Command;

/** {@code identify}: which families are in the programme on the business date, and why or why not. */
@Command(
    name = "identify",
    mixinStandardHelpOptions = true,
    description = {
      "Decides for each family whether it is identified for the Troubled Families programme on the business date.",
      "Writes one JSON object a line per record: line, family, verdict, phase, criteriaMet, unmet, rules, fingerprint (its form: 'community-budgets schema identification'); an invalid record is a row with its line and error."
    })
final class IdentifyCommand extends DecideCommand<Identification> {
  @Override
  Stream<BatchResult<Identification>> decide(
      CommunityBudgetsEngine engine, Iterator<InputRecords.Record> records, Function<InputRecords.Record, Family> toFamily, LocalDate asOf, BatchOptions options) {
    return engine.identifyAll(records, toFamily, asOf, options);
  }

  @Override
  void fill(ObjectNode row, Identification i) {
    row.put("verdict", i.decision().verdict().name());
    i.phase().ifPresent(p -> row.put("phase", p.name()));
    ArrayNode met = row.putArray("criteriaMet");
    i.criteriaMet().forEach(c -> met.add(c.name()));
  }

  @Override
  List<String> columns() {
    return List.of("line", "family", "verdict", "phase", "criteriaMet", "unmet", "rules", "error", "fingerprint");
  }

  @Override
  Decision<?> decision(Identification i) {
    return i.decision();
  }
}
