package org.communitybudgets.rules.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.time.FinancialYear;

/**
 * What a candidate rule set would change: every subject decided under a base engine and a
 * candidate one (an authority's local rules, a changed parameter, a rule switched off), and what
 * changed reported with the money it moves, as OpenFisca compares a reform with the law in force.
 *
 * <pre>
 * CommunityBudgetsEngine candidate = CommunityBudgetsEngine.builder()
 *     .parameterOverrides(Path.of("council/parameters.yaml")).build();
 * ComparisonReport r = Comparison.of(CommunityBudgetsEngine.standard(), candidate)
 *     .identify(() -&gt; cohort.iterator(), asOf, BatchOptions.defaults());
 * </pre>
 *
 * <p>Families are read twice, once for each engine, side by side: {@code families} is called
 * twice and each iterator is read once, so a cohort streamed from a file or generated on the fly is
 * never held in memory whole.
 */
public final class Comparison {
  /** The changed subjects a report shows in full, unless asked otherwise. */
  public static final int DEFAULT_SAMPLE_SIZE = 10;

  private final CommunityBudgetsEngine base;
  private final CommunityBudgetsEngine candidate;
  private final int sampleSize;

  private Comparison(CommunityBudgetsEngine base, CommunityBudgetsEngine candidate, int sampleSize) {
    this.base = Objects.requireNonNull(base, "base engine is required");
    this.candidate = Objects.requireNonNull(candidate, "candidate engine is required");
    this.sampleSize = sampleSize;
  }

  /** A comparison of the candidate with the base. */
  public static Comparison of(CommunityBudgetsEngine base, CommunityBudgetsEngine candidate) {
    return new Comparison(base, candidate, DEFAULT_SAMPLE_SIZE);
  }

  /**
   * The same comparison showing up to {@code size} changed subjects in full.
   *
   * @throws IllegalArgumentException if the size is negative or over 10,000
   */
  public Comparison withSampleSize(int size) {
    if (size < 0 || size > 10_000) {
      throw new IllegalArgumentException("sample size must be between 0 and 10,000 changed subjects, was " + size);
    }
    return new Comparison(base, candidate, size);
  }

  /** Identification of every family, as {@link CommunityBudgetsEngine#identifyAll} decides it, under both. */
  public ComparisonReport identify(Supplier<? extends Iterator<Family>> families, LocalDate asOf, BatchOptions options) {
    return identify(families, Function.identity(), asOf, options);
  }

  /**
   * Identification of every record under both, each record made a family as {@link
   * CommunityBudgetsEngine#identifyAll(Iterator, Function, LocalDate, BatchOptions)} makes it; a
   * record either engine cannot decide counts as not decided.
   */
  public <R> ComparisonReport identify(
      Supplier<? extends Iterator<? extends R>> records, Function<? super R, Family> toFamily, LocalDate asOf, BatchOptions options) {
    Objects.requireNonNull(records, "records are required");
    Tally tally = new Tally("identification");
    Authorities authorities = new Authorities();
    try (Stream<BatchResult<Identification>> a = base.identifyAll(records.get(), authorities.noting(toFamily), asOf, options);
        Stream<BatchResult<Identification>> b = candidate.identifyAll(records.get(), toFamily, asOf, options)) {
      zip(a, b, (x, y) -> tally.add("family " + x.family(), authorities.take(x.family()),
          brief(x), brief(y), x.decision(), y.decision()), authorities, tally);
    }
    return tally.report();
  }

  /** Results of every record under both, judged by the plans of their authorities, as {@link CommunityBudgetsEngine#resultsAll} judges them. */
  public <R> ComparisonReport results(
      Supplier<? extends Iterator<? extends R>> records,
      Function<? super R, Family> toFamily,
      Collection<OutcomesPlan> plans,
      LocalDate asOf,
      BatchOptions options) {
    Objects.requireNonNull(records, "records are required");
    Tally tally = new Tally("results");
    Authorities authorities = new Authorities();
    try (Stream<BatchResult<Results>> a = base.resultsAll(records.get(), authorities.noting(toFamily), plans, asOf, options);
        Stream<BatchResult<Results>> b = candidate.resultsAll(records.get(), toFamily, plans, asOf, options)) {
      zip(a, b, (x, y) -> tally.add("results of family " + x.family(), authorities.take(x.family()),
          brief(x), brief(y), x.decision(), y.decision()), authorities, tally);
    }
    return tally.report();
  }

