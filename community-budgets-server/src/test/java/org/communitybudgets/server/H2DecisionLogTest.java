package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decision log on its embedded default: an H2 file; and the service without a log. */
class H2DecisionLogTest extends DecisionLogContract {
  @Override
  LogDatabase database() {
    return LogDatabase.h2(Service.temporaryFolder());
  }

  @Test
  void withoutALogDecisionsAreAnsweredWithTheirIdsAndTheLogsAddressesAreNotFound() {
    try (Service s = Service.start("--community-budgets.decision-log.enabled=false")) {
      JsonNode a = ok(s.postJson(IDENTIFY, Service.KENT_KEY, Service.kentFamily()));
      UUID.fromString(a.get("decision").asText());
      JsonNode p = ProblemsTest.problem(s.get("/v1/decisions", Service.KENT_KEY), Problem.Kind.NOT_FOUND);
      assertEquals("this service keeps no decision log (community-budgets.decision-log.enabled is false)", p.get("detail").asText());
      ProblemsTest.problem(s.get("/v1/decisions/" + a.get("decision").asText(), Service.KENT_KEY), Problem.Kind.NOT_FOUND);
    }
  }
}
