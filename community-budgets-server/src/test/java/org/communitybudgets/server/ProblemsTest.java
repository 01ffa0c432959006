package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal is Problem Details (RFC 9457) with its status and a stable type: a body the domain
 * refuses with every problem at once, each at the JSON Pointer of the bad value; and never a stack
 * trace, a Java class or a Drools name.
 */
class ProblemsTest {
  static Service service;
  static final String IDENTIFY = "/v1/rule-sets/standard/identify?asOf=2012-10-01";
  /** What no answer may hold: a Java frame, a class or package name, Drools. */
  static final Pattern LEAK = Pattern.compile("\\bat [a-z]+\\.|org\\.(springframework|drools|kie|communitybudgets|apache)|java\\.|Exception|drools|[A-Za-z]\\$[A-Za-z0-9]", Pattern.CASE_INSENSITIVE);
  static final List<HttpResponse<String>> SEEN = new ArrayList<>();

  @BeforeAll
  static void start() {
    service = Service.start("--community-budgets.limits.max-body=64KB", "--community-budgets.limits.max-string=200",
        "--community-budgets.limits.max-stream-records=3");
  }

  @AfterAll
  static void stop() {
    for (HttpResponse<String> r : SEEN) {
      assertFalse(LEAK.matcher(r.body()).find(), "an answer leaks the service's insides: " + r.body());
    }
    service.close();
  }

