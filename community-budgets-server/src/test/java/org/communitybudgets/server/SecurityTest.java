package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secure by default: every address but health and the contract refuses a call without
 * credentials; a council's key uses only the standard rule set and its own; only an administrator
 * deploys; a bearer token from the configured identity provider is checked for its signature,
 * issuer and expiry; and every answer carries the security headers.
 */
class SecurityTest {
  static final String ISSUER = "https://login.kent.example/realms/early-help";
  static Service service;
  static KeyPair keys;

  /** Every address of the service, as a request without credentials. */
  static List<HttpRequest.Builder> everyAddress(Service s, String ruleSet) {
    String family = Service.kentFamily();
    return List.of(
        s.request("/v1/rule-sets", null).GET(),
        s.request("/v1/rule-sets/" + ruleSet, null).GET(),
        s.request("/v1/rule-sets/" + ruleSet + "/parameters?asOf=2012-10-01", null).GET(),
        s.request("/v1/rule-sets/" + ruleSet + "/identify?asOf=2012-10-01", null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(family)),
        s.request("/v1/rule-sets/" + ruleSet + "/identify/stream?asOf=2012-10-01", null).header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(family)),
        s.request("/v1/rule-sets/" + ruleSet + "/results?asOf=2012-10-01", null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"family\": " + family + "}")),
        s.request("/v1/rule-sets/" + ruleSet + "/claims?asOf=2012-10-01", null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")),
        s.request("/v1/rule-sets/" + ruleSet + "/assess?asOf=2012-10-01", null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")),
        s.request("/v1/rule-sets/" + ruleSet + "/report?asOf=2012-10-01", null).GET(),
        s.request("/v1/rule-sets/" + ruleSet + "/report?asOf=2012-10-01", null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
  }

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
    Path pem = dir.resolve("issuer.pem");
    Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n");
    service = Service.start("--community-budgets.security.jwt.public-key=" + pem, "--community-budgets.security.jwt.issuer=" + ISSUER,
        "--community-budgets.security.jwt.audience=community-budgets");
    HttpResponse<String> deployed = deploy(service, "kent", Service.ADMIN_KEY);
    assertEquals(201, deployed.statusCode(), deployed.body());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static HttpResponse<String> deploy(Service s, String name, String key) {
    return s.send(s.request("/v1/rule-sets/" + name, key).header("Content-Type", "application/zip")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(Bundles.zip(Map.of("rules/early-help.drl", Bundles.KENT_DRL)))).build());
  }

  @Test
  void everyAddressRefusesACallWithoutCredentials() {
    for (HttpRequest.Builder b : everyAddress(service, "standard")) {
      HttpRequest r = b.build();
      HttpResponse<String> answer = service.send(r);
      JsonNode p = ProblemsTest.problem(answer, Problem.Kind.UNAUTHENTICATED);
      assertTrue(answer.headers().firstValue("WWW-Authenticate").isPresent(), r.uri().toString());
      assertFalse(p.toString().contains("f-1001"), "a refusal echoes nothing of the body");
    }
    ProblemsTest.problem(service.send(service.request("/v1/rule-sets/kent", null).header("Content-Type", "application/zip")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(Bundles.zip(Map.of("rules/a.drl", Bundles.KENT_DRL)))).build()), Problem.Kind.UNAUTHENTICATED);
    ProblemsTest.problem(service.get("/actuator/prometheus", null), Problem.Kind.UNAUTHENTICATED);
    ProblemsTest.problem(service.get("/v1/rule-sets", "cb_not-a-key-the-service-knows"), Problem.Kind.UNAUTHENTICATED);
  }

  @Test
  void healthAndTheContractNeedNoCredentials() {
    assertEquals(200, service.get("/actuator/health/liveness", null).statusCode());
    assertEquals(200, service.get("/actuator/health/readiness", null).statusCode());
  }

