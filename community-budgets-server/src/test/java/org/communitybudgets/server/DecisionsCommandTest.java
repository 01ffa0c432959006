package org.communitybudgets.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitybudgets.cli.CommunityBudgetsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's {@code decisions} against the service: list, export and replay of what the
 * service recorded, with the key read from a file, and clear errors when no service answers or
 * the key is refused.
 */
class DecisionsCommandTest {
  @TempDir
  Path folder;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CommunityBudgetsCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void decisionsAreListedExportedAndReplayedFromTheCommandLine() throws Exception {
    Path key = Files.writeString(folder.resolve("key"), Service.ADMIN_KEY + "\n");
    try (Service s = Service.start("--community-budgets.decision-log.input=full")) {
      List<String> ids = new ArrayList<>();
      for (String family : Service.sampleFamilies().subList(0, 3)) {
        ids.add(Service.json(s.postJson(DecisionLogContract.IDENTIFY, Service.KENT_KEY, family)).get("decision").asText());
      }
      assertEquals(201, RuleSetsTest.deploy(s, "kent", Map.of("rules/early-help.drl", Bundles.KENT_DRL)).statusCode());
      String onKent = Service.json(s.postJson("/v1/rule-sets/kent/identify?asOf=2012-10-01", Service.KENT_KEY, Service.kentFamily()))
          .get("decision").asText();
      String base = s.base.toString();

      Run list = run("decisions", "list", "--service", base, "--api-key-file", key.toString());
      assertEquals(0, list.code(), list.err());
      List<String> lines = list.out().lines().toList();
      assertEquals(4, lines.size(), list.out());
      assertTrue(lines.get(0).startsWith(ids.get(0) + "  "), list.out());
      assertTrue(lines.get(0).contains("  standard  family f-1001  "), list.out());
      assertEquals("4 decisions", list.err().strip());

      Run family = run("decisions", "list", "--service", base, "--api-key-file", key.toString(), "--rule-set", "kent", "--format", "jsonl");
      assertEquals(1, family.out().lines().count(), family.out());
      assertEquals(onKent, Service.JSON.readTree(family.out()).get("decision").asText());

      Run export = run("decisions", "export", "--service", base, "--api-key-file", key.toString());
      assertEquals(4, export.out().lines().count());
      for (String line : export.out().lines().toList()) {
        ContractCheck.validate("/components/schemas/DecisionRecord", line, "an exported record");
      }

      Run one = run("decisions", "replay", ids.get(0), "--service", base, "--api-key-file", key.toString());
      assertEquals(0, one.code(), one.err());
      assertTrue(one.out().startsWith(ids.get(0) + "  IDENTICAL  decided again under the rule set it was made with"), one.out());

      String changed = Bundles.KENT_DRL.replace("flagged for review by Kent's early help team", "flagged for Kent's family support panel");
      assertEquals(200, RuleSetsTest.deploy(s, "kent", Map.of("rules/early-help.drl", changed)).statusCode());
      Run range = run("decisions", "replay", "--service", base, "--api-key-file", key.toString());
      assertEquals(CommunityBudgetsCli.SOME_INVALID, range.code(), range.err());
      List<String> replayed = range.out().lines().toList();
      assertEquals("3 identical, 1 differ, 0 not replayable", replayed.get(replayed.size() - 1));
      assertTrue(range.out().contains(onKent + "  DIFFERS  "), range.out());
      assertTrue(range.out().contains("    reasons: recorded "), range.out());
    }
  }

  @Test
  void aServiceThatDoesNotAnswerOrRefusesTheKeySaysSo() throws Exception {
    Path key = Files.writeString(folder.resolve("key"), "cb_not-a-key");
    Run none = run("decisions", "list", "--service", "http://127.0.0.1:1", "--api-key-file", key.toString());
    assertEquals(CommunityBudgetsCli.USAGE_OR_RULES, none.code());
    assertEquals("decisions: no decision service answers at http://127.0.0.1:1/ (--service or COMMUNITY_BUDGETS_SERVICE)", none.err().strip().replace("list: ", "decisions: "));
    try (Service s = Service.start()) {
      Run refused = run("decisions", "export", "--service", s.base.toString(), "--api-key-file", key.toString());
      assertEquals(CommunityBudgetsCli.USAGE_OR_RULES, refused.code());
      assertTrue(refused.err().contains("the service answered 401 to GET /v1/decisions/export: "), refused.err());
    }
  }
}
