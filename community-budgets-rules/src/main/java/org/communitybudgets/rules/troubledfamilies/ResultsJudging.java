package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.ResultVerdict;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.family.Phase1Criterion;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.sessions.Decisions;
import org.communitybudgets.rules.internal.sessions.EngineParts;
import org.communitybudgets.rules.internal.sessions.Finding;
import org.communitybudgets.rules.internal.sessions.Sessions;

/** Troubled Families results: which results families have achieved, in one session per chunk. */
public final class ResultsJudging {
  private final EngineParts parts;
  private final Identifying identifying;

  /**
   * Made by the engine from its internal parts; callers reach this through the engine.
   *
   * @hidden
   */
  @SuppressWarnings("exports") // the engine's parts are not exported
  public ResultsJudging(EngineParts parts, Identifying identifying) {
    this.parts = parts;
    this.identifying = identifying;
  }


  /** The outcomes plans by authority. */
  public static Map<AreaId, OutcomesPlan> byAuthority(Collection<OutcomesPlan> plans) {
    Objects.requireNonNull(plans, "outcomes plans are required");
    Map<AreaId, OutcomesPlan> byAuthority = new HashMap<>();
    for (OutcomesPlan plan : plans) {
      if (byAuthority.put(plan.authority(), plan) != null) {
        throw new IllegalArgumentException("outcomes plans must be one per authority, was two for " + plan.authority());
      }
    }
    return byAuthority;
  }

  /**
   * Decides one family's results, by its authority's outcomes plan if one is given.
   *
   * @throws IllegalArgumentException if the plan is another authority's
   */
  public Results decide(Family family, Optional<OutcomesPlan> plan, LocalDate asOf) {
    Objects.requireNonNull(family, "family is required");
    Objects.requireNonNull(plan, "outcomes plan is required");
    plan.filter(p -> !p.authority().equals(family.authority())).ifPresent(p -> {
      throw new IllegalArgumentException(
          "the outcomes plan must be of the family's authority " + family.authority() + ", was " + p.authority() + " for family " + family.id());
    });
    return decide(List.of(family), byAuthority(plan.stream().toList()), asOf).get(0);
  }

  /** Decides the families' results, each by its authority's plan if there is one, in one session. */
  public List<Results> decide(List<Family> families, Map<AreaId, OutcomesPlan> plans, LocalDate asOf) {
    Map<String, Identification> atAttachment = identifiedAtAttachment(families, asOf);
    List<Object> facts = new ArrayList<>();
    facts.add(new Policy(parts.parameters(), asOf));
    List<ResultsCase> cases = new ArrayList<>();
    for (Family f : families) {
      Optional<Identification> i = Optional.ofNullable(atAttachment.get(f.id().value()));
      Set<Phase2Problem> problems = i.filter(x -> x.phase().equals(Optional.of(ProgrammePhase.PHASE_2)))
          .map(x -> x.criteriaMet().stream().map(Phase2Problem.class::cast).collect(Collectors.toSet()))
          .orElse(Set.of());
      Set<Phase1Criterion> criteria = i.filter(x -> x.phase().equals(Optional.of(ProgrammePhase.PHASE_1)))
          .map(x -> x.criteriaMet().stream().filter(Phase1Criterion.class::isInstance).map(Phase1Criterion.class::cast).collect(Collectors.toSet()))
          .orElse(Set.of());
      ResultsCase rc = new ResultsCase(
          f, asOf, Optional.ofNullable(plans.get(f.authority())), i.flatMap(Identification::phase), problems, criteria);
      cases.add(rc);
      facts.add(rc);
    }
    String what = families.size() == 1 ? cases.get(0).toString() : "results of " + families.size() + " families on " + asOf;
    Sessions.Run run = parts.sessions().run(facts, what, families.size());
    Map<String, ProgrammePhase> phases = new HashMap<>();
    run.facts(AttachedInPhase.class).forEach(a -> phases.put(a.family(), a.phase()));
    Map<String, Set<ClaimKind>> achieved = new HashMap<>();
    run.facts(ResultAchieved.class).forEach(a -> achieved.computeIfAbsent(a.family(), k -> new HashSet<>()).add(a.result()));
    Map<String, List<Finding>> findings = Decisions.bySubject(run.findings());
    List<Results> out = new ArrayList<>(families.size());
    for (ResultsCase rc : cases) {
      List<Reason> own = Decisions.deferred(findings.getOrDefault(rc.id(), List.of()));
      Set<ClaimKind> got = achieved.getOrDefault(rc.id(), Set.of());
      Decision<ResultVerdict> decision =
          new Decision<>(
              "results of family " + rc.id(),
              got.isEmpty() ? ResultVerdict.NOT_ACHIEVED : ResultVerdict.ACHIEVED,
              own,
              asOf,
              parts.provenance());
      out.add(new Results(rc.family().id(), asOf, Optional.ofNullable(phases.get(rc.id())), got, decision));
    }
    return out;
  }

  /**
   * Each attached family's identification on its day of attachment, by the phase then running: the
   * phase-2 problems its progress is judged against, and the phase-1 criteria that decide whether
   * an empty window before attachment is neutral.
   */
  private Map<String, Identification> identifiedAtAttachment(List<Family> families, LocalDate asOf) {
    Policy policy = new Policy(parts.parameters(), asOf);
    LocalDate first = policy.date("tf.phase1.first-day");
    LocalDate last = policy.date("tf.phase2.last-day");
    Map<LocalDate, List<Family>> byDay = new LinkedHashMap<>();
    for (Family f : families) {
      f.attachment()
          .map(a -> a.attachedOn())
          .filter(d -> !d.isAfter(asOf) && !d.isBefore(first) && !d.isAfter(last))
          .ifPresent(d -> byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(f));
    }
    Map<String, Identification> out = new HashMap<>();
    byDay.forEach((day, group) -> {
      for (Identification i : identifying.decide(group, day)) {
        out.put(i.family().value(), i);
      }
    });
    return out;
  }
}