  /**
   * Every contribution of every pool under both, each pool on its own (without allocations or
   * other pools); the money moved is what the candidate allows as requested less what the base
   * does, by financial year and by area.
   */
  public ComparisonReport assess(Iterator<Pool> pools, LocalDate asOf) {
    return assess(pools, Function.identity(), asOf);
  }

  /**
   * Every contribution of every record's pool under both, as {@link #assess(Iterator, LocalDate)}
   * does; a record that {@code toPool} refuses, or a pool either rule set cannot assess, counts as
   * not decided, with the error.
   */
  public <R> ComparisonReport assess(Iterator<? extends R> records, Function<? super R, Pool> toPool, LocalDate asOf) {
    Objects.requireNonNull(records, "records are required");
    Objects.requireNonNull(toPool, "the mapping to a pool is required");
    Tally tally = new Tally("contributions");
    long n = 0;
    while (records.hasNext()) {
      R record = records.next();
      n++;
      Pool pool;
      PoolAssessment a;
      PoolAssessment b;
      try {
        pool = Objects.requireNonNull(toPool.apply(record), "the record is no pool");
        a = base.assess(pool, asOf);
        b = candidate.assess(pool, asOf);
      } catch (RuntimeException e) {
        tally.fail("record " + n + ": " + e.getMessage());
        continue;
      }
      String area = pool.area().toString();
      for (Map.Entry<ContributionId, ContributionVerdict> e : a.verdicts().entrySet()) {
        Decision<ContributionVerdict> x = a.contribution(e.getKey()).orElseThrow();
        Decision<ContributionVerdict> y = b.contribution(e.getKey()).orElseThrow();
        tally.add(x.subject(), area, brief(x), brief(y), x, y);
      }
      tally.move(a.allowed().byYear(), b.allowed().byYear(), area);
    }
    return tally.report();
  }

  /**
   * Every claim of every authority under both, each authority's claims decided in order by its
   * ledger as {@link CommunityBudgetsEngine#ledger} decides them; the money moved is what the
   * candidate pays less what the base does, by financial year of the claim and by authority.
   *
   * @param targets one target for each authority with claims
   * @throws IllegalArgumentException if an authority with claims has no target
   */
  public ComparisonReport claims(
      Collection<AuthorityTarget> targets, Collection<Family> families, Collection<Claim> claims, Collection<OutcomesPlan> plans, LocalDate asOf) {
    Map<AreaId, AuthorityTarget> targetOf = new LinkedHashMap<>();
    targets.forEach(t -> targetOf.put(t.authority(), t));
    SortedMap<String, List<Claim>> byAuthority = new TreeMap<>();
    claims.forEach(c -> byAuthority.computeIfAbsent(c.authority().toString(), k -> new ArrayList<>()).add(c));
    Tally tally = new Tally("claims");
    for (Map.Entry<String, List<Claim>> e : byAuthority.entrySet()) {
      AreaId authority = e.getValue().get(0).authority();
      AuthorityTarget target = Optional.ofNullable(targetOf.get(authority))
          .orElseThrow(() -> new IllegalArgumentException("no target for authority " + authority + ", which has claims"));
      List<Family> theirs = families.stream().filter(f -> f.authority().equals(authority)).toList();
      List<OutcomesPlan> theirPlans = plans.stream().filter(p -> p.authority().equals(authority)).toList();
      Ledger a = base.ledger(target, theirs, e.getValue(), theirPlans, asOf);
      Ledger b = candidate.ledger(target, theirs, e.getValue(), theirPlans, asOf);
      Map<ClaimId, ClaimDecision> candidates = new LinkedHashMap<>();
      b.claims().forEach(d -> candidates.put(d.claim(), d));
      for (ClaimDecision x : a.claims()) {
        ClaimDecision y = candidates.get(x.claim());
        if (y == null) {
          tally.fail(x.decision().subject() + ": not decided by the candidate");
          continue;
        }
        tally.add(x.decision().subject(), e.getKey(), brief(x), brief(y), x.decision(), y.decision());
      }
      tally.move(a.paidByYear(), b.paidByYear(), e.getKey());
    }
    return tally.report();
  }

  private interface Pair<T> {
    void accept(T base, T candidate);
  }

  /**
   * The authority of each family the base's batch has made and the comparison not yet taken: the
   * decisions name the family, not its authority; held only between the two, so as many as the
   * batch reads ahead.
   */
  private static final class Authorities {
    private final Map<FamilyId, AreaId> of = new ConcurrentHashMap<>();

    <R> Function<R, Family> noting(Function<? super R, Family> toFamily) {
      return r -> {
        Family f = toFamily.apply(r);
        if (f != null) {
          of.put(f.id(), f.authority());
        }
        return f;
      };
    }

