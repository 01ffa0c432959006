package org.communitybudgets.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision log read: decisions listed by family, rule set, fingerprint, verdict, subject and
 * time received, exported as JSON lines in the record format, and replayed; a family's inputs
 * erased. A client reads the decisions it asked for and those of the rule sets granted to it by
 * name; an administrator reads all. A decision out of the caller's reach is not found.
 */
@RestController
class DecisionLogController {
  private static final int MOST = 1000;

  private final Decisions decisions;
  private final Replay replay;
  private final Bodies bodies;
  private final ObjectMapper mapper;

  DecisionLogController(Decisions decisions, Replay replay, Bodies bodies) {
    this.decisions = decisions;
    this.replay = replay;
    this.bodies = bodies;
    this.mapper = bodies.mapper();
  }

  /** A page of the decisions that match, oldest first, and where the next page begins. */
  @GetMapping(path = "/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> list(@RequestParam Map<String, String> parameters) throws IOException {
    DecisionLog log = log();
    DecisionLog.Query q = query(parameters, Set.of("after", "limit"));
    long after = cursor(parameters.get("after"));
    int limit = whole(parameters.get("limit"), "limit", 100, 1, MOST);
    List<DecisionLog.Found> found = sql(() -> log.find(q, after, limit));
    ObjectNode answer = mapper.createObjectNode();
    ArrayNode list = answer.putArray("decisions");
    found.forEach(f -> list.add(DecisionRecords.json(mapper, f.record())));
    if (found.size() == limit) {
      answer.put("next", Long.toString(found.get(found.size() - 1).seq()));
    }
    return json(answer);
  }

  /** Every decision that matches, oldest first, a record a line: what a replay reads. */
  @GetMapping(path = "/v1/decisions/export", produces = StreamController.NDJSON)
  void export(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
    DecisionLog log = log();
    DecisionLog.Query q = query(parameters, Set.of());
    OutputStream out = begin(response);
    try {
      sql(() -> {
        log.each(q, r -> line(out, DecisionRecords.json(mapper, r)));
        return null;
      });
      out.flush();
    } catch (UncheckedIOException e) {
      // the client went away
    }
  }

  /** One decision in the record format. */
  @GetMapping(path = "/v1/decisions/{decision}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> get(@PathVariable("decision") String id) throws IOException {
    return json(DecisionRecords.json(mapper, find(id)));
  }

  /** One decision decided again and compared with the answer recorded. */
  @PostMapping(path = "/v1/decisions/{decision}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> replay(@PathVariable("decision") String id) throws IOException {
    return json(replay.json(replay.replay(find(id))));
  }

  /**
   * Every decision that matches decided again, a line each as it is replayed, and a last line
   * that counts them: {@code N identical, M differ, K not replayable}.
   */
  @PostMapping(path = "/v1/decisions/replay", produces = StreamController.NDJSON)
  void replayAll(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
    DecisionLog log = log();
    DecisionLog.Query q = query(parameters, Set.of());
    Map<Replay.Outcome, Long> counts = new EnumMap<>(Replay.Outcome.class);
    for (Replay.Outcome o : Replay.Outcome.values()) {
      counts.put(o, 0L);
    }
    OutputStream out = begin(response);
    try {
      sql(() -> {
        log.each(q, r -> {
          Replay.Result result = replay.replay(r);
          counts.merge(result.outcome(), 1L, Long::sum);
          line(out, replay.json(result));
        });
        return null;
      });
      long same = counts.get(Replay.Outcome.IDENTICAL);
      long differ = counts.get(Replay.Outcome.DIFFERS);
      long not = counts.get(Replay.Outcome.NOT_REPLAYABLE);
      line(out, mapper.createObjectNode().put("identical", same).put("differ", differ).put("notReplayable", not)
          .put("summary", same + " identical, " + differ + " differ, " + not + " not replayable"));
      out.flush();
    } catch (UncheckedIOException e) {
      // the client went away
    }
  }

