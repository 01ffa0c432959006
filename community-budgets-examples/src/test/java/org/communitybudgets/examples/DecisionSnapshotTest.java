package org.communitybudgets.examples;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communitybudgets.report.GreaterManchesterPool;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every decision of the standard rules on a fixed set of cases, reasons and all, as it reads to a
 * user: the verdict, each reason's rule, effect, statement, source, facts, parameters and unmet
 * condition, in order. The digests of those texts are kept in {@code decision-snapshot.sha256}, so
 * that a change of how the engine works underneath can be shown to change no decision, and a
 * change of policy shows exactly which decisions it changes. After a deliberate change of
 * policy, rewrite the file with {@code -Dsnapshot.write=PATH}.
 */
class DecisionSnapshotTest {
  private static final String SNAPSHOT = "decision-snapshot.sha256";
  private static final int FAMILIES = 600;
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  @Test
  void everyDecisionReadsAsRecorded() throws IOException {
    Map<String, String> rendered = new LinkedHashMap<>();
    for (LocalDate day : List.of(LocalDate.of(2011, 6, 1), LocalDate.of(2012, 10, 1), LocalDate.of(2013, 4, 1), LocalDate.of(2014, 3, 31))) {
      PoolAssessment a = engine.assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), day);
      a.contributions().forEach((id, d) -> rendered.put("pool " + day + " " + id, render(d)));
      rendered.put("pool " + day + " findings", reasons(a.poolFindings()) + " requested " + a.requested() + " allowed " + a.allowed());
    }
    for (ProgrammePhase phase : ProgrammePhase.values()) {
      SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("greater-manchester"), phase, FAMILIES, SyntheticCohort.STANDARD_SEED);
      List<Family> families = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      cohort.stream().forEach(f -> {
        if (f instanceof CohortFamily.Valid v) {
          families.add(v.family());
          claims.addAll(v.claims());
        }
      });
      java.util.Optional<OutcomesPlan> plan = cohort.plans().stream().findFirst();
      for (Family f : families) {
        Identification i = engine.identify(f, cohort.identifiedOn());
        rendered.put(phase + " identify " + f.id(), i.phase() + " " + i.criteriaMet() + " " + render(i.decision()));
        Results r = plan.isPresent() ? engine.results(f, plan.get(), cohort.reviewedOn()) : engine.results(f, cohort.reviewedOn());
        rendered.put(phase + " results " + f.id(), r.phase() + " " + r.achieved() + " " + render(r.decision()));
      }
      Ledger ledger = engine.ledger(cohort.targets().get(0), families, claims, cohort.plans(), cohort.reviewedOn());
      for (ClaimDecision c : ledger.claims()) {
        rendered.put(phase + " claim " + c.claim(), c.kind() + " " + c.payable() + " " + render(c.decision()));
      }
      rendered.put(phase + " ledger", String.join(" ", ledger.authority().toString(), ledger.phase().toString(), ledger.asOf().toString(),
          String.valueOf(ledger.target()), String.valueOf(ledger.familiesIdentified()), String.valueOf(ledger.familiesAttached()),
          String.valueOf(ledger.familiesTurnedAround()), ledger.paidByYear().toString(), ledger.interventionCost().toString(),
          ledger.centralShare().toString(), ledger.localShare().toString()));
    }
    StringBuilder digests = new StringBuilder();
    rendered.forEach((k, v) -> digests.append(Hashing.sha256().hashString(v, StandardCharsets.UTF_8).toString(), 0, 16).append(' ').append(k).append('\n'));
    String write = System.getProperty("snapshot.write");
    if (write != null) {
      Files.writeString(Path.of(write), digests.toString(), StandardCharsets.UTF_8);
      Files.writeString(Path.of(write + ".txt"), String.join("\n", rendered.entrySet().stream().map(e -> e.getKey() + "\n" + e.getValue()).toList()), StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = Objects.requireNonNull(DecisionSnapshotTest.class.getResourceAsStream(SNAPSHOT), SNAPSHOT)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(digests.toString())) {
      List<String> want = expected.lines().toList();
      List<String> got = digests.toString().lines().toList();
      List<String> differing = new ArrayList<>();
      for (int n = 0; n < Math.max(want.size(), got.size()) && differing.size() < 5; n++) {
        String w = n < want.size() ? want.get(n) : "(none)";
        String g = n < got.size() ? got.get(n) : "(none)";
        if (!w.equals(g)) {
          String key = g.substring(g.indexOf(' ') + 1);
          differing.add("expected " + w + "\n     got " + g + "\n" + rendered.get(key));
        }
      }
      fail(differing.size() + "+ decisions differ from the snapshot (" + want.size() + " recorded, " + got.size() + " made):\n" + String.join("\n\n", differing));
    }
    assertEquals(expected, digests.toString());
  }

  private static String render(Decision<?> d) {
    return d.subject() + " " + d.verdict() + " on " + d.asOf() + reasons(d.reasons());
  }

  private static String reasons(List<Reason> reasons) {
    StringBuilder s = new StringBuilder();
    for (Reason r : reasons) {
      s.append("\n  ").append(r.effect()).append(" | ").append(r.rule()).append(" | ").append(r.statement())
          .append(" | ").append(r.source()).append(" | ").append(r.facts()).append(" | ").append(r.parameters())
          .append(" | ").append(r.unmetCondition());
    }
    return s.toString();
  }
}