  /** The problem of an answer, checked to be one of the kind. */
  static JsonNode problem(HttpResponse<String> r, Problem.Kind kind) {
    SEEN.add(r);
    assertEquals(kind.status, r.statusCode(), r.body());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow(), r.body());
    JsonNode p = Service.json(r);
    assertEquals(Problem.TYPES + kind.slug, p.get("type").asText());
    assertEquals(kind.status, p.get("status").asInt());
    assertEquals(kind.title, p.get("title").asText());
    assertFalse(p.get("detail").asText().isBlank());
    return p;
  }

  @Test
  void malformedJsonIs400WithTheLineAndColumn() {
    JsonNode p = problem(service.postJson(IDENTIFY, Service.KENT_KEY, "{\"id\": \"f-1\",\n  \"authority\": }"), Problem.Kind.MALFORMED_JSON);
    assertTrue(p.get("detail").asText().startsWith("the body is not well-formed JSON at line 2, column 16"), p.toString());
    problem(service.postJson(IDENTIFY, Service.KENT_KEY, ""), Problem.Kind.MALFORMED_JSON);
  }

  @Test
  void aBodyTheDomainRefusesIs422WithEveryProblemAtItsPointer() {
    String family = """
        {"id": "f-1", "authority": "Kent!", "colour": "red",
         "members": [{"id": "c-1", "dateOfBirth": "2000-09-14", "role": "KID"}],
         "indicators": [{"indicator": "proven-offence", "offender": "c-1", "provenOn": "2012-03-15"}]}
        """;
    JsonNode p = problem(service.postJson(IDENTIFY, Service.KENT_KEY, family), Problem.Kind.INVALID_RECORD);
    List<String> pointers = new ArrayList<>();
    p.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
    assertTrue(pointers.containsAll(List.of("/authority", "/colour", "/members/0/role")), p.toString());
    assertEquals(p.get("errors").size() + " problems were found in the body; each is under errors, at its JSON Pointer", p.get("detail").asText());
  }

  @Test
  void aValueOnlyTheDomainRefusesIs422WithTheDomainsMessageAtItsPointer() {
    String family = """
        {"id": "f-1", "authority": "kent", "members": [{"id": "c-1", "dateOfBirth": "2000-09-14", "role": "CHILD"}],
         "indicators": [{"indicator": "term-attendance", "child": "c-1", "term": {"year": 2011, "season": "AUTUMN"},
           "possibleSessions": 10, "authorisedAbsences": 0, "unauthorisedAbsences": 30}]}
        """;
    JsonNode p = problem(service.postJson(IDENTIFY, Service.KENT_KEY, family), Problem.Kind.INVALID_RECORD);
    JsonNode e = p.get("errors").get(0);
    assertEquals("/indicators/0", e.get("pointer").asText());
    assertTrue(e.get("detail").asText().startsWith("unauthorised absence must be within 0–100% of possible sessions, was 300%"), e.toString());
  }

  @Test
  void theMembersOfARequestAreCheckedTogether() {
    JsonNode p = problem(service.postJson("/v1/rule-sets/standard/claims?asOf=2013-01-01", Service.KENT_KEY,
        "{\"claim\": {\"id\": \"k-1\"}, \"familiesAlreadyFunded\": -2, \"target\": []}"), Problem.Kind.INVALID_RECORD);
    List<String> all = new ArrayList<>();
    p.get("errors").forEach(e -> all.add(e.get("pointer").asText() + " " + e.get("detail").asText()));
    assertTrue(all.contains(" required member 'family' is missing"), all.toString());
    assertTrue(all.stream().anyMatch(s -> s.startsWith("/claim ")), all.toString());
    assertTrue(all.stream().anyMatch(s -> s.startsWith("/target ")), all.toString());
    assertTrue(all.contains("/familiesAlreadyFunded must be a whole number of families, 0 or more; was -2"), all.toString());
    JsonNode notObject = problem(service.postJson("/v1/rule-sets/standard/results?asOf=2013-01-01", Service.KENT_KEY, "[1, 2]"), Problem.Kind.INVALID_RECORD);
    assertEquals("the body must be a JSON object, was an array", notObject.get("detail").asText());
  }

  @Test
  void anUnknownRuleSetIs404() {
    JsonNode p = problem(service.postJson("/v1/rule-sets/nowhere/identify?asOf=2012-10-01", Service.ADMIN_KEY, Service.kentFamily()),
        Problem.Kind.UNKNOWN_RULE_SET);
    assertEquals("nowhere", p.get("ruleSet").asText());
    problem(service.get("/v1/no-such-thing", Service.ADMIN_KEY), Problem.Kind.NOT_FOUND);
  }

  @Test
  void wrongMediaTypesAre406And415() {
    problem(service.send(service.request(IDENTIFY, Service.KENT_KEY).header("Content-Type", "application/json").header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(Service.kentFamily())).build()), Problem.Kind.NOT_ACCEPTABLE);
    problem(service.post(IDENTIFY, Service.KENT_KEY, "text/plain", Service.kentFamily()), Problem.Kind.UNSUPPORTED_MEDIA_TYPE);
    problem(service.post("/v1/rule-sets/standard/identify/stream?asOf=2012-10-01", Service.KENT_KEY, "application/json", Service.kentFamily()),
        Problem.Kind.UNSUPPORTED_MEDIA_TYPE);
    problem(service.get(IDENTIFY, Service.KENT_KEY), Problem.Kind.METHOD_NOT_ALLOWED);
  }

  @Test
  void eachLimitIs413NamingIt() {
    JsonNode big = problem(service.postJson(IDENTIFY, Service.KENT_KEY, " ".repeat(70_000) + Service.kentFamily()), Problem.Kind.TOO_LARGE);
    assertTrue(big.get("detail").asText().contains("limit of 65536 bytes"), big.toString());
    JsonNode deep = problem(service.postJson(IDENTIFY, Service.KENT_KEY, "[".repeat(40) + "]".repeat(40)), Problem.Kind.TOO_LARGE);
    assertTrue(deep.get("detail").asText().contains("nested deeper than the limit of 32"), deep.toString());
    JsonNode longString = problem(service.postJson(IDENTIFY, Service.KENT_KEY, "{\"id\": \"" + "f".repeat(300) + "\"}"), Problem.Kind.TOO_LARGE);
    assertTrue(longString.get("detail").asText().contains("longer than the limit of 200 characters"), longString.toString());
  }

  @Test
  void aStreamPastItsLimitOfRecordsSaysSoInItsLastRow() throws Exception {
    String body = String.join("\n", Service.sampleFamilies().subList(0, 5));
    HttpResponse<String> r = service.post("/v1/rule-sets/standard/identify/stream?asOf=2012-10-01", Service.KENT_KEY, "application/x-ndjson", body);
    List<String> rows = r.body().lines().toList();
    assertEquals(4, rows.size(), r.body());
    JsonNode last = Service.JSON.readTree(rows.get(3));
    assertEquals(4, last.get("line").asInt());
    assertTrue(last.get("error").asText().startsWith("the stream has more than 3 records"), last.toString());
  }

  @Test
  void parametersOfTheQueryAre400() {
    JsonNode missing = problem(service.postJson("/v1/rule-sets/standard/identify", Service.KENT_KEY, Service.kentFamily()), Problem.Kind.INVALID_PARAMETER);
    assertTrue(missing.get("detail").asText().startsWith("the query parameter 'asOf' is required"), missing.toString());
    problem(service.postJson("/v1/rule-sets/standard/identify?asOf=2012-13-01", Service.KENT_KEY, Service.kentFamily()), Problem.Kind.INVALID_PARAMETER);
    JsonNode outside = problem(service.postJson("/v1/rule-sets/standard/identify?asOf=1999-01-01", Service.KENT_KEY, Service.kentFamily()),
        Problem.Kind.INVALID_PARAMETER);
    assertTrue(outside.get("detail").asText().contains("from 2010-04-01 to 2031-03-31"), outside.toString());
  }

  @Test
  void aRequestPinnedToAnotherFingerprintIs412WithTheOneInForce() {
    JsonNode p = problem(service.send(service.request(IDENTIFY, Service.KENT_KEY).header("Content-Type", "application/json")
        .header("If-Match", "\"sha256:0000\"").POST(HttpRequest.BodyPublishers.ofString(Service.kentFamily())).build()),
        Problem.Kind.FINGERPRINT_MISMATCH);
    assertEquals(DecisionServiceTest.ENGINE.fingerprint(), p.get("fingerprint").asText());
    HttpResponse<String> pinned = service.send(service.request(IDENTIFY, Service.KENT_KEY).header("Content-Type", "application/json")
        .header("If-Match", "\"" + DecisionServiceTest.ENGINE.fingerprint() + "\"").POST(HttpRequest.BodyPublishers.ofString(Service.kentFamily())).build());
    assertEquals(200, pinned.statusCode(), pinned.body());
  }
}
