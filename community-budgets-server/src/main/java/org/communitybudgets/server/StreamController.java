package org.communitybudgets.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.communitybudgets.family.Family;
import org.communitybudgets.json.JsonProblems;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.funding.Allocation;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Many families decided at once: newline-delimited JSON in (a family a line, as the command line
 * reads), newline-delimited JSON out, one row per line in the same order as the command line
 * writes it ({@code identification.schema.json}) with the decision's id, a line the domain refuses
 * a row with its error, while the input is still arriving. Memory stays flat: the lines are read
 * as they are decided, in the engine's bounded chunks; a client that goes away stops the work.
 */
@RestController
class StreamController {
  /** Newline-delimited JSON. */
  static final String NDJSON = "application/x-ndjson";
  private static final Logger LOG = LoggerFactory.getLogger(StreamController.class);

  private final RuleSetAccess access;
  private final Decisions decisions;
  private final Bodies bodies;
  private final ServiceSettings.Limits limits;
  private final ObjectMapper mapper;
  private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

  StreamController(RuleSetAccess access, Decisions decisions, Bodies bodies, ServiceSettings settings, io.micrometer.core.instrument.MeterRegistry metrics) {
    metrics.gauge("community_budgets_streams_in_flight", inFlight);
    this.access = access;
    this.decisions = decisions;
    this.bodies = bodies;
    this.limits = settings.limits();
    this.mapper = bodies.mapper();
  }

  /** Identifies every family of the stream on the business date. */
  @PostMapping(path = "/v1/rule-sets/{ruleSet}/identify/stream", consumes = NDJSON, produces = NDJSON)
  void identify(@PathVariable String ruleSet, @RequestParam LocalDate asOf, @RequestParam(defaultValue = "false") boolean reasons,
      @RequestHeader(name = "If-Match", required = false) String pinned, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    stream(access.context(ruleSet, pinned, asOf), reasons, request, response, (engine, lines, options) -> engine.identifyAll(lines, this::family, asOf, options),
        Identification::decision, Answers::identification);
  }

  /**
   * Decides the results of every family of the stream on the business date. The stream may begin
   * with the authorities' outcomes plans, a line each written {@code {"plan": {...}}}, by which
   * their phase-2 families' progress is judged; the families follow.
   */
  @PostMapping(path = "/v1/rule-sets/{ruleSet}/results/stream", consumes = NDJSON, produces = NDJSON)
  void results(@PathVariable String ruleSet, @RequestParam LocalDate asOf, @RequestParam(defaultValue = "false") boolean reasons,
      @RequestHeader(name = "If-Match", required = false) String pinned, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    stream(access.context(ruleSet, pinned, asOf), reasons, request, response, (engine, lines, options) -> {
      List<OutcomesPlan> plans = plans(lines);
      return DecisionController.refusing(() -> engine.resultsAll(lines, this::family, plans, asOf, options));
    }, Results::decision, Answers::results);
  }

  /** How a kind of stream decides its lines. */
  interface Deciding<T> {
    Stream<BatchResult<T>> decide(CommunityBudgetsEngine engine, Lines lines, BatchOptions options);
  }

  /** How a kind of stream writes a decision into its row. */
  interface Filling<T> {
    ObjectNode fill(ObjectNode row, T decided, boolean reasons);
  }

  /** The outcomes plans the stream begins with: each line {@code {"plan": {...}}} before the first family. */
  private List<OutcomesPlan> plans(Lines lines) {
    return heading(lines, "plan", "outcomes plan", OutcomesPlan.class);
  }

  /**
   * The records of one kind a stream begins with, each line {@code {"NAME": {...}}}; one the
   * domain refuses refuses the stream, before anything is decided.
   */
  private <T> List<T> heading(Lines lines, String name, String words, Class<T> type) {
    List<T> all = new ArrayList<>();
    while (lines.hasNext() && lines.peek().text().stripLeading().startsWith("{\"" + name + "\"")) {
      Line line = lines.skip();
      List<Problem.Located> problems = new ArrayList<>();
      JsonNode node = bodies.parse(line.text().getBytes(StandardCharsets.UTF_8));
      if (Bodies.members(node, Set.of(name), Set.of(), problems)) {
        T value = bodies.value(node.get(name), "/" + name, type, problems);
        if (value != null) {
          all.add(value);
        }
      }
      if (!problems.isEmpty()) {
        throw new ProblemException(new Problem(Problem.Kind.INVALID_RECORD, "the " + words + " on line " + line.number() + " is refused; nothing was decided",
            problems.stream().map(p -> new Problem.Located(p.pointer(), "line " + line.number() + ": " + p.detail())).toList()));
      }
    }
    return all;
  }

