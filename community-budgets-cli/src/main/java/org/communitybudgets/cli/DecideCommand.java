package org.communitybudgets.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.family.Family;
import org.communitybudgets.json.DecisionJson;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.json.JsonProblems;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command that decides every family of an input file on a business date and writes one row per
 * record, in the order of the input, as it is decided: a decision, or an error naming the record's
 * line and what is wrong with it.
 */
abstract class DecideCommand<T> implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Families, one JSON object a line (JSON lines) or a JSON array; - for standard input. Its form: 'community-budgets schema family'.")
  String input;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The business date, e.g. 2012-10-01.")
  LocalDate asOf;

  @Mixin Output output = new Output();

  @Option(names = "--reasons", description = "Writes every reason of each decision, in words, not only the rules and unmet conditions.")
  boolean reasons;

  @Mixin EngineOptions engineOptions = new EngineOptions();

  @Mixin BatchSettings batch = new BatchSettings();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  final ObjectMapper mapper = DomainJson.mapper();

  /** Decides the families, in order, one result per input. */
  abstract Stream<BatchResult<T>> decide(
      CommunityBudgetsEngine engine, Iterator<InputRecords.Record> records, Function<InputRecords.Record, Family> toFamily, LocalDate asOf, BatchOptions options)
      throws IOException;

  /** Writes what is particular to this kind of decision into its row. */
  abstract void fill(ObjectNode row, T decided);

  /** The decision of a decided value. */
  abstract Decision<?> decision(T decided);

  /** The columns of a CSV row, in order. */
  abstract List<String> columns();

  @Override
  public Integer call() throws IOException {
    if (InputRecords.isCsv(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Families are nested records: give them as JSON lines or a JSON array, not CSV (CSV holds flat records: claims and targets)");
    }
    CommunityBudgetsEngine engine = engineOptions.engine();
    String fingerprint = engine.fingerprint();
    Queue<InputRecords.Record> read = new ConcurrentLinkedQueue<>();
    long[] counts = new long[2];
    Progress progress = Progress.onStandardError(spec.commandLine().getErr(), batch.quiet);
    try (InputRecords records = InputRecords.open(mapper, input);
        Output.Rows w = output.open(mapper, columns());
        Stream<BatchResult<T>> results = decide(engine, new Iterator<>() {
          @Override
          public boolean hasNext() {
            return records.hasNext();
          }

          @Override
          public InputRecords.Record next() {
            InputRecords.Record r = records.next();
            read.add(r);
            return r;
          }
        }, this::toFamily, asOf, batch.options().withProgress(progress::decided).withReasonsInWords())) {
      results.forEachOrdered(r -> {
        ObjectNode row = mapper.createObjectNode();
        InputRecords.Record record = read.remove();
        row.put("line", record.line());
        if (r instanceof BatchResult.Success<T> s) {
          counts[0]++;
          row.put("family", s.id().value());
          fill(row, s.value());
          DecisionJson.explain(row, decision(s.value()), reasons);
        } else if (r instanceof BatchResult.Failure<T> f) {
          counts[1]++;
          // The id the record gives, even when the record is no family.
          idOf(record).ifPresent(id -> row.put("family", id));
          row.put("error", f.error());
        }
        row.put("fingerprint", fingerprint);
        try {
          w.write(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    progress.finished(counts[0], counts[1]);
    if (counts[0] + counts[1] == 0) {
      spec.commandLine().getErr().println(spec.name() + ": 0 records: " + ("-".equals(input) ? "standard input" : input) + " holds none");
    }
    return counts[1] == 0 ? 0 : CommunityBudgetsCli.SOME_INVALID;
  }

  /** The id a record gives, if it is JSON with a textual {@code id}. */
  private Optional<String> idOf(InputRecords.Record record) {
    JsonNode json = record.json().orElse(null);
    if (json == null && record.text().isPresent()) {
      try {
        json = mapper.readTree(record.text().get());
      } catch (JsonProcessingException e) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(json).map(j -> j.get("id")).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** The family of a record, or an exception saying, in the domain's words, why it is none. */
  Family toFamily(InputRecords.Record record) {
    return InputRecords.value(mapper, record, Family.class);
  }

}
