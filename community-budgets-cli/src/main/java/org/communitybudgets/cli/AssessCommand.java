package org.communitybudgets.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.json.DecisionJson;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.json.JsonProblems;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.time.FinancialYear;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assess}: which contributions to each pool the menu allows on the business date, and why. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assesses each Community Budget pool of the input on the business date against the departmental menu: each contribution allowed, allowed only as alignment, waiting on a condition or refused, with the conditions not met.",
      "Writes, for each pool record, one JSON object a line per contribution (line, pool, contribution, verdict, unmet, rules) and then one for the pool (its findings and the totals requested and allowed by financial year); an invalid record is a row with its line and error (its form: 'community-budgets schema assessment')."
    })
final class AssessCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Pools, one JSON object a line (JSON lines) or a JSON array; - for standard input. Its form: 'community-budgets schema pool'.")
  String input;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The business date, e.g. 2012-10-01.")
  LocalDate asOf;

  @Option(names = "--allocations", paramLabel = "FILE", description = "The areas' allocations of the funding lines by year, one JSON object a line or a JSON array (its form: 'community-budgets schema allocation'), which ESF's targeted share, a whole line moved into a pool and more pooled than allocated are judged by; without them those conditions are not judged, and every row says so.")
  String allocations;

  @Mixin Output output = new Output();

  @Option(names = "--reasons", description = "Writes every reason of each decision, in words.")
  boolean reasons;

  @Mixin EngineOptions engineOptions = new EngineOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = DomainJson.mapper();

  @Override
  public Integer call() throws IOException {
    if (InputRecords.isCsv(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Pools are nested records: give them as JSON lines or a JSON array, not CSV (CSV holds flat records: claims and targets)");
    }
    CommunityBudgetsEngine engine = engineOptions.engine();
    String fingerprint = engine.fingerprint();
    Allocations areas = allocations(allocations, mapper, spec);
    int invalid = 0;
    try (InputRecords records = InputRecords.open(mapper, input);
        Output.Rows w = output.open(mapper, List.of("line", "pool", "contribution", "verdict", "unmet", "rules", "findings", "requested", "allowed", "error", "notJudged", "fingerprint"))) {
      while (records.hasNext()) {
        InputRecords.Record record = records.next();
        Pool pool;
        try {
          pool = pool(record);
        } catch (IllegalArgumentException e) {
          invalid++;
          ObjectNode row = mapper.createObjectNode().put("line", record.line());
          idOf(record).ifPresent(id -> row.put("pool", id));
          row.put("error", e.getMessage()).put("fingerprint", fingerprint);
          write(w, row);
          continue;
        }
        PoolAssessment a = engine.assess(pool, areas, List.of(), asOf);
        boolean judged = !areas.forArea(pool.area()).isEmpty();
        for (Map.Entry<ContributionId, Decision<ContributionVerdict>> e : a.contributions().entrySet()) {
          ObjectNode row = mapper.createObjectNode().put("line", record.line()).put("pool", pool.id().toString())
              .put("contribution", e.getKey().toString()).put("verdict", e.getValue().verdict().name());
          DecisionJson.explain(row, e.getValue(), reasons);
          if (!judged && pool.contribution(e.getKey()).filter(c -> c.mode() != ContributionMode.IN_KIND).isPresent()) {
            notJudged(row);
          }
          write(w, row.put("fingerprint", fingerprint));
        }
        ObjectNode summary = mapper.createObjectNode().put("line", record.line()).put("pool", pool.id().toString());
        DecisionJson.reasons(summary.putArray("findings"), a.poolFindings());
        years(summary.putObject("requested"), a.requested().byYear());
        years(summary.putObject("allowed"), a.allowed().byYear());
        if (!judged) {
          notJudged(summary);
        }
        write(w, summary.put("fingerprint", fingerprint));
      }
    }
    return invalid == 0 ? 0 : CommunityBudgetsCli.SOME_INVALID;
  }

  /** The conditions a row's decision did not judge, for want of the area's allocations. */
  private static void notJudged(ObjectNode row) {
    row.putArray("notJudged").addObject().put("code", "allocations").put("condition", NOT_JUDGED);
  }

  /** What a row without the area's allocations says of the conditions that read them. */
  static final String NOT_JUDGED = "the area's allocations of the lines were not given (--allocations), so ESF's targeted share,"
      + " a whole line moved into the pool and more pooled than allocated were not judged";

  /** The allocations of a file, or none; a record that is no allocation is a usage error at its file and line. */
  static Allocations allocations(String file, ObjectMapper mapper, CommandLine.Model.CommandSpec spec) throws IOException {
    if (file == null) {
      return Allocations.empty();
    }
    try {
      return Allocations.of(InputRecords.read(mapper, file, Allocation.class, Integer.MAX_VALUE));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Pool pool(InputRecords.Record record) {
    return InputRecords.value(mapper, record, Pool.class);
  }


  /** The id a record gives, if it is JSON with a textual {@code id}. */
  private java.util.Optional<String> idOf(InputRecords.Record record) {
    JsonNode json = record.json().orElse(null);
    if (json == null && record.text().isPresent()) {
      try {
        json = mapper.readTree(record.text().get());
      } catch (JsonProcessingException e) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.ofNullable(json).map(j -> j.get("id")).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  private static void years(ObjectNode node, SortedMap<FinancialYear, Money> byYear) {
    byYear.forEach((year, amount) -> node.put(year.toString(), amount.toString()));
  }

  private static void write(Output.Rows w, JsonNode row) throws IOException {
    w.write(row);
  }
}
