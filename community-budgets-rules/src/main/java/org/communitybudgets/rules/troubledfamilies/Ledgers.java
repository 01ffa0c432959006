package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.EngineParts;
import org.communitybudgets.time.FinancialYear;

/** Troubled Families ledgers: an authority's families, claims and money for a phase. */
public final class Ledgers {
  private final EngineParts parts;
  private final Identifying identifying;
  private final ResultsJudging results;
  private final Claims claims;

  public Ledgers(EngineParts parts, Identifying identifying, ResultsJudging results, Claims claims) {
    this.parts = parts;
    this.identifying = identifying;
    this.results = results;
    this.claims = claims;
  }

  /** The authority's ledger; see {@link CommunityBudgetsEngine#ledger}. */
  public Ledger decide(
      AuthorityTarget target,
      Collection<Family> families,
      Collection<Claim> claims,
      Collection<OutcomesPlan> plans,
      LocalDate asOf) {
    Objects.requireNonNull(target, "target is required");
    Objects.requireNonNull(families, "families are required");
    Objects.requireNonNull(claims, "claims are required");
    Objects.requireNonNull(asOf, "business date is required");
    Map<AreaId, OutcomesPlan> byAuthority = ResultsJudging.byAuthority(plans);
    AreaId authority = target.authority();
    Map<org.communitybudgets.family.FamilyId, Family> byId = new LinkedHashMap<>();
    for (Family f : families) {
      if (!f.authority().equals(authority)) {
        throw new IllegalArgumentException("families must be " + authority + "'s, was family " + f.id() + " of " + f.authority());
      }
      if (byId.put(f.id(), f) != null) {
        throw new IllegalArgumentException("family ids must be unique, was " + f.id() + " twice for the ledger of " + authority);
      }
    }
    List<Family> list = List.copyOf(byId.values());
    long identified = list.isEmpty() ? 0 : identifying.decide(list, asOf).stream().filter(Identification::isEligible).count();
    List<Results> judged = list.isEmpty() ? List.of() : results.decide(list, byAuthority, asOf);
    long attached = judged.stream().filter(r -> r.phase().equals(Optional.of(target.phase()))).count();
    long turnedAround =
        judged.stream()
            .filter(r -> r.phase().equals(Optional.of(target.phase())))
            .filter(r -> r.achieved().stream().anyMatch(k -> k != ClaimKind.PROGRESS_TO_WORK_RESULT))
            .count();
    List<Claim> ordered =
        claims.stream()
            .filter(c -> !c.claimedOn().isAfter(asOf))
            .sorted(Comparator.comparing(Claim::claimedOn).thenComparing(Claim::id))
            .toList();
    Set<org.communitybudgets.payment.ClaimId> ids = new HashSet<>();
    for (Claim c : ordered) {
      if (!c.authority().equals(authority) || c.phase() != target.phase() || !byId.containsKey(c.family()) || !ids.add(c.id())) {
        throw new IllegalArgumentException(
            "claims must be unique and " + authority + "'s for " + target.phase() + " and a family given, was claim " + c.id());
      }
    }
    Map<org.communitybudgets.family.FamilyId, List<Claim>> paid = new HashMap<>();
    long funded = 0;
    List<ClaimDecision> decisions = new ArrayList<>();
    Map<FinancialYear, Money> byYear = new java.util.TreeMap<>();
    for (Claim c : ordered) {
      List<Claim> before = paid.getOrDefault(c.family(), List.of());
      ClaimDecision d =
          this.claims.decide(c, byId.get(c.family()), before, target, funded, Optional.ofNullable(byAuthority.get(authority)), asOf);
      decisions.add(d);
      if (d.isPayable()) {
        if (before.isEmpty()) {
          funded++;
        }
        paid.computeIfAbsent(c.family(), k -> new ArrayList<>()).add(c);
        byYear.merge(FinancialYear.containing(c.claimedOn()), d.payable(), Money::plus);
      }
    }
    Policy policy = new Policy(parts.parameters(), asOf);
    String key = target.phase() == ProgrammePhase.PHASE_1 ? "tf.phase1" : "tf.phase2";
    Money cost = policy.money(key + ".intervention-cost").times(attached);
    Money central = cost.percent(policy.percentage(key + ".central-share"), java.math.RoundingMode.HALF_EVEN);
    return new Ledger(
        authority, target.phase(), asOf, target.families(), identified, attached, turnedAround, decisions,
        new java.util.TreeMap<>(byYear), cost, central, cost.minus(central));
  }
}
