package org.communitybudgets.rules.pooling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.sessions.Decisions;
import org.communitybudgets.rules.internal.sessions.EngineParts;
import org.communitybudgets.rules.internal.sessions.Finding;
import org.communitybudgets.time.FinancialYear;

/** Pooling: every contribution to a pool decided in one session, with the pool's own findings. */
public final class Pooling {
  private final EngineParts parts;

  /**
   * Made by the engine from its internal parts; callers reach this through the engine.
   *
   * @hidden
   */
  @SuppressWarnings("exports") // the engine's parts are not exported
  public Pooling(EngineParts parts) {
    this.parts = parts;
  }


  /** Assesses every contribution to the pool on the business date. */
  public PoolAssessment assess(
      Pool pool, Allocations allocations, Collection<Pool> otherPools, LocalDate asOf) {
    Objects.requireNonNull(pool, "pool is required");
    Objects.requireNonNull(allocations, "allocations are required");
    Objects.requireNonNull(otherPools, "other pools are required");
    Objects.requireNonNull(asOf, "business date is required");
    List<Object> facts = new ArrayList<>();
    Policy policy = new Policy(parts.parameters(), asOf);
    facts.add(policy);
    facts.add(pool);
    facts.add(new PoolCase(pool, asOf));
    Map<String, ContributionCase> cases = new LinkedHashMap<>();
    // The pool's holders and facts indexed once, so that each contribution finds its own in constant time.
    Map<HolderId, BudgetHolder> holders = new HashMap<>();
    pool.holders().forEach(h -> holders.put(h.id(), h));
    Map<HolderId, List<LocalFact>> factsByHolder = new HashMap<>();
    pool.facts().forEach(f -> factsByHolder.computeIfAbsent(f.holder(), k -> new ArrayList<>()).add(f));
    for (Contribution c : pool.contributions()) {
      BudgetHolder holder = holders.get(c.holder());
      if (holder == null) {
        throw new IllegalArgumentException("unknown holder " + c.holder());
      }
      ContributionCase cc = new ContributionCase(pool, c, holder, factsByHolder.getOrDefault(c.holder(), List.of()),
          parts.catalogue().line(c.line()), asOf);
      cases.put(cc.id(), cc);
      facts.add(cc);
    }
    facts.addAll(lineYears(pool, allocations, otherPools));
    List<Finding> findings = parts.sessions().run(facts, "pool " + pool.id() + " on " + asOf, cases.size()).findings();
    return assessment(pool, asOf, cases, findings);
  }

  private List<LineYear> lineYears(Pool pool, Allocations allocations, Collection<Pool> otherPools) {
    record Key(String line, FinancialYear year) {}
    Map<Key, Money> here = new LinkedHashMap<>();
    Map<Key, List<String>> ids = new HashMap<>();
    for (Contribution c : pool.contributions()) {
      if (!c.mode().isMoney()) {
        continue;
      }
      c.amounts().forEach((year, amount) -> {
        Key k = new Key(c.line().value(), year);
        here.merge(k, amount, Money::plus);
        ids.computeIfAbsent(k, x -> new ArrayList<>()).add(c.id().value());
      });
    }
    Map<Key, Money> all = new HashMap<>(here);
    for (Pool other : otherPools) {
      if (other.id().equals(pool.id()) || !other.area().equals(pool.area())) {
        continue;
      }
      for (Contribution c : other.contributions()) {
        if (c.mode().isMoney()) {
          c.amounts().forEach((year, amount) -> {
            Key k = new Key(c.line().value(), year);
            if (here.containsKey(k)) {
              all.merge(k, amount, Money::plus);
            }
          });
        }
      }
    }
    List<LineYear> result = new ArrayList<>();
    here.forEach((k, amount) -> result.add(
        new LineYear(
            k.line(),
            k.year(),
            allocations.amountFor(org.communitybudgets.funding.FundingLineId.of(k.line()), pool.area(), k.year()),
            amount,
            all.get(k),
            List.copyOf(ids.get(k)))));
    return result;
  }

  private PoolAssessment assessment(
      Pool pool, LocalDate asOf, Map<String, ContributionCase> cases, List<Finding> findings) {
    Map<String, List<Finding>> byContribution = new HashMap<>();
    List<Reason> poolFindings = new ArrayList<>();
    for (Finding f : findings) {
      if (f.subject().isPresent()) {
        byContribution.computeIfAbsent(f.subject().get(), k -> new ArrayList<>()).add(f);
      } else {
        poolFindings.add(f.reason());
      }
    }
    Map<ContributionId, Decision<ContributionVerdict>> decisions = new LinkedHashMap<>();
    List<Contribution> allowed = new ArrayList<>();
    for (ContributionCase c : cases.values()) {
      List<Finding> own = byContribution.getOrDefault(c.id(), List.of());
      if (own.isEmpty()) {
        throw new IllegalStateException(
            "no rule decided " + c + " on " + asOf + ": a rule set must decide every contribution");
      }
      ContributionVerdict verdict =
          own.stream()
              .map(Finding::limit)
              .flatMap(Optional::stream)
              .max(Comparator.comparingInt(Pooling::severity))
              .orElse(ContributionVerdict.ALLOWED);
      if (verdict == ContributionVerdict.ALLOWED) {
        allowed.add(c.contribution());
      }
      decisions.put(
          c.contribution().id(),
          new Decision<>(
              "contribution " + c.id() + " to pool " + pool.id(),
              verdict,
              Decisions.deferred(own),
              asOf,
              parts.provenance()));
    }
    poolFindings.sort(Decisions.ORDER);
    return new PoolAssessment(
        pool.id(),
        asOf,
        decisions,
        poolFindings,
        PoolTotals.of(pool.contributions(), parts.catalogue()),
        PoolTotals.of(allowed, parts.catalogue()),
        parts.provenance());
  }

  private static int severity(ContributionVerdict v) {
    return switch (v) {
      case ALLOWED -> 0;
      case CONDITIONAL -> 1;
      case ALIGNMENT_ONLY -> 2;
      case REFUSED -> 3;
    };
  }
}
