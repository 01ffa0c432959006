package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each decision over HTTP answers as the engine decides in process: the same verdict, criteria,
 * unmet conditions and reasons, with the decision's id, the rule set's fingerprint, the library's
 * version and the business date of the request.
 */
class DecisionServiceTest {
  static Service service;
  static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  @BeforeAll
  static void start() {
    service = Service.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void aFamilyIsIdentifiedAsTheEngineIdentifiesIt() throws Exception {
    for (String family : Service.sampleFamilies().subList(0, 5)) {
      HttpResponse<String> r = service.postJson("/v1/rule-sets/standard/identify?asOf=2012-10-01", Service.KENT_KEY, family);
      assertEquals(200, r.statusCode(), r.body());
      JsonNode a = Service.json(r);
      var expected = ENGINE.identify(new Bodies(Settings.defaults()).mapper().readValue(family, org.communitybudgets.family.Family.class),
          java.time.LocalDate.of(2012, 10, 1));
      assertEquals(expected.decision().verdict().name(), a.get("verdict").asText());
      assertEquals(expected.criteriaMet().stream().map(c -> c.name()).toList(), strings(a.get("criteriaMet")));
      assertEquals(expected.decision().unmetConditions().stream().map(u -> u.code()).toList(), strings(a.get("unmet").findValues("code")));
      assertEquals(expected.decision().reasons().stream().map(x -> x.statement()).toList(), strings(a.get("reasons").findValues("statement")));
      assertEquals(ENGINE.fingerprint(), a.get("fingerprint").asText());
      assertEquals("\"" + ENGINE.fingerprint() + "\"", r.headers().firstValue("ETag").orElseThrow());
      assertEquals(ENGINE.libraryVersion(), a.get("libraryVersion").asText());
      assertEquals("2012-10-01", a.get("asOf").asText());
      assertEquals("standard", a.get("ruleSet").asText());
      UUID.fromString(a.get("decision").asText());
    }
  }

  @Test
  void eachDecisionHasItsOwnId() {
    String a = Service.json(service.postJson("/v1/rule-sets/standard/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
    String b = Service.json(service.postJson("/v1/rule-sets/standard/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily())).get("decision").asText();
    assertFalse(a.equals(b));
  }

  @Test
  void theBusinessDateDecidesNotTheClock() {
    JsonNode before = Service.json(service.postJson("/v1/rule-sets/standard/identify?asOf=2011-10-01", Service.KENT_KEY, Service.kentFamily()));
    JsonNode during = Service.json(service.postJson("/v1/rule-sets/standard/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily()));
    assertEquals("NOT_ELIGIBLE", before.get("verdict").asText(), before.toString());
    assertEquals("ELIGIBLE", during.get("verdict").asText());
  }

  @Test
  void aFamilysResultsAreDecidedWithItsPlan() {
    HttpResponse<String> r = service.postJson("/v1/rule-sets/standard/results?asOf=2014-06-01", Service.KENT_KEY,
        "{\"family\": " + Service.kentFamily() + "}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode a = Service.json(r);
    assertEquals("f-1001", a.get("family").asText());
    assertTrue(a.has("achieved") && a.has("verdict") && a.get("reasons").size() > 0, a.toString());
  }

  @Test
  void aClaimIsDecidedAgainstTheLedgerTheRequestGives() {
    String claim = "{\"id\": \"k-1\", \"family\": \"f-1001\", \"authority\": \"kent\", \"kind\": \"ATTACHMENT_FEE_PHASE_1\", \"claimedOn\": \"2012-12-01\"}";
    String target = "{\"authority\": \"kent\", \"phase\": \"PHASE_1\", \"families\": 1000}";
    HttpResponse<String> r = service.postJson("/v1/rule-sets/standard/claims?asOf=2013-01-01", Service.KENT_KEY,
        "{\"claim\": " + claim + ", \"family\": " + Service.kentFamily() + ", \"target\": " + target + ", \"familiesAlreadyFunded\": 0}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode a = Service.json(r);
    assertEquals("k-1", a.get("claim").asText());
    assertEquals("PAYABLE", a.get("verdict").asText(), a.toString());
    assertTrue(a.get("payable").asText().startsWith("£"), a.toString());
    HttpResponse<String> full = service.postJson("/v1/rule-sets/standard/claims?asOf=2013-01-01", Service.KENT_KEY,
        "{\"claim\": " + claim + ", \"family\": " + Service.kentFamily() + ", \"target\": " + target + ", \"familiesAlreadyFunded\": 1000}");
    JsonNode refused = Service.json(full);
    assertEquals("REFUSED", refused.get("verdict").asText(), refused.toString());
    assertFalse(refused.get("unmet").isEmpty());
  }

  @Test
  void aPoolIsAssessedWithItsAreasAllocations() {
    String pool = Service.read("../community-budgets-cli/samples/pools.jsonl").lines().findFirst().orElseThrow();
    String allocations = "[" + String.join(",", Service.read("../community-budgets-cli/samples/allocations.jsonl").lines().filter(l -> !l.isBlank()).toList()) + "]";
    HttpResponse<String> r = service.postJson("/v1/rule-sets/standard/assess?asOf=2012-10-01", Service.KENT_KEY,
        "{\"pool\": " + pool + ", \"allocations\": " + allocations + "}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode a = Service.json(r);
    assertTrue(a.get("contributions").size() > 3, a.toString());
    assertFalse(a.has("notJudged"), "with the allocations every condition is judged");
    for (JsonNode c : a.get("contributions")) {
      UUID.fromString(c.get("decision").asText());
      assertTrue(c.has("verdict") && c.has("reasons"), c.toString());
    }
    JsonNode without = Service.json(service.postJson("/v1/rule-sets/standard/assess?asOf=2012-10-01", Service.KENT_KEY, "{\"pool\": " + pool + "}"));
    assertEquals("allocations", without.get("notJudged").get(0).get("code").asText());
  }

  @Test
  void theRuleSetsAndTheirParametersAreListed() {
    JsonNode list = Service.json(service.get("/v1/rule-sets", Service.KENT_KEY));
    assertEquals(List.of("standard"), strings(list.get("ruleSets").findValues("name")));
    HttpResponse<String> d = service.get("/v1/rule-sets/standard", Service.KENT_KEY);
    JsonNode described = Service.json(d);
    assertEquals(ENGINE.ruleNames(), strings(described.get("rules")));
    assertEquals("\"" + ENGINE.fingerprint() + "\"", d.headers().firstValue("ETag").orElseThrow());
    JsonNode p = Service.json(service.get("/v1/rule-sets/standard/parameters?asOf=2012-10-01", Service.KENT_KEY));
    assertEquals(ENGINE.parameters().size(), p.get("parameters").size());
    JsonNode first = p.get("parameters").get(0);
    assertTrue(first.has("key") && first.has("value") && first.has("source"), first.toString());
  }

  @Test
  void theReportIsTheSelfContainedPageWithItsOwnPolicy() {
    String pool = Service.read("../community-budgets-cli/samples/pools.jsonl").lines().findFirst().orElseThrow();
    String families = "[" + String.join(",", Service.sampleFamilies().subList(0, 3)) + "]";
    HttpResponse<String> r = service.postJson("/v1/rule-sets/standard/report?asOf=2012-10-01", Service.KENT_KEY,
        "{\"pool\": " + pool + ", \"families\": " + families + ", \"target\": {\"authority\": \"kent\", \"phase\": \"PHASE_1\", \"families\": 100}}");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(r.body().startsWith("<!DOCTYPE html>"), r.body().substring(0, 40));
    String policy = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.startsWith(Pages.policyOf(r.body())), policy);
    assertTrue(policy.contains("script-src 'sha256-"), policy);
  }

  @Test
  void aStreamAnswersOneRowPerLineInOrderAsTheCommandLineWritesThem() {
    List<String> families = Service.sampleFamilies();
    String body = String.join("\n", families) + "\n\n{\"id\": \"f-x\"}\nnot json\n";
    HttpResponse<String> r = service.post("/v1/rule-sets/standard/identify/stream?asOf=2012-10-01", Service.KENT_KEY, "application/x-ndjson", body);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-ndjson"));
    List<JsonNode> rows = r.body().lines().map(l -> {
      try {
        return Service.JSON.readTree(l);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    assertEquals(families.size() + 2, rows.size());
    for (int i = 0; i < families.size(); i++) {
      assertEquals(i + 1, rows.get(i).get("line").asInt(), rows.get(i).toString());
    }
    assertEquals(families.size() + 2, rows.get(families.size()).get("line").asInt(), "the blank line is counted, not answered");
    assertTrue(rows.get(rows.size() - 1).get("error").asText().startsWith("the line is not well-formed JSON at line 1, column 1"),
        rows.get(rows.size() - 1).toString());
    JsonNode first = rows.get(0);
    assertEquals("f-1001", first.get("family").asText());
    assertEquals(ENGINE.fingerprint(), first.get("fingerprint").asText());
    UUID.fromString(first.get("decision").asText());
    assertFalse(first.has("reasons"), "reasons in words only when asked");
    JsonNode withReasons = Service.json(service.post("/v1/rule-sets/standard/identify/stream?asOf=2012-10-01&reasons=true", Service.KENT_KEY,
        "application/x-ndjson", families.get(0)));
    assertTrue(withReasons.get("reasons").size() > 0);
  }

  @Test
  void aResultsStreamBeginsWithThePlansItsFamiliesAreJudgedBy() throws Exception {
    String plan = "{\"plan\": {\"authority\": \"kent\", \"measures\": {\"SCHOOL_ATTENDANCE\": \"90% attendance for three terms\"},"
        + " \"agreedOn\": \"2015-04-01\"}}";
    List<String> families = Service.sampleFamilies();
    HttpResponse<String> r = service.post("/v1/rule-sets/standard/results/stream?asOf=2016-10-01", Service.KENT_KEY, "application/x-ndjson",
        plan + "\n" + String.join("\n", families));
    assertEquals(200, r.statusCode(), r.body());
    List<String> rows = r.body().lines().toList();
    assertEquals(families.size(), rows.size(), "a row a family, none for the plan");
    JsonNode first = Service.JSON.readTree(rows.get(0));
    assertEquals(2, first.get("line").asInt(), "lines are counted from the plan's");
    assertEquals("f-1001", first.get("family").asText());
    JsonNode refused = ProblemsTest.problem(service.post("/v1/rule-sets/standard/results/stream?asOf=2016-10-01", Service.KENT_KEY,
        "application/x-ndjson", "{\"plan\": {\"authority\": \"kent\"}}\n" + families.get(0)), Problem.Kind.INVALID_RECORD);
    assertTrue(refused.get("errors").get(0).get("detail").asText().startsWith("line 1: "), refused.toString());
  }

  @Test
  void aPoolsStreamAnswersEachPoolsRowsAsTheCommandLineWritesThem() throws Exception {
    List<String> pools = Service.read("../community-budgets-cli/samples/pools.jsonl").lines().filter(l -> !l.isBlank()).toList();
    List<String> allocations = Service.read("../community-budgets-cli/samples/allocations.jsonl").lines().filter(l -> !l.isBlank())
        .map(a -> "{\"allocation\": " + a + "}").toList();
    String body = String.join("\n", allocations) + "\n" + String.join("\n", pools) + "\nnot json\n";
    HttpResponse<String> r = service.post("/v1/rule-sets/standard/assess/stream?asOf=2012-10-01", Service.KENT_KEY, "application/x-ndjson", body);
    assertEquals(200, r.statusCode(), r.body());
    List<JsonNode> rows = new java.util.ArrayList<>();
    for (String l : r.body().lines().toList()) {
      rows.add(Service.JSON.readTree(l));
    }
    JsonNode first = rows.get(0);
    assertEquals(allocations.size() + 1, first.get("line").asInt(), "lines are counted from the allocations'");
    assertTrue(first.has("contribution") && first.has("decision"), first.toString());
    assertFalse(first.has("notJudged"), "the allocations at the stream's head judge the Greater Manchester pool");
    assertTrue(rows.stream().anyMatch(x -> x.has("requested") && x.has("allowed")), "a row for each pool");
    JsonNode last = rows.get(rows.size() - 1);
    assertEquals(allocations.size() + pools.size() + 1, last.get("line").asInt());
    assertTrue(last.get("error").asText().startsWith("the line is not well-formed JSON"), last.toString());
    long pooled = rows.stream().filter(x -> x.has("requested")).count();
    long refused = rows.stream().filter(x -> x.has("error")).count();
    assertEquals(pools.size() + 1, pooled + refused, "a pool row or an error row for every line");
  }

  static List<String> strings(JsonNode array) {
    List<String> all = new java.util.ArrayList<>();
    array.forEach(n -> all.add(n.asText()));
    return all;
  }

  static List<String> strings(List<JsonNode> nodes) {
    return nodes.stream().map(JsonNode::asText).toList();
  }
}
