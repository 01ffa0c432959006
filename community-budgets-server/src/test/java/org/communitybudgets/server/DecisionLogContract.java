package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communitybudgets.family.Family;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log, on a real database: every decision answered is recorded with its id, its
 * answer and its input as configured; a client reads only its own; a full input replays
 * identically, and a changed or missing rule set says what differs or what it needs; a family's
 * inputs are erased and inputs past the retention period removed; while the database cannot be
 * reached decisions are refused with 503, and taken again by themselves when it can.
 */
abstract class DecisionLogContract {
  static final String IDENTIFY = "/v1/rule-sets/standard/identify?asOf=2012-10-01";
  static final String CLAIM = "{\"id\": \"k-1\", \"family\": \"f-1001\", \"authority\": \"kent\", \"kind\": \"ATTACHMENT_FEE_PHASE_1\", \"claimedOn\": \"2012-12-01\"}";
  static final String TARGET = "{\"authority\": \"kent\", \"phase\": \"PHASE_1\", \"families\": 1000}";

  @TempDir
  Path folder;

  /** A new, empty database of the kind under test. */
  abstract LogDatabase database();

  Service start(LogDatabase db, String... settings) {
    List<String> all = new ArrayList<>(List.of(settings));
    all.add(db.setting());
    return Service.start(all.toArray(String[]::new));
  }

