package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule sets served side by side and replaced while the service runs: the new one is built beside
 * the old, requests in flight finish on the old, one that does not build is refused with its
 * problems while the old goes on serving, and a rule that fails decides nothing for its family
 * alone.
 */
class RuleSetsTest {
  static final String FAMILY_STREAM = "/v1/rule-sets/kent/identify/stream?asOf=2012-10-01";

  static HttpResponse<String> deploy(Service s, String name, Map<String, String> files) {
    return s.send(s.request("/v1/rule-sets/" + name, Service.ADMIN_KEY).header("Content-Type", "application/zip")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(Bundles.zip(files))).build());
  }

  static String identify(Service s, String ruleSet, String key) {
    HttpResponse<String> r = s.postJson("/v1/rule-sets/" + ruleSet + "/identify?asOf=2012-10-01", key, Service.kentFamily());
    assertEquals(200, r.statusCode(), r.body());
    return Service.json(r).get("fingerprint").asText();
  }

  @Test
  void aReplacedRuleSetServesNewRequestsWhileARequestInFlightFinishesOnTheOld() throws Exception {
    try (Service s = Service.start()) {
      HttpResponse<String> first = deploy(s, "kent", Map.of("rules/early-help.drl", Bundles.KENT_DRL));
      assertEquals(201, first.statusCode(), first.body());
      String old = Service.json(first).get("fingerprint").asText();
      assertEquals(old, identify(s, "kent", Service.KENT_KEY));

      // A stream whose body is still arriving: the request is in flight on the old rule set. It is
      // written by hand, chunk by chunk, as a case-management system uploading a file does.
      List<String> families = Service.sampleFamilies();
      String body;
      try (java.net.Socket socket = new java.net.Socket(s.base.getHost(), s.base.getPort())) {
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + FAMILY_STREAM + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + Service.KENT_KEY
            + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk(out, families.subList(0, 3));
        awaitStreamStarted(s);

        HttpResponse<String> second = deploy(s, "kent", Map.of("rules/early-help.drl", Bundles.KENT_DRL.replace("for review by", "for a review by")));
        assertEquals(200, second.statusCode(), second.body());
        String next = Service.json(second).get("fingerprint").asText();
        assertNotEquals(old, next);
        assertEquals(next, identify(s, "kent", Service.KENT_KEY), "a new request is decided by the new rule set");

        chunk(out, families.subList(3, families.size()));
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.setSoTimeout(60_000);
        body = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      assertTrue(body.startsWith("HTTP/1.1 200"), body);
      String content = unchunk(body.substring(body.indexOf("\r\n\r\n") + 4));
      List<String> rows = content.lines().toList();
      assertEquals(families.size(), rows.size());
      for (String row : rows) {
        ContractCheck.validate("/components/schemas/IdentificationRow", row, "a row of the stream in flight");
        assertEquals(old, Service.JSON.readTree(row).get("fingerprint").asText(), "the request in flight finished on the old rule set: " + row);
      }
    }
  }

  /** Waits until the service has begun deciding a stream, by its count of decisions. */
  private static void awaitStreamStarted(Service s) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      var counter = s.context.getBean(io.micrometer.core.instrument.MeterRegistry.class).find("community_budgets_streams_in_flight").gauge();
      if (counter != null && counter.value() > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the stream did not begin");
  }

  /** Sends the lines as one chunk of a chunked body. */
  private static void chunk(OutputStream out, List<String> lines) throws IOException {
    byte[] data = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** The content of a chunked body. */
  private static String unchunk(String chunked) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    while (true) {
      int end = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, end).strip(), 16);
      if (size == 0) {
        return b.toString();
      }
      byte[] rest = chunked.substring(end + 2).getBytes(StandardCharsets.UTF_8);
      String data = new String(rest, 0, size, StandardCharsets.UTF_8);
      b.append(data);
      at = end + 2 + data.length() + 2;
    }
  }

  @Test
  void aRuleSetThatDoesNotBuildIsRefusedWithItsProblemsAndTheOldOneGoesOnServing() {
    try (Service s = Service.start()) {
      String old = Service.json(deploy(s, "kent", Map.of("rules/early-help.drl", Bundles.KENT_DRL))).get("fingerprint").asText();
      HttpResponse<String> broken = deploy(s, "kent", Map.of("rules/early-help.drl", Bundles.KENT_DRL.replace("then", "thn")));
      JsonNode p = ProblemsTest.problem(broken, Problem.Kind.RULE_SET_REFUSED);
      JsonNode first = p.get("problems").get(0);
      assertEquals("rules/early-help.drl", first.get("file").asText(), p.toString());
      assertTrue(first.get("line").asInt() > 0, p.toString());
      assertTrue(p.get("detail").asText().contains("goes on serving"), p.toString());
      assertEquals(old, identify(s, "kent", Service.KENT_KEY), "the old rule set still serves");

      JsonNode misplaced = ProblemsTest.problem(deploy(s, "kent", Map.of("early-help.drl", Bundles.KENT_DRL)), Problem.Kind.RULE_SET_REFUSED);
      assertTrue(misplaced.toString().contains("early-help.drl: not part of a rule set's layout"), misplaced.toString());
      JsonNode notZip = ProblemsTest.problem(s.send(s.request("/v1/rule-sets/kent", Service.ADMIN_KEY).header("Content-Type", "application/zip")
          .PUT(HttpRequest.BodyPublishers.ofString("not a zip")).build()), Problem.Kind.RULE_SET_REFUSED);
      assertTrue(notZip.get("detail").asText().contains("no files"), notZip.toString());
      ProblemsTest.problem(deploy(s, "kent_council", Map.of("rules/a.drl", Bundles.KENT_DRL)), Problem.Kind.INVALID_PARAMETER);
      assertEquals(old, identify(s, "kent", Service.KENT_KEY));
    }
  }

  @Test
  void aRuleThatFailsForOneFamilyIsThatFamilysProblem() throws Exception {
    try (Service s = Service.start()) {
      assertEquals(201, deploy(s, "kent", Map.of("rules/records.drl", Bundles.failingFor("f-1002"))).statusCode());
      List<String> families = Service.sampleFamilies();
      HttpResponse<String> failed = s.postJson("/v1/rule-sets/kent/identify?asOf=2012-10-01", Service.KENT_KEY, families.get(1));
      JsonNode p = ProblemsTest.problem(failed, Problem.Kind.RULE_FAILURE);
      assertEquals("A family the council's records cannot place fails", p.get("rule").asText());
      assertEquals(200, s.postJson("/v1/rule-sets/kent/identify?asOf=2012-10-01", Service.KENT_KEY, families.get(0)).statusCode(),
          "the service goes on");
      HttpResponse<String> stream = s.post(FAMILY_STREAM, Service.KENT_KEY, "application/x-ndjson", String.join("\n", families));
      List<String> rows = stream.body().lines().toList();
      assertEquals(families.size(), rows.size());
      JsonNode second = Service.JSON.readTree(rows.get(1));
      assertTrue(second.get("error").asText().contains("A family the council's records cannot place fails"), second.toString());
      assertTrue(Service.JSON.readTree(rows.get(0)).has("verdict"));
      assertTrue(Service.JSON.readTree(rows.get(2)).has("verdict"));
    }
  }

  @Test
  void theWatchedDirectoryIsBuiltAtStartAndRebuiltWhenItsFilesChange(@TempDir Path dir) throws Exception {
    Path kent = Files.createDirectories(dir.resolve("kent/rules"));
    Files.writeString(kent.resolve("early-help.drl"), Bundles.KENT_DRL);
    try (Service s = Service.start("--community-budgets.rule-sets-directory=" + dir, "--community-budgets.watch-every=100ms")) {
      String first = identify(s, "kent", Service.KENT_KEY);
      Files.writeString(kent.resolve("early-help.drl"), Bundles.KENT_DRL.replace("then", "thn"));
      Thread.sleep(600);
      assertEquals(first, identify(s, "kent", Service.KENT_KEY), "a folder that does not build leaves the old rule set serving");
      Files.writeString(kent.resolve("early-help.drl"), Bundles.KENT_DRL.replace("for review by", "for a review by"));
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      String now = first;
      while (now.equals(first) && System.nanoTime() < until) {
        Thread.sleep(100);
        now = identify(s, "kent", Service.KENT_KEY);
      }
      assertNotEquals(first, now, "the folder's new files were built and serve");
    }
  }
}
