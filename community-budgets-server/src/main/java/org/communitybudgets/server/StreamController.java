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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.communitybudgets.area.AreaId;
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
    Inputs inputs = new Inputs(decisions.keepsInputs());
    stream(access.context(ruleSet, pinned, asOf), reasons, request, response,
        (engine, lines, options) -> engine.identifyAll(lines, line -> inputs.kept(line, family(line)), asOf, options),
        Identification::decision, Answers::identification, "family", inputs, family -> family);
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
    Inputs inputs = new Inputs(decisions.keepsInputs());
    Map<AreaId, OutcomesPlan> byAuthority = new java.util.concurrent.ConcurrentHashMap<>();
    stream(access.context(ruleSet, pinned, asOf), reasons, request, response, (engine, lines, options) -> {
      List<OutcomesPlan> plans = plans(lines);
      plans.forEach(p -> byAuthority.putIfAbsent(p.authority(), p));
      return DecisionController.refusing(() -> engine.resultsAll(lines, line -> inputs.kept(line, family(line)), plans, asOf, options));
    }, Results::decision, Answers::results, "results", inputs,
        family -> DecisionController.resultsInput(family, Optional.ofNullable(byAuthority.get(family.authority()))));
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
      Answering answering = new Answering(out, context);
      try {
        while (lines.hasNext()) {
          Line line = lines.next();
          Pool pool;
          try {
            pool = mapper.readValue(line.text(), Pool.class);
          } catch (JsonProcessingException e) {
            decisions.failed(context, "contribution");
            answering.add(mapper.createObjectNode().put("line", line.number()).put("error", problem(e)).put("fingerprint", fingerprint), DONE);
            continue;
          }
          try {
            PoolAssessment a = decisions.decide(context, "contribution", () -> context.ruleSet().engine().assess(pool, areas, List.of(), context.asOf()));
            boolean judged = !areas.forArea(pool.area()).isEmpty();
            Map<String, Object> input = DecisionController.assessInput(pool, areas.forArea(pool.area()).stream().toList(), List.of());
            for (var e : a.contributions().entrySet()) {
              java.util.UUID id = Decisions.newId();
              ObjectNode decided = Answers.contribution(mapper.createObjectNode(), pool, e.getKey(), e.getValue(), judged, true);
              CompletableFuture<Void> recorded = decisions.record(context, id,
                  new Decisions.Subject("contribution", pool.id() + "/" + e.getKey(), Optional.empty(), () -> input), e.getValue(), decided);
              ObjectNode row = mapper.createObjectNode().put("line", line.number()).put("decision", id.toString()).put("pool", pool.id().toString());
              answering.add(answered(row, decided, reasons).put("fingerprint", fingerprint), recorded);
            }
            ObjectNode summary = Answers.pool(mapper.createObjectNode().put("line", line.number()).put("pool", pool.id().toString()), a, judged);
            answering.add(summary.put("fingerprint", fingerprint), DONE);
          } catch (org.communitybudgets.rules.RuleFailureException | IllegalArgumentException e) {
            decisions.failed(context, "contribution");
            answering.add(mapper.createObjectNode().put("line", line.number()).put("pool", pool.id().toString()).put("error", e.getMessage())
                .put("fingerprint", fingerprint), DONE);
          }
          answering.release(false);
        }
        answering.release(true);
        if (lines.stopped() != null) {
          write(out, mapper.createObjectNode().put("line", lines.stoppedAt).put("error", lines.stopped()).put("fingerprint", fingerprint), true);
        }
        out.flush();
      } catch (UncheckedIOException e) {
        LOG.debug("pool stream on rule set {} ended by the client", context.ruleSet().name());
      } catch (Unrecorded e) {
        unrecorded(out, e, fingerprint);
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
      Deciding<T> deciding, java.util.function.Function<T, Decision<?>> decision, Filling<T> filling, String subject, Inputs inputs,
      java.util.function.Function<Family, Object> input) throws IOException {
    inFlight.incrementAndGet();
    try {
      decide(context, reasons, request, response, deciding, decision, filling, subject, inputs, input);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private <T> void decide(Decisions.Context context, boolean reasons, HttpServletRequest request, HttpServletResponse response,
      Deciding<T> deciding, java.util.function.Function<T, Decision<?>> decision, Filling<T> filling, String subject, Inputs inputs,
      java.util.function.Function<Family, Object> input) throws IOException {
    Lines lines = lines(request);
    boolean logged = decisions.log().isPresent();
    BatchOptions options = reasons || logged ? BatchOptions.defaults().withReasonsInWords() : BatchOptions.defaults();
    String fingerprint = context.ruleSet().fingerprint();
    try (Stream<BatchResult<T>> results = decisions.decide(context, subject, () -> deciding.decide(context.ruleSet().engine(), lines, options))) {
      OutputStream out = begin(response, fingerprint);
      Answering answering = new Answering(out, context);
      try {
        results.forEachOrdered(r -> {
          ObjectNode row = mapper.createObjectNode();
          long line = lines.lineOf(r.index());
          Optional<Family> family = inputs.take(line);
          CompletableFuture<Void> recorded = DONE;
          if (r instanceof BatchResult.Success<T> s) {
            java.util.UUID id = Decisions.newId();
            row.put("line", line).put("decision", id.toString());
            if (logged) {
              ObjectNode decided = filling.fill(mapper.createObjectNode(), s.value(), true);
              String f = s.id().value();
              recorded = decisions.record(context, id, new Decisions.Subject(subject, f, Optional.of(f), () -> input.apply(family.orElseThrow())),
                  decision.apply(s.value()), decided);
              answered(row, decided, reasons);
            } else {
              decisions.record(context, id, new Decisions.Subject(subject, s.id().value(), Optional.empty(), () -> null), decision.apply(s.value()), row);
              filling.fill(row, s.value(), reasons);
            }
          } else if (r instanceof BatchResult.Failure<T> f) {
            decisions.failed(context, subject);
            row.put("line", line);
            f.family().ifPresent(id -> row.put("family", id.value()));
            row.put("error", f.error());
          }
          row.put("fingerprint", fingerprint);
          answering.add(row, recorded);
        });
        answering.release(true);
        if (lines.stopped() != null) {
          write(out, mapper.createObjectNode().put("line", lines.stoppedAt).put("error", lines.stopped()).put("fingerprint", fingerprint), true);
        }
        out.flush();
      } catch (UncheckedIOException e) {
        // The client went away: closing the results stops the batch.
        LOG.debug("stream on rule set {} ended by the client after {} rows", context.ruleSet().name(), answering.written);
      } catch (Unrecorded e) {
        unrecorded(out, e, fingerprint);
      }
    }
  }

  /** A record already committed, or one that is not recorded: an error row. */
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  /** The row of a decision answered in a stream: the decision as recorded, without its reasons unless asked for. */
  private static ObjectNode answered(ObjectNode row, ObjectNode decided, boolean reasons) {
    row.setAll(decided);
    if (!reasons) {
      row.remove("reasons");
    }
    return row;
  }

  /** Thrown when a stream's decisions can no longer be recorded: the stream ends with a row that says so. */
  private static final class Unrecorded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;

    Unrecorded(long line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  private void unrecorded(OutputStream out, Unrecorded e, String fingerprint) {
    try {
      write(out, mapper.createObjectNode().put("line", e.line).put("error", "the decision log cannot record decisions now, so the decisions"
          + " from this line on are not answered; send them again shortly").put("fingerprint", fingerprint), true);
    } catch (UncheckedIOException gone) {
      LOG.debug("stream on rule set ended by the client");
    }
  }

  /**
   * A stream's rows on their way out: each written once its decision's record is committed, the
   * rows released together every {@value #RELEASE} rows so that records are committed in groups.
   */
  private final class Answering {
    static final int RELEASE = 256;
    private final OutputStream out;
    private final Decisions.Context context;
    private final java.util.ArrayDeque<ObjectNode> rows = new java.util.ArrayDeque<>();
    private final List<CompletableFuture<Void>> records = new ArrayList<>();
    long written;

    Answering(OutputStream out, Decisions.Context context) {
      this.out = out;
      this.context = context;
    }

    void add(ObjectNode row, CompletableFuture<Void> recorded) {
      rows.add(row);
      if (recorded != DONE) {
        records.add(recorded);
      }
      if (rows.size() >= RELEASE) {
        release(true);
      }
    }

    /** Writes the rows whose records are committed: all of them, waiting if need be, if {@code all}. */
    void release(boolean all) {
      if (!all && !records.stream().allMatch(CompletableFuture::isDone)) {
        return;
      }
      try {
        decisions.committed(records);
      } catch (ProblemException e) {
        throw new Unrecorded(rows.isEmpty() ? -1 : rows.peekFirst().path("line").asLong(-1));
      }
      records.clear();
      while (!rows.isEmpty()) {
        write(out, rows.pollFirst(), false);
        written++;
      }
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The families of a stream's lines, kept from when the line is read until its row is written,
   * when the decision log keeps inputs; nothing otherwise.
   */
  static final class Inputs {
    private final boolean keep;
    private final java.util.concurrent.ConcurrentHashMap<Long, Family> byLine = new java.util.concurrent.ConcurrentHashMap<>();

    Inputs(boolean keep) {
      this.keep = keep;
    }

    Family kept(Line line, Family family) {
      if (keep) {
        byLine.put(line.number(), family);
      }
      return family;
    }

    Optional<Family> take(long line) {
      return keep ? Optional.ofNullable(byLine.remove(line)) : Optional.empty();
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