  @Test
  void aCouncilUsesTheStandardRuleSetAndItsOwnOnly() {
    for (HttpRequest.Builder b : everyAddress(service, "kent").subList(1, 10)) {
      HttpRequest r = b.header("X-API-Key", Service.MEDWAY_KEY).build();
      JsonNode p = ProblemsTest.problem(service.send(r), Problem.Kind.FORBIDDEN);
      assertEquals("the credentials given do not grant rule set 'kent'", p.get("detail").asText(), r.uri().toString());
    }
    // Another council cannot tell a rule set it is not granted from one that does not exist.
    ProblemsTest.problem(service.get("/v1/rule-sets/surrey", Service.MEDWAY_KEY), Problem.Kind.FORBIDDEN);
    HttpResponse<String> own = service.postJson("/v1/rule-sets/kent/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily());
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(Service.json(own).get("rules").toString().contains("Kent's families are flagged for the early help team"));
    assertEquals(200, service.postJson("/v1/rule-sets/standard/identify?asOf=2012-10-01", Service.MEDWAY_KEY, Service.kentFamily()).statusCode());
    JsonNode listed = Service.json(service.get("/v1/rule-sets", Service.MEDWAY_KEY));
    assertEquals(List.of("standard"), DecisionServiceTest.strings(listed.get("ruleSets").findValues("name")));
    JsonNode all = Service.json(service.get("/v1/rule-sets", Service.ADMIN_KEY));
    assertEquals(List.of("kent", "standard"), DecisionServiceTest.strings(all.get("ruleSets").findValues("name")));
  }

  @Test
  void onlyAnAdministratorDeploys() {
    JsonNode p = ProblemsTest.problem(deploy(service, "kent", Service.KENT_KEY), Problem.Kind.FORBIDDEN);
    assertTrue(p.get("detail").asText().contains("administrator"), p.toString());
    ProblemsTest.problem(deploy(service, "standard", Service.ADMIN_KEY), Problem.Kind.FORBIDDEN);
  }

  @Test
  void aBearerTokenFromTheIssuerGrantsItsRuleSets() throws Exception {
    String kent = token(ISSUER, Map.of("rule_sets", List.of("kent"), "client_id", "kent-case-management"), Instant.now().plusSeconds(300));
    HttpResponse<String> ok = service.send(bearer("/v1/rule-sets/kent/identify?asOf=2012-10-01", kent));
    assertEquals(200, ok.statusCode(), ok.body());
    ProblemsTest.problem(service.send(bearer("/v1/rule-sets/medway/identify?asOf=2012-10-01", kent)), Problem.Kind.FORBIDDEN);
    String elsewhere = token("https://login.elsewhere.example", Map.of("rule_sets", List.of("kent")), Instant.now().plusSeconds(300));
    ProblemsTest.problem(service.send(bearer("/v1/rule-sets/kent/identify?asOf=2012-10-01", elsewhere)), Problem.Kind.UNAUTHENTICATED);
    String expired = token(ISSUER, Map.of("rule_sets", List.of("kent")), Instant.now().minusSeconds(600));
    ProblemsTest.problem(service.send(bearer("/v1/rule-sets/kent/identify?asOf=2012-10-01", expired)), Problem.Kind.UNAUTHENTICATED);
    ProblemsTest.problem(service.send(bearer("/v1/rule-sets/kent/identify?asOf=2012-10-01", kent.substring(0, kent.length() - 4) + "AAAA")),
        Problem.Kind.UNAUTHENTICATED);
    JWTClaimsSet.Builder other = new JWTClaimsSet.Builder().issuer(ISSUER).audience("another-service").expirationTime(Date.from(Instant.now().plusSeconds(300)))
        .claim("rule_sets", List.of("kent"));
    SignedJWT forAnother = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), other.build());
    forAnother.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    ProblemsTest.problem(service.send(bearer("/v1/rule-sets/kent/identify?asOf=2012-10-01", forAnother.serialize())), Problem.Kind.UNAUTHENTICATED);
    String admin = token(ISSUER, Map.of("scope", "community-budgets.admin"), Instant.now().plusSeconds(300));
    HttpResponse<String> deployed = service.send(service.request("/v1/rule-sets/kent", null).header("Authorization", "Bearer " + admin)
        .header("Content-Type", "application/zip").PUT(HttpRequest.BodyPublishers.ofByteArray(Bundles.zip(Map.of("rules/early-help.drl", Bundles.KENT_DRL)))).build());
    assertEquals(200, deployed.statusCode(), deployed.body());
    ProblemsTest.problem(service.send(service.request("/v1/rule-sets/kent", null).header("Authorization", "Bearer " + kent)
        .header("Content-Type", "application/zip").PUT(HttpRequest.BodyPublishers.ofByteArray(Bundles.zip(Map.of("rules/early-help.drl", Bundles.KENT_DRL)))).build()),
        Problem.Kind.FORBIDDEN);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoCors() {
    HttpResponse<String> r = service.postJson("/v1/rule-sets/standard/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily());
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals(Pages.API_POLICY, r.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertTrue(r.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));
    assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElseThrow());
    assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow());
    HttpResponse<String> preflight = service.send(service.request("/v1/rule-sets", null).header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
  }

  @Test
  void switchedOffForLocalDevelopmentEveryCallIsAllowed() {
    try (Service open = Service.start("--community-budgets.security.enabled=false")) {
      HttpResponse<String> r = open.postJson("/v1/rule-sets/standard/identify?asOf=2012-10-01", null, Service.kentFamily());
      assertEquals(200, r.statusCode(), r.body());
    }
  }

  private static HttpRequest bearer(String path, String token) {
    return service.request(path, null).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Service.kentFamily())).build();
  }

  static String token(String issuer, Map<String, Object> claims, Instant expires) throws Exception {
    JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().issuer(issuer).subject("kent-case-management").audience("community-budgets").issueTime(Date.from(expires.minusSeconds(900)))
        .expirationTime(Date.from(expires));
    claims.forEach(c::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), c.build());
    jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    return jwt.serialize();
  }
}
