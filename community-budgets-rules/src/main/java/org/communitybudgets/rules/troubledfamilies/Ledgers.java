package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.sessions.EngineParts;
import org.communitybudgets.time.FinancialYear;

/** Troubled Families ledgers: an authority's families, claims and money for a phase. */
public final class Ledgers {
  private final EngineParts parts;
  private final Identifying identifying;
  private final ResultsJudging results;
  private final Claims claims;

  /**
   * Made by the engine from its internal parts; callers reach this through the engine.
   *
   * @hidden
   */
  @SuppressWarnings("exports") // the engine's parts are not exported
  public Ledgers(EngineParts parts, Identifying identifying, ResultsJudging results, Claims claims) {
    this.parts = parts;
    this.identifying = identifying;
    this.results = results;
    this.claims = claims;
  }

  /**
   * The families identified for the phase, cumulatively: a family attached by the business date is
   * counted if the rules identify it on its day of attachment, by the phase then running; a family
   * not attached, if they identify it on the business date, or on the phase's last day once the
   * phase has ended.
   */
  private long identifiedInPhase(List<Family> families, ProgrammePhase phase, LocalDate asOf) {
    if (families.isEmpty()) {
      return 0;
    }
    Policy policy = new Policy(parts.parameters(), asOf);
    LocalDate last = policy.date((phase == ProgrammePhase.PHASE_1 ? "tf.phase1" : "tf.phase2") + ".last-day");
    LocalDate otherwise = asOf.isAfter(last) ? last : asOf;
    Map<LocalDate, List<Family>> byDay = new java.util.TreeMap<>();
    for (Family f : families) {
      LocalDate day = f.attachment().map(a -> a.attachedOn()).filter(d -> !d.isAfter(asOf)).orElse(otherwise);
      byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(f);
    }
    long identified = 0;
    for (Map.Entry<LocalDate, List<Family>> e : byDay.entrySet()) {
      identified += identifying.decide(e.getValue(), e.getKey()).stream()
          .filter(i -> i.isEligible() && i.phase().equals(Optional.of(phase)))
          .count();
    }
    return identified;
  }

  /** The authority's ledger; see {@link org.communitybudgets.rules.CommunityBudgetsEngine#ledger}. */
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
    long identified = identifiedInPhase(list, target.phase(), asOf);
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
    ClaimsLedger book = this.claims.ledger(target, Optional.ofNullable(byAuthority.get(authority)));
    Map<FinancialYear, Money> byYear = new java.util.TreeMap<>();
    for (Claim c : ordered) {
      ClaimDecision d = book.assess(c, byId.get(c.family()), asOf);
      if (d.isPayable()) {
        byYear.merge(FinancialYear.containing(c.claimedOn()), d.payable(), Money::plus);
      }
    }
    List<ClaimDecision> decisions = book.decisions();
    long funded = book.familiesFunded();
    Policy policy = new Policy(parts.parameters(), asOf);
    String key = target.phase() == ProgrammePhase.PHASE_1 ? "tf.phase1" : "tf.phase2";
    Money perFamily = policy.money(key + ".intervention-cost");
    Money cost = perFamily.times(attached);
    Money central = perFamily.times(Math.min(funded, attached))
        .percent(policy.percentage(key + ".central-share"), java.math.RoundingMode.HALF_EVEN);
    return new Ledger(
        authority, target.phase(), asOf, target.families(), identified, attached, turnedAround, decisions,
        new java.util.TreeMap<>(byYear), cost, central, cost.minus(central));
  }
}