  /**
   * Assesses every pool of the stream on the business date, a pool a line, as the command line's
   * assess writes them ({@code assessment.schema.json}): a row for each contribution, then one for
   * the pool. The stream may begin with the areas' allocations of the lines, a line each written
   * {@code {"allocation": {...}}}, which the pools are assessed with.
   */
  @PostMapping(path = "/v1/rule-sets/{ruleSet}/assess/stream", consumes = NDJSON, produces = NDJSON)
  void assess(@PathVariable String ruleSet, @RequestParam LocalDate asOf, @RequestParam(defaultValue = "false") boolean reasons,
      @RequestHeader(name = "If-Match", required = false) String pinned, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Decisions.Context context = access.context(ruleSet, pinned, asOf);
    inFlight.incrementAndGet();
    try {
      Lines lines = lines(request);
      Allocations areas = DecisionController.refusing(() -> Allocations.of(heading(lines, "allocation", "allocation", Allocation.class)));
      String fingerprint = context.ruleSet().fingerprint();
      OutputStream out = begin(response, fingerprint);
      try {
        while (lines.hasNext()) {
          Line line = lines.next();
          Pool pool;
          try {
            pool = mapper.readValue(line.text(), Pool.class);
          } catch (JsonProcessingException e) {
            decisions.failed(context, "contribution");
            write(out, mapper.createObjectNode().put("line", line.number()).put("error", problem(e)).put("fingerprint", fingerprint), false);
            continue;
          }
          List<ObjectNode> rows = new ArrayList<>();
          try {
            PoolAssessment a = decisions.decide(context, "contribution", () -> context.ruleSet().engine().assess(pool, areas, List.of(), context.asOf()));
            boolean judged = !areas.forArea(pool.area()).isEmpty();
            for (var e : a.contributions().entrySet()) {
              java.util.UUID id = decisions.record(context, "contribution", pool.id() + "/" + e.getKey(), e.getValue());
              ObjectNode row = mapper.createObjectNode().put("line", line.number()).put("decision", id.toString()).put("pool", pool.id().toString());
              rows.add(Answers.contribution(row, pool, e.getKey(), e.getValue(), judged, reasons).put("fingerprint", fingerprint));
            }
            ObjectNode summary = Answers.pool(mapper.createObjectNode().put("line", line.number()).put("pool", pool.id().toString()), a, judged);
            rows.add(summary.put("fingerprint", fingerprint));
          } catch (org.communitybudgets.rules.RuleFailureException | IllegalArgumentException e) {
            decisions.failed(context, "contribution");
            rows = List.of(mapper.createObjectNode().put("line", line.number()).put("pool", pool.id().toString()).put("error", e.getMessage())
                .put("fingerprint", fingerprint));
          }
          for (ObjectNode row : rows) {
            write(out, row, false);
          }
          out.flush();
        }
        if (lines.stopped() != null) {
          write(out, mapper.createObjectNode().put("line", lines.stoppedAt).put("error", lines.stopped()).put("fingerprint", fingerprint), true);
        }
        out.flush();
      } catch (UncheckedIOException e) {
        LOG.debug("pool stream on rule set {} ended by the client", context.ruleSet().name());
      }
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** The lines of a stream's body, within the limits on its size and its records. */
  private Lines lines(HttpServletRequest request) throws IOException {
    long max = limits.maxStream().toBytes();
    if (request.getContentLengthLong() > max) {
      throw new ProblemException(Problem.Kind.TOO_LARGE, "the stream is larger than the limit of " + max + " bytes (community-budgets.limits.max-stream)");
    }
    return new Lines(new BufferedReader(new InputStreamReader(new LimitedInputStream(request.getInputStream(), max), StandardCharsets.UTF_8)),
        limits.maxStreamRecords());
  }

  /** Begins a stream's answer: 200, newline-delimited JSON, the rule set's fingerprint as its ETag. */
  private static OutputStream begin(HttpServletResponse response, String fingerprint) throws IOException {
    response.setStatus(200);
    response.setContentType(NDJSON);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("ETag", "\"" + fingerprint + "\"");
    return new java.io.BufferedOutputStream(response.getOutputStream(), 1 << 16);
  }

  /** What is wrong with a line that is no record, in the domain's words. */
  private String problem(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException c) {
      return bodies.limitPassed(c);
    }
    if (e instanceof JsonMappingException m) {
      return JsonProblems.of(m);
    }
    return Bodies.malformed(e).replace("the body is", "the line is");
  }

  private <T> void stream(Decisions.Context context, boolean reasons, HttpServletRequest request, HttpServletResponse response,
      Deciding<T> deciding, java.util.function.Function<T, Decision<?>> decision, Filling<T> filling) throws IOException {
    inFlight.incrementAndGet();
    try {
      decide(context, reasons, request, response, deciding, decision, filling);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private <T> void decide(Decisions.Context context, boolean reasons, HttpServletRequest request, HttpServletResponse response,
      Deciding<T> deciding, java.util.function.Function<T, Decision<?>> decision, Filling<T> filling) throws IOException {
    Lines lines = lines(request);
    BatchOptions options = reasons ? BatchOptions.defaults().withReasonsInWords() : BatchOptions.defaults();
    String fingerprint = context.ruleSet().fingerprint();
    long[] written = {0};
    try (Stream<BatchResult<T>> results = decisions.decide(context, "family", () -> deciding.decide(context.ruleSet().engine(), lines, options))) {
      OutputStream out = begin(response, fingerprint);
      try {
        results.forEachOrdered(r -> {
          ObjectNode row = mapper.createObjectNode();
          long line = lines.lineOf(r.index());
          if (r instanceof BatchResult.Success<T> s) {
            java.util.UUID id = decisions.record(context, "family", s.id().value(), decision.apply(s.value()));
            row.put("line", line).put("decision", id.toString());
            filling.fill(row, s.value(), reasons);
          } else if (r instanceof BatchResult.Failure<T> f) {
            decisions.failed(context, "family");
            row.put("line", line);
            f.family().ifPresent(id -> row.put("family", id.value()));
            row.put("error", f.error());
          }
          row.put("fingerprint", fingerprint);
          write(out, row, ++written[0] % 256 == 0);
        });
        if (lines.stopped() != null) {
          write(out, mapper.createObjectNode().put("line", lines.stoppedAt).put("error", lines.stopped()).put("fingerprint", fingerprint), true);
        }
        out.flush();
      } catch (UncheckedIOException e) {
        // The client went away: closing the results stops the batch.
        LOG.debug("stream on rule set {} ended by the client after {} rows", context.ruleSet().name(), written[0]);
      }
    }
  }

  private void write(OutputStream out, ObjectNode row, boolean flush) {
    try {
      out.write(mapper.writeValueAsBytes(row));
      out.write('\n');
      if (flush) {
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line's family, or an exception saying in the domain's words why it is none; runs on the batch's threads. */
  private Family family(Line line) {
    try {
      return mapper.readValue(line.text(), Family.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(problem(e));
    }
  }

  /** A line of the stream: its text and its number, counting from 1. */
  record Line(String text, long number) {}

  /**
   * The stream's non-blank lines, read as the batch asks for them, within the limit on records; a
   * line longer than the limit on a string is read no further than that.
   */
  static final class Lines implements Iterator<Line> {
    private final BufferedReader in;
    private final long maxRecords;
    private final java.util.concurrent.ConcurrentHashMap<Long, Long> numbers = new java.util.concurrent.ConcurrentHashMap<>();
    private Line next;
    private long index;
    private long line;
    private volatile String stopped;
    /** The line the stream was read no further from. */
    long stoppedAt;

    Lines(BufferedReader in, long maxRecords) {
      this.in = in;
      this.maxRecords = maxRecords;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (stopped != null) {
        return false;
      }
      try {
        for (String text; (text = in.readLine()) != null; ) {
          line++;
          if (text.isBlank()) {
            continue;
          }
          if (index >= maxRecords) {
            stoppedAt = line;
            stopped = "the stream has more than " + maxRecords + " records, the limit of one stream (community-budgets.limits.max-stream-records);"
                + " the records from this line on were not decided";
            return false;
          }
          next = new Line(text, line);
          return true;
        }
        return false;
      } catch (LimitedInputStream.LimitPassed e) {
        stoppedAt = line + 1;
        stopped = e.getMessage() + "; the records from this line on were not decided";
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Line next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Line l = next;
      next = null;
      numbers.put(index++, l.number());
      return l;
    }

    /** The next line, not taken. */
    Line peek() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return next;
    }

    /** Takes the next line without counting it as a record. */
    Line skip() {
      Line l = peek();
      next = null;
      return l;
    }

    /** The line the record of that index began on; forgotten once asked, so that memory stays flat. */
    long lineOf(long index) {
      Long n = numbers.remove(index);
      return n == null ? -1 : n;
    }

    /** Why the stream was read no further, if it was stopped short. */
    String stopped() {
      return stopped;
    }
  }
}