  /**
   * Erases every full input of a family's decisions (a data subject's right to erasure), and
   * records the erasure; the decisions and their digests stay. For an administrator.
   */
  @PostMapping(path = "/v1/decisions/erasures", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> erase(HttpServletRequest request) throws IOException {
    DecisionLog log = log();
    Caller caller = Caller.current();
    if (!caller.admin()) {
      throw new ProblemException(Problem.Kind.FORBIDDEN, "only an administrator may erase a family's inputs");
    }
    JsonNode body = bodies.tree(request);
    JsonNode family = body.get("family");
    if (!body.isObject() || family == null || !family.isTextual() || family.asText().isBlank() || body.size() != 1) {
      throw new ProblemException(new Problem(Problem.Kind.INVALID_RECORD, "an erasure names the family whose inputs to erase, and nothing else",
          List.of(new Problem.Located("/family", "must be the family's id, a non-blank string"))));
    }
    DecisionLog.Erasure e = sql(() -> log.erase(family.asText(), caller.name()));
    return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(mapper.writeValueAsBytes(erasure(e)));
  }

  /** The erasures recorded, oldest first. For an administrator. */
  @GetMapping(path = "/v1/decisions/erasures", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> erasures() throws IOException {
    DecisionLog log = log();
    if (!Caller.current().admin()) {
      throw new ProblemException(Problem.Kind.FORBIDDEN, "only an administrator may read the erasures");
    }
    ObjectNode answer = mapper.createObjectNode();
    ArrayNode list = answer.putArray("erasures");
    sql(log::erasures).forEach(e -> list.add(erasure(e)));
    return json(answer);
  }

  private ObjectNode erasure(DecisionLog.Erasure e) {
    return mapper.createObjectNode().put("erasure", e.id().toString()).put("at", e.at().toString()).put("client", e.client())
        .put("family", e.family()).put("inputsErased", e.inputsErased());
  }

  private DecisionLog log() {
    return decisions.log().orElseThrow(() -> new ProblemException(Problem.Kind.NOT_FOUND,
        "this service keeps no decision log (community-budgets.decision-log.enabled is false)"));
  }

  private DecisionRecord find(String id) {
    DecisionLog log = log();
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.Kind.INVALID_PARAMETER, "a decision's id is a UUID, as its answer gave it; was \"" + id + "\"");
    }
    return sql(() -> log.get(uuid, reach())).orElseThrow(() -> new ProblemException(Problem.Kind.NOT_FOUND,
        "no decision " + id + " is in the log for these credentials"));
  }

  /** Whose decisions the caller may read. */
  static DecisionLog.Reach reach() {
    Caller c = Caller.current();
    if (c.admin() || c.ruleSets().contains(Caller.EVERY)) {
      return new DecisionLog.Reach(true, c.name(), Set.of());
    }
    Set<String> sets = new TreeSet<>(c.ruleSets());
    sets.remove(RuleSet.STANDARD);
    return new DecisionLog.Reach(false, c.name(), sets);
  }

  private static final Set<String> CRITERIA = Set.of("family", "ruleSet", "fingerprint", "verdict", "subject", "from", "to");

  private static DecisionLog.Query query(Map<String, String> p, Set<String> more) {
    for (String name : p.keySet()) {
      if (!CRITERIA.contains(name) && !more.contains(name)) {
        throw new ProblemException(Problem.Kind.INVALID_PARAMETER, "the query parameter '" + name + "' is not one this address takes: "
            + new TreeSet<>(CRITERIA) + (more.isEmpty() ? "" : " and " + new TreeSet<>(more)));
      }
    }
    return new DecisionLog.Query(text(p, "family"), text(p, "ruleSet"), text(p, "fingerprint"), text(p, "verdict"), text(p, "subject"),
        instant(p, "from"), instant(p, "to"), reach());
  }

  private static Optional<String> text(Map<String, String> p, String name) {
    return Optional.ofNullable(p.get(name)).filter(v -> !v.isEmpty());
  }

  private static Optional<Instant> instant(Map<String, String> p, String name) {
    return text(p, name).map(v -> {
      try {
        return Instant.parse(v);
      } catch (DateTimeParseException e) {
        throw new ProblemException(Problem.Kind.INVALID_PARAMETER, "the query parameter '" + name
            + "' is an instant in UTC, e.g. 2026-12-07T09:00:00Z; was \"" + v + "\"");
      }
    });
  }

  private static long cursor(String after) {
    if (after == null || after.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new ProblemException(Problem.Kind.INVALID_PARAMETER, "the query parameter 'after' is the 'next' of the page before; was \"" + after + "\"");
    }
  }

  private static int whole(String value, String name, int otherwise, int least, int most) {
    if (value == null || value.isEmpty()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= least && n <= most) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new ProblemException(Problem.Kind.INVALID_PARAMETER, "the query parameter '" + name + "' is a whole number from " + least + " to " + most
        + "; was \"" + value + "\"");
  }

  /** What the database does, or 503 if it cannot be reached. */
  private static <T> T sql(Query<T> q) {
    try {
      return q.run();
    } catch (SQLException e) {
      throw new ProblemException(Problem.Kind.LOG_UNAVAILABLE, "the decision log cannot be read now; try again shortly");
    }
  }

  /** A read of the database. */
  private interface Query<T> {
    T run() throws SQLException;
  }

  private static OutputStream begin(HttpServletResponse response) throws IOException {
    response.setStatus(200);
    response.setContentType(StreamController.NDJSON);
    response.setCharacterEncoding("UTF-8");
    return new BufferedOutputStream(response.getOutputStream(), 1 << 16);
  }

  private void line(OutputStream out, ObjectNode node) {
    try {
      out.write(mapper.writeValueAsBytes(node));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ResponseEntity<byte[]> json(ObjectNode node) throws IOException {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(mapper.writeValueAsBytes(node));
  }
}
