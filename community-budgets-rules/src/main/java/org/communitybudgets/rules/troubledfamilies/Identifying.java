package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.family.Criterion;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.sessions.Decisions;
import org.communitybudgets.rules.internal.sessions.EngineParts;
import org.communitybudgets.rules.internal.sessions.Finding;
import org.communitybudgets.rules.internal.sessions.Sessions;

/** Troubled Families identification: which families are in the programme, in one session per chunk. */
public final class Identifying {
  private final EngineParts parts;

  /**
   * Made by the engine from its internal parts; callers reach this through the engine.
   *
   * @hidden
   */
  @SuppressWarnings("exports") // the engine's parts are not exported
  public Identifying(EngineParts parts) {
    this.parts = parts;
  }


  /** Decides identification for one family. */
  public Identification decide(Family family, LocalDate asOf) {
    return decide(List.of(java.util.Objects.requireNonNull(family, "family is required")), asOf).get(0);
  }

  /** Decides identification for the families, in one session. */
  public List<Identification> decide(List<Family> families, LocalDate asOf) {
    List<Object> facts = new ArrayList<>();
    facts.add(new Policy(parts.parameters(), asOf));
    List<FamilyCase> cases = new ArrayList<>();
    for (Family f : families) {
      FamilyCase fc = new FamilyCase(f, asOf);
      cases.add(fc);
      facts.add(fc);
    }
    String what = families.size() == 1 ? cases.get(0).toString() : families.size() + " families on " + asOf;
    Sessions.Run run = parts.sessions().run(facts, what, families.size());
    Map<String, ProgrammePhase> phases = new HashMap<>();
    run.facts(PhaseInForce.class).forEach(p -> phases.put(p.family(), p.phase()));
    Set<String> identified =
        run.facts(Identified.class).stream().map(Identified::family).collect(Collectors.toSet());
    Map<String, List<Finding>> findings = Decisions.bySubject(run.findings());
    Map<String, Set<Criterion>> criteria = new HashMap<>();
    for (CriterionMet c : run.facts(CriterionMet.class)) {
      criteria.computeIfAbsent(c.family(), k -> new HashSet<>()).add(c.met());
    }
    List<Identification> out = new ArrayList<>(families.size());
    for (FamilyCase fc : cases) {
      Decision<EligibilityVerdict> decision =
          new Decision<>(
              "family " + fc.id(),
              identified.contains(fc.id()) ? EligibilityVerdict.ELIGIBLE : EligibilityVerdict.NOT_ELIGIBLE,
              Decisions.deferred(findings.getOrDefault(fc.id(), List.of())),
              asOf,
              parts.provenance());
      out.add(new Identification(
          fc.family().id(), asOf, Optional.ofNullable(phases.get(fc.id())), criteria.getOrDefault(fc.id(), Set.of()), decision));
    }
    return out;
  }
}