  static JsonNode ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return Service.json(r);
  }

  static JsonNode record(Service s, String id, String key) {
    return ok(s.get("/v1/decisions/" + id, key));
  }

  static List<JsonNode> lines(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r.body().lines().filter(l -> !l.isBlank()).map(l -> {
      try {
        return Service.JSON.readTree(l);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
  }

  @Test
  void everyDecisionAnsweredIsRecordedWithItsAnswerAndTheDigestOfItsInput() throws Exception {
    LogDatabase db = database();
    try (Service s = start(db)) {
      JsonNode a = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily()));
      JsonNode r = record(s, a.get("decision").asText(), Service.KENT_KEY);
      assertEquals(1, r.get("format").asInt());
      assertEquals(a.get("decision"), r.get("decision"));
      assertEquals("kent", r.get("client").asText());
      assertEquals("standard", r.get("ruleSet").asText());
      assertEquals(a.get("fingerprint"), r.get("fingerprint"));
      assertEquals(a.get("libraryVersion"), r.get("libraryVersion"));
      assertEquals("2012-10-01", r.get("asOf").asText());
      assertEquals("family", r.get("subject").asText());
      assertEquals("f-1001", r.get("subjectId").asText());
      assertEquals("f-1001", r.get("family").asText());
      assertEquals(a.get("verdict"), r.get("verdict"));
      assertEquals(a.get("unmet").findValuesAsText("code"), strings(r.get("unmet")));
      ObjectNode answered = ((ObjectNode) a).deepCopy();
      answered.remove(List.of("decision", "ruleSet", "fingerprint", "libraryVersion", "asOf"));
      assertEquals(answered, r.get("answer"));
      assertEquals("digest", r.get("input").get("kept").asText());
      Family family = new Bodies(Settings.defaults()).mapper().readValue(Service.kentFamily(), Family.class);
      assertEquals(Canonical.digest(Canonical.json(new Bodies(Settings.defaults()).mapper(), family)), r.get("input").get("digest").asText());
      assertFalse(r.get("input").has("record"), "the digest setting keeps no record: " + r);
      assertEquals(1, db.count(UUID.fromString(a.get("decision").asText())));
    }
  }

  @Test
  void withInputsKeptAsNoneARecordNamesItsSubjectAloneAndCannotBeReplayed() {
    try (Service s = start(database(), "--community-budgets.decision-log.input=none")) {
      String id = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
      JsonNode r = record(s, id, Service.KENT_KEY);
      assertEquals("f-1001", r.get("subjectId").asText());
      assertEquals(Service.JSON.createObjectNode().put("kept", "none"), r.get("input"));
      JsonNode replay = ok(s.send(s.request("/v1/decisions/" + id + "/replay", Service.KENT_KEY).POST(HttpRequest.BodyPublishers.noBody()).build()));
      assertEquals("NOT_REPLAYABLE", replay.get("outcome").asText());
      assertTrue(replay.get("why").asText().contains("kept nothing"), replay.toString());
    }
  }

  @Test
  void aStreamsDecisionsAndAPoolsContributionsAreRecordedEachWithItsId() {
    try (Service s = start(database())) {
      List<String> families = Service.sampleFamilies();
      List<JsonNode> rows = lines(s.post("/v1/rule-sets/standard/identify/stream?asOf=2012-10-01", Service.KENT_KEY, StreamController.NDJSON,
          String.join("\n", families) + "\n"));
      assertEquals(families.size(), rows.size());
      for (JsonNode row : rows.stream().filter(row -> row.has("decision")).toList()) {
        JsonNode r = record(s, row.get("decision").asText(), Service.KENT_KEY);
        assertEquals(row.get("verdict"), r.get("verdict"));
        assertEquals(row.get("family"), r.get("family"));
        assertTrue(r.get("answer").get("reasons").size() > 0, "the log keeps every reason though the stream asked for none: " + r);
        assertFalse(row.has("reasons"));
      }
      String pool = Service.read("../community-budgets-cli/samples/pools.jsonl").lines().findFirst().orElseThrow();
      JsonNode assessed = ok(s.postJson("/v1/rule-sets/standard/assess?asOf=2012-10-01", Service.KENT_KEY, "{\"pool\": " + pool + "}"));
      for (JsonNode c : assessed.get("contributions")) {
        JsonNode r = record(s, c.get("decision").asText(), Service.KENT_KEY);
        assertEquals("contribution", r.get("subject").asText());
        assertEquals(assessed.get("pool").asText() + "/" + c.get("contribution").asText(), r.get("subjectId").asText());
        assertEquals(c.get("verdict"), r.get("verdict"));
      }
    }
  }

  @Test
  void aFullInputReplaysIdenticallyOneByOneAndOverARange() {
    try (Service s = start(database(), "--community-budgets.decision-log.input=full")) {
      String pool = Service.read("../community-budgets-cli/samples/pools.jsonl").lines().findFirst().orElseThrow();
      List<String> ids = new ArrayList<>();
      ids.add(ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText());
      ids.add(ok(s.postJson("/v1/rule-sets/standard/results?asOf=2014-06-01", Service.KENT_KEY, "{\"family\": " + Service.kentFamily() + "}"))
          .get("decision").asText());
      ids.add(ok(s.postJson("/v1/rule-sets/standard/claims?asOf=2013-01-01", Service.KENT_KEY,
          "{\"claim\": " + CLAIM + ", \"family\": " + Service.kentFamily() + ", \"target\": " + TARGET + ", \"familiesAlreadyFunded\": 0}"))
          .get("decision").asText());
      ok(s.postJson("/v1/rule-sets/standard/assess?asOf=2012-10-01", Service.KENT_KEY, "{\"pool\": " + pool + "}")).get("contributions")
          .forEach(c -> ids.add(c.get("decision").asText()));
      lines(s.post("/v1/rule-sets/standard/identify/stream?asOf=2012-10-01", Service.KENT_KEY, StreamController.NDJSON,
          String.join("\n", Service.sampleFamilies()) + "\n")).stream().filter(row -> row.has("decision"))
          .forEach(row -> ids.add(row.get("decision").asText()));
      for (String id : ids) {
        JsonNode replay = ok(s.send(s.request("/v1/decisions/" + id + "/replay", Service.KENT_KEY).POST(HttpRequest.BodyPublishers.noBody()).build()));
        assertEquals("IDENTICAL", replay.get("outcome").asText(), replay.toString());
        assertEquals(replay.get("recordedWith"), replay.get("replayedWith"));
        JsonNode r = record(s, id, Service.KENT_KEY);
        assertEquals("full", r.get("input").get("kept").asText());
        assertEquals(Canonical.digest(Canonical.json(Service.JSON, r.get("input").get("record"))), r.get("input").get("digest").asText());
      }
      List<JsonNode> range = lines(s.send(s.request("/v1/decisions/replay", Service.KENT_KEY).POST(HttpRequest.BodyPublishers.noBody()).build()));
      JsonNode count = range.get(range.size() - 1);
      assertEquals(ids.size() + " identical, 0 differ, 0 not replayable", count.get("summary").asText());
      List<JsonNode> exported = lines(s.get("/v1/decisions/export", Service.KENT_KEY));
      assertEquals(ids, exported.stream().map(e -> e.get("decision").asText()).toList());
      assertEquals(ids.size(), range.size() - 1);
    }
  }

  @Test
  void aDigestAloneIsNotReplayableAndSaysWhy() {
    try (Service s = start(database())) {
      String id = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
      JsonNode replay = ok(s.send(s.request("/v1/decisions/" + id + "/replay", Service.KENT_KEY).POST(HttpRequest.BodyPublishers.noBody()).build()));
      assertEquals("NOT_REPLAYABLE", replay.get("outcome").asText());
      assertTrue(replay.get("why").asText().contains("only the digest"), replay.toString());
    }
  }

  @Test
  void aChangedRuleSetSaysWhatDiffersAndWhichFingerprintWouldReplayIt() {
    try (Service s = start(database(), "--community-budgets.decision-log.input=full")) {
      assertEquals(201, RuleSetsTest.deploy(s, "kent", Map.of("rules/early-help.drl", Bundles.KENT_DRL)).statusCode());
      JsonNode a = ok(s.postJson("/v1/rule-sets/kent/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily()));
      String before = a.get("fingerprint").asText();
      String changed = Bundles.KENT_DRL.replace("flagged for review by Kent's early help team", "flagged for Kent's family support panel");
      assertEquals(200, RuleSetsTest.deploy(s, "kent", Map.of("rules/early-help.drl", changed)).statusCode());
      JsonNode replay = ok(s.send(s.request("/v1/decisions/" + a.get("decision").asText() + "/replay", Service.KENT_KEY)
          .POST(HttpRequest.BodyPublishers.noBody()).build()));
      assertEquals("DIFFERS", replay.get("outcome").asText(), replay.toString());
      assertEquals(before, replay.get("recordedWith").asText());
      assertFalse(before.equals(replay.get("replayedWith").asText()));
      assertEquals(List.of("reasons"), replay.get("differences").findValuesAsText("member"), replay.toString());
      assertTrue(replay.get("why").asText().contains("with fingerprint " + before), replay.toString());
    }
  }

  @Test
  void aRuleSetNoLongerServedIsNotReplayableAndNamesTheFingerprintItNeeds() throws Exception {
    LogDatabase db = database();
    Path sets = Files.createDirectories(folder.resolve("rule-sets/kent/rules"));
    Files.writeString(sets.resolve("early-help.drl"), Bundles.KENT_DRL);
    String id;
    String fingerprint;
    try (Service s = start(db, "--community-budgets.decision-log.input=full", "--community-budgets.rule-sets-directory=" + folder.resolve("rule-sets"))) {
      JsonNode a = ok(s.postJson("/v1/rule-sets/kent/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily()));
      id = a.get("decision").asText();
      fingerprint = a.get("fingerprint").asText();
    }
    try (Service s = start(db)) {
      JsonNode replay = ok(s.send(s.request("/v1/decisions/" + id + "/replay", Service.KENT_KEY).POST(HttpRequest.BodyPublishers.noBody()).build()));
      assertEquals("NOT_REPLAYABLE", replay.get("outcome").asText());
      assertTrue(replay.get("why").asText().contains("'kent' is no longer served") && replay.get("why").asText().contains(fingerprint), replay.toString());
    }
  }

  @Test
  void aClientReadsItsOwnDecisionsAndThoseOfTheRuleSetsGrantedToItAndAnAdministratorReadsAll() {
    try (Service s = start(database())) {
      String kents = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
      String medways = ok(s.postJson(IDENTIFY, Service.MEDWAY_KEY, Service.kentFamily())).get("decision").asText();
      assertEquals(201, RuleSetsTest.deploy(s, "kent", Map.of("rules/early-help.drl", Bundles.KENT_DRL)).statusCode());
      String onKents = ok(s.postJson("/v1/rule-sets/kent/identify?asOf=2012-10-01", Service.ADMIN_KEY, Service.kentFamily())).get("decision").asText();
      assertEquals(Set.of(kents, onKents), ids(s, Service.KENT_KEY));
      assertEquals(Set.of(medways), ids(s, Service.MEDWAY_KEY));
      assertEquals(Set.of(kents, medways, onKents), ids(s, Service.ADMIN_KEY));
      ProblemsTest.problem(s.get("/v1/decisions/" + kents, Service.MEDWAY_KEY), Problem.Kind.NOT_FOUND);
      ProblemsTest.problem(s.send(s.request("/v1/decisions/" + kents + "/replay", Service.MEDWAY_KEY).POST(HttpRequest.BodyPublishers.noBody()).build()),
          Problem.Kind.NOT_FOUND);
      assertTrue(lines(s.get("/v1/decisions/export", Service.MEDWAY_KEY)).stream().allMatch(r -> r.get("decision").asText().equals(medways)));
      ProblemsTest.problem(s.get("/v1/decisions", null), Problem.Kind.UNAUTHENTICATED);
      assertEquals(Set.of(kents, medways), ids(s, Service.ADMIN_KEY, "?family=f-1001&ruleSet=standard&subject=family&verdict="
          + record(s, kents, Service.KENT_KEY).get("verdict").asText() + "&fingerprint=" + record(s, kents, Service.KENT_KEY).get("fingerprint").asText()
          + "&from=2000-01-01T00:00:00Z"));
      ProblemsTest.problem(s.get("/v1/decisions?colour=red", Service.KENT_KEY), Problem.Kind.INVALID_PARAMETER);
      ProblemsTest.problem(s.get("/v1/decisions?from=yesterday", Service.KENT_KEY), Problem.Kind.INVALID_PARAMETER);
      ProblemsTest.problem(s.get("/v1/decisions/not-a-uuid", Service.KENT_KEY), Problem.Kind.INVALID_PARAMETER);
    }
  }

  @Test
  void aListIsPagedOldestFirst() {
    try (Service s = start(database())) {
      List<String> made = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        made.add(ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText());
      }
      List<String> read = new ArrayList<>();
      String after = "";
      for (int pages = 0; pages < 10; pages++) {
        JsonNode page = ok(s.get("/v1/decisions?limit=2" + after, Service.KENT_KEY));
        page.get("decisions").forEach(d -> read.add(d.get("decision").asText()));
        if (!page.has("next")) {
          break;
        }
        after = "&after=" + page.get("next").asText();
      }
      assertEquals(made, read);
    }
  }

  @Test
  void aFamilysInputsAreErasedOnRequestAndTheErasureIsRecorded() {
    try (Service s = start(database(), "--community-budgets.decision-log.input=full")) {
      String first = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
      String second = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
      String other = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.sampleFamilies().get(1))).get("decision").asText();
      ProblemsTest.problem(s.postJson("/v1/decisions/erasures", Service.KENT_KEY, "{\"family\": \"f-1001\"}"), Problem.Kind.FORBIDDEN);
      ProblemsTest.problem(s.postJson("/v1/decisions/erasures", Service.ADMIN_KEY, "{\"family\": \"\"}"), Problem.Kind.INVALID_RECORD);
      HttpResponse<String> e = s.postJson("/v1/decisions/erasures", Service.ADMIN_KEY, "{\"family\": \"f-1001\"}");
      assertEquals(201, e.statusCode(), e.body());
      assertEquals(2, Service.json(e).get("inputsErased").asInt());
      for (String id : List.of(first, second)) {
        JsonNode input = record(s, id, Service.KENT_KEY).get("input");
        assertFalse(input.has("record"), input.toString());
        assertEquals("erasure", input.get("removedBecause").asText());
        assertTrue(input.get("digest").asText().startsWith("sha256:"));
        JsonNode replay = ok(s.send(s.request("/v1/decisions/" + id + "/replay", Service.KENT_KEY).POST(HttpRequest.BodyPublishers.noBody()).build()));
        assertEquals("NOT_REPLAYABLE", replay.get("outcome").asText());
        assertTrue(replay.get("why").asText().contains("(erasure)"), replay.toString());
      }
      assertTrue(record(s, other, Service.KENT_KEY).get("input").has("record"));
      JsonNode erasures = ok(s.get("/v1/decisions/erasures", Service.ADMIN_KEY)).get("erasures");
      assertEquals(1, erasures.size());
      assertEquals("programme-office", erasures.get(0).get("client").asText());
      ProblemsTest.problem(s.get("/v1/decisions/erasures", Service.KENT_KEY), Problem.Kind.FORBIDDEN);
    }
  }

  @Test
  void fullInputsPastTheRetentionPeriodAreRemovedAndTheirDigestsKept() throws Exception {
    try (Service s = start(database(), "--community-budgets.decision-log.input=full", "--community-budgets.decision-log.retention=1ms")) {
      String id = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
      Thread.sleep(20);
      assertEquals(1, s.context.getBean(DecisionLog.class).removeExpired());
      JsonNode input = record(s, id, Service.KENT_KEY).get("input");
      assertFalse(input.has("record"));
      assertEquals("retention", input.get("removedBecause").asText());
      assertTrue(input.get("digest").asText().startsWith("sha256:"));
    }
  }

  @Test
  void whileTheDatabaseCannotBeReachedDecisionsAreRefusedAndTheyResumeByThemselvesWhenItCan() throws Exception {
    LogDatabase db = database();
    try (Service s = start(db)) {
      String before = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
      db.down();
      try {
        HttpResponse<String> refused = s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily());
        ProblemsTest.problem(refused, Problem.Kind.LOG_UNAVAILABLE);
        assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
        long started = System.nanoTime();
        ProblemsTest.problem(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily()), Problem.Kind.LOG_UNAVAILABLE);
        ProblemsTest.problem(s.post("/v1/rule-sets/standard/identify/stream?asOf=2012-10-01", Service.KENT_KEY, StreamController.NDJSON,
            Service.kentFamily() + "\n"), Problem.Kind.LOG_UNAVAILABLE);
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused at once while the log is down");
      } finally {
        db.up();
      }
      HttpResponse<String> r = null;
      for (int i = 0; i < 100; i++) {
        r = s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily());
        if (r.statusCode() == 200) {
          break;
        }
        Thread.sleep(100);
      }
      String after = ok(r).get("decision").asText();
      assertEquals(1, db.count(UUID.fromString(before)));
      assertEquals(1, db.count(UUID.fromString(after)));
    }
  }

  @Test
  void everyDecisionAClientWasAnsweredIsInTheLogThoughTheServiceIsKilledUnderLoad() throws Exception {
    LogDatabase db = database();
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path out = folder.resolve("service.log");
    Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), DecisionServer.class.getName(),
        "--server.port=" + port, "--server.address=127.0.0.1", "--logging.level.root=WARN",
        "--community-budgets.security.clients[0].name=kent",
        "--community-budgets.security.clients[0].key-hashes[0]=" + ApiKeys.hash(Service.KENT_KEY),
        db.setting()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
        .connectTimeout(java.time.Duration.ofSeconds(2)).build();
    java.net.URI base = java.net.URI.create("http://127.0.0.1:" + port);
    try {
      boolean ready = false;
      for (int i = 0; i < 600 && !ready && service.isAlive(); i++) {
        try {
          ready = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException notYet) {
          Thread.sleep(100);
        }
      }
      assertTrue(ready, "the service did not start: " + Files.readString(out));
      java.util.Queue<String> answered = new java.util.concurrent.ConcurrentLinkedQueue<>();
      java.util.concurrent.atomic.AtomicBoolean go = new java.util.concurrent.atomic.AtomicBoolean(true);
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        Thread t = new Thread(() -> {
          HttpRequest request = HttpRequest.newBuilder(base.resolve(IDENTIFY)).header("X-API-Key", Service.KENT_KEY)
              .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Service.kentFamily())).build();
          while (go.get()) {
            try {
              HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() == 200) {
                answered.add(Service.json(r).get("decision").asText());
              }
            } catch (java.io.IOException e) {
              return; // the service is gone
            } catch (InterruptedException e) {
              return;
            }
          }
        });
        t.start();
        clients.add(t);
      }
      while (answered.size() < 300) {
        Thread.sleep(20);
      }
      service.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
      service.waitFor();
      go.set(false);
      for (Thread t : clients) {
        t.join(10_000);
      }
      Set<String> recorded = new HashSet<>();
      try (var c = db.connect(); var s = c.createStatement(); var r = s.executeQuery("select id from decision")) {
        while (r.next()) {
          recorded.add(r.getObject(1, UUID.class).toString());
        }
      }
      List<String> lost = answered.stream().filter(id -> !recorded.contains(id)).toList();
      assertEquals(List.of(), lost, answered.size() + " decisions answered, " + recorded.size() + " recorded");
    } finally {
      service.destroyForcibly();
    }
  }

  static Set<String> ids(Service s, String key) {
    return ids(s, key, "");
  }

  static Set<String> ids(Service s, String key, String query) {
    Set<String> ids = new HashSet<>();
    ok(s.get("/v1/decisions" + query, key)).get("decisions").forEach(d -> ids.add(d.get("decision").asText()));
    return ids;
  }

  static List<String> strings(JsonNode array) {
    List<String> all = new ArrayList<>();
    array.forEach(n -> all.add(n.asText()));
    return all;
  }
}