    String take(FamilyId family) {
      AreaId a = of.remove(family);
      return a == null ? "unknown" : a.toString();
    }

    void forget(Optional<FamilyId> family) {
      family.ifPresent(of::remove);
    }
  }

  private static <T> void zip(Stream<BatchResult<T>> a, Stream<BatchResult<T>> b, Pair<T> pair, Authorities authorities, Tally tally) {
    Iterator<BatchResult<T>> x = a.iterator();
    Iterator<BatchResult<T>> y = b.iterator();
    while (x.hasNext() && y.hasNext()) {
      BatchResult<T> p = x.next();
      BatchResult<T> q = y.next();
      if (p instanceof BatchResult.Success<T> s && q instanceof BatchResult.Success<T> t) {
        pair.accept(s.value(), t.value());
      } else {
        authorities.forget(p.family());
        tally.fail("record " + (p.index() + 1) + ": " + (p instanceof BatchResult.Failure<T> f ? f.error() : "")
            + (q instanceof BatchResult.Failure<T> g && !(p instanceof BatchResult.Failure<T> f2 && f2.error().equals(g.error()))
                ? (p instanceof BatchResult.Failure ? "; " : "") + "under the candidate: " + g.error() : ""));
      }
    }
    if (x.hasNext() || y.hasNext()) {
      throw new IllegalStateException("the two reads of the records gave different numbers of records; give records that read the same each time");
    }
  }

  private static String brief(Identification i) {
    return i.decision().verdict().name() + " " + i.phase().map(Enum::name).orElse("no phase") + " " + new TreeSet<>(i.criteriaMet());
  }

  private static String brief(Results r) {
    return r.decision().verdict().name() + " " + r.phase().map(Enum::name).orElse("no phase") + " " + r.achieved();
  }

  private static String brief(ClaimDecision d) {
    return d.decision().verdict().name() + " " + d.payable();
  }

  private static String brief(Decision<ContributionVerdict> d) {
    return d.verdict().name() + " " + new TreeSet<>(d.unmetConditions().stream().map(UnmetCondition::code).toList());
  }

  /** What a comparison has counted so far. */
  private final class Tally {
    private final String subject;
    private long compared;
    private long failed;
    private long changed;
    private final SortedMap<String, Long> transitions = new TreeMap<>();
    private final SortedMap<String, Long> byAuthority = new TreeMap<>();
    private final SortedMap<FinancialYear, Money> money = new TreeMap<>();
    private final SortedMap<String, Money> moneyByAuthority = new TreeMap<>();
    private final List<ComparisonReport.Change> sample = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    Tally(String subject) {
      this.subject = subject;
    }

    void add(String what, String authority, String baseBrief, String candidateBrief, Decision<?> x, Decision<?> y) {
      compared++;
      if (baseBrief.equals(candidateBrief)) {
        return;
      }
      changed++;
      transitions.merge(((Enum<?>) x.verdict()).name() + " -> " + ((Enum<?>) y.verdict()).name(), 1L, Long::sum);
      byAuthority.merge(authority, 1L, Long::sum);
      if (sample.size() < sampleSize) {
        sample.add(new ComparisonReport.Change(what, authority, baseBrief, candidateBrief, words(x), words(y)));
      }
    }

    void fail(String why) {
      failed++;
      if (errors.size() < sampleSize) {
        errors.add(why);
      }
    }

    void move(Map<FinancialYear, Money> before, Map<FinancialYear, Money> after, String authority) {
      TreeSet<FinancialYear> years = new TreeSet<>(before.keySet());
      years.addAll(after.keySet());
      Money total = Money.ZERO;
      for (FinancialYear y : years) {
        Money d = after.getOrDefault(y, Money.ZERO).minus(before.getOrDefault(y, Money.ZERO));
        if (!d.isZero()) {
          money.merge(y, d, Money::plus);
          total = total.plus(d);
        }
      }
      if (!total.isZero()) {
        moneyByAuthority.merge(authority, total, Money::plus);
      }
    }

    ComparisonReport report() {
      money.values().removeIf(Money::isZero);
      moneyByAuthority.values().removeIf(Money::isZero);
      return new ComparisonReport(subject, base.fingerprint(), candidate.fingerprint(), compared, failed, changed,
          transitions, byAuthority, money, moneyByAuthority, sample, errors);
    }
  }

  private static List<String> words(Decision<?> d) {
    return d.reasons().stream().map(Reason::summary).toList();
  }
}
