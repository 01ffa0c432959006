package org.communitybudgets.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.Provenance;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.internal.RuleSource;
import org.communitybudgets.rules.internal.parameters.ParameterTable;
import org.communitybudgets.rules.internal.ruleset.RuleSetLoader;
import org.communitybudgets.rules.internal.sessions.CoverageRecorder;
import org.communitybudgets.rules.internal.sessions.Decisions;
import org.communitybudgets.rules.internal.sessions.EngineParts;
import org.communitybudgets.rules.internal.sessions.Sessions;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.pooling.Pooling;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Claims;
import org.communitybudgets.rules.troubledfamilies.ClaimsLedger;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Identifying;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.rules.troubledfamilies.Ledgers;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.rules.troubledfamilies.ResultsJudging;

/**
 * The rules of the Community Budgets programme, compiled once and shared: build one engine and use
 * it from any number of threads, as with {@code java.net.http.HttpClient}.
 *
 * <pre>
 * CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
 * PoolAssessment assessment = engine.assess(pool, LocalDate.of(2012, 6, 1));
 * </pre>
 *
 * <p>Decisions follow the business date passed with each call, never the clock. An engine built
 * with {@link #builder()} can add an authority's own rules and parameter values and switch
 * standard rules off; building fails with a {@link RuleSetException} that lists every problem.
 */
public final class CommunityBudgetsEngine {
  /** The firings allowed per subject decided, unless the builder says otherwise. */
  public static final int DEFAULT_FIRING_LIMIT = 10_000;

  /** The time one call may fire rules for, unless the builder says otherwise. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

  private final Pooling pooling;
  private final Identifying identifying;
  private final ResultsJudging results;
  private final Claims claims;
  private final Ledgers ledgers;
  private final ParameterTable parameters;
  private final FundingCatalogue catalogue;
  private final List<String> ruleNames;
  private final String fingerprint;
  private final String version;
  private final Sessions sessions;

  private CommunityBudgetsEngine(
      RuleSetLoader.Loaded loaded, FundingCatalogue catalogue, int firingLimit, Duration timeBudget, boolean recordCoverage) {
    this.parameters = loaded.parameters();
    this.catalogue = catalogue;
    this.ruleNames = RuleSetLoader.ruleNames(loaded.base());
    this.fingerprint = loaded.fingerprint();
    this.version = RuleSetLoader.libraryVersion();
    this.sessions = new Sessions(loaded.base(), loaded.conditions(), StandardSubjects.sessions(), firingLimit, timeBudget, recordCoverage);
    EngineParts parts = new EngineParts(sessions, parameters, catalogue, new Provenance(fingerprint, version));
    this.pooling = new Pooling(parts);
    this.identifying = new Identifying(parts);
    this.results = new ResultsJudging(parts, identifying);
    this.claims = new Claims(parts, results);
    this.ledgers = new Ledgers(parts, identifying, results, claims);
  }

  private static final com.google.common.base.Supplier<CommunityBudgetsEngine> STANDARD =
      com.google.common.base.Suppliers.memoize(() -> builder().build());

  /**
   * The engine of the standard rules, parameters and funding catalogue: built on the first call
   * (about half a second) and the same engine on every call after it, as an engine is immutable and
   * safe to share between threads. {@link #builder()}{@code .build()} builds a new one.
   */
  public static CommunityBudgetsEngine standard() {
    return STANDARD.get();
  }

  /** A builder starting from the standard rules, parameters and funding catalogue. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses every contribution to the pool on the business date, without allocations or other
   * pools of the area to weigh it against.
   */
  public PoolAssessment assess(Pool pool, LocalDate asOf) {
    return assess(pool, Allocations.empty(), List.of(), asOf);
  }

  /**
   * Assesses every contribution to the pool on the business date.
   *
   * @param pool the pool
   * @param allocations the area's allocations of the funding lines, by year
   * @param otherPools the area's other pools, whose contributions count against the same
   *     allocations; pools of other areas, and the pool itself, are passed over
   * @param asOf the business date
   * @throws RuleFailureException if a rule fails while deciding, naming the rule and the pool
   */
  public PoolAssessment assess(
      Pool pool, Allocations allocations, Collection<Pool> otherPools, LocalDate asOf) {
    return pooling.assess(pool, allocations, otherPools, businessDate(asOf));
  }

  /** A digest of the rules, parameters and catalogue this engine was built from. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The version of the library. */
  public String libraryVersion() {
    return version;
  }

  /** The names of the rules in force, sorted. */
  public List<String> ruleNames() {
    return ruleNames;
  }

  /**
   * Which rules have fired so far, and how often, over every decision of this engine, batches
   * included; empty unless the engine was built with {@link Builder#recordingCoverage()}.
   */
  public Optional<RuleCoverage> coverage() {
    return sessions.coverage().map(CoverageRecorder::snapshot);
  }

  /** The funding catalogue the engine describes lines by. */
  public FundingCatalogue catalogue() {
    return catalogue;
  }

  ParameterTable parameterTable() {
    return parameters;
  }

  /**
   * Every parameter the rules read, sorted by key, with its dated values, sources and notes, the
   * overrides this engine was built with included: what a rule author reads before overriding
   * one.
   */
  public List<Parameter> parameters() {
    return parameters.described();
  }

  /**
   * Decides whether a family is in the Troubled Families programme on the business date: which
   * phase runs, which of its criteria the family meets, and the verdict (TF frameworks 2012 and 2015).
   *
   * @throws RuleFailureException if a rule fails while deciding, naming the rule and the family
   */
  public Identification identify(Family family, LocalDate asOf) {
    return identifying.decide(family, businessDate(asOf));
  }

  /**
   * Decides identification for every family of a stream, lazily, in chunks on several threads:
   * exactly one result per input, in input order, with memory bounded by the chunk size and the
   * number of threads. A family whose decision fails, and a null input, get a {@link
   * BatchResult.Failure}, and the rest go on; if the iterator itself throws, every input read
   * before gets its result and then the stream throws the iterator's exception. Idle batch threads
   * end on their own within a second; close the stream to stop them at once.
   *
   * <pre>
   * try (Stream&lt;BatchResult&lt;Identification&gt;&gt; results =
   *     engine.identifyAll(families.iterator(), asOf, BatchOptions.defaults().withProgress(bar::update))) {
   *   results.forEach(store::save);
   * }
   * </pre>
   *
   * @param families the families, read once, as the stream is consumed
   * @param asOf the business date of every decision
   * @param options the chunk size, the threads, whom to tell of progress, and whether the batch's
   *     threads put the reasons into words; the firing limit and time budget are the builder's
   * @return one result per family, in input order; close it to end the batch early
   */
  public Stream<BatchResult<Identification>> identifyAll(
      Iterator<Family> families, LocalDate asOf, BatchOptions options) {
    return identifyAll(families, Function.identity(), asOf, options);
  }

  /**
   * Decides identification for every record of a stream, as {@link #identifyAll(Iterator,
   * LocalDate, BatchOptions)} does, making each record a family first: a record that {@code
   * toFamily} rejects (the domain's {@code InvalidValueException} naming the field and value, or
   * any other exception) is a {@link BatchResult.Failure} at its index with that message, so that
   * N records always give N results. {@code toFamily} runs on the batch's threads, several records
   * at once, so that reading the input is the only work left to the caller's thread: it must be
   * safe to call from several threads (a pure function of the record is).
   *
   * <pre>
   * engine.identifyAll(rows.iterator(), row -&gt; Families.fromRow(row), asOf, BatchOptions.defaults())
   * </pre>
   *
   * @param toFamily makes a record a family, or throws saying why it cannot
   * @param <R> the kind of record
   */
  public <R> Stream<BatchResult<Identification>> identifyAll(
      Iterator<? extends R> records, Function<? super R, Family> toFamily, LocalDate asOf, BatchOptions options) {
    Objects.requireNonNull(records, "records are required");
    Objects.requireNonNull(toFamily, "the mapping to a family is required");
    businessDate(asOf);
    Objects.requireNonNull(options, "options are required");
    return Batches.run(records, toFamily, options, chunk -> identifying.decide(chunk, asOf), i -> Decisions.inWords(i.decision()));
  }

  /**
   * Decides which results of the Troubled Families programme a family has achieved on the
   * business date, without an outcomes plan: a phase-2 family can then achieve only continuous
   * employment (TF frameworks 2012 and 2015).
   *
   * @throws RuleFailureException if a rule fails while deciding, naming the rule and the family
   */
  public Results results(Family family, LocalDate asOf) {
    return results.decide(family, Optional.empty(), businessDate(asOf));
  }

  /**
   * Decides which results of the Troubled Families programme a family has achieved on the
   * business date, judging phase-2 progress by the measures of the authority's outcomes plan
   * (TF frameworks 2012 and 2015). A family is judged by the results of the phase it was attached in;
   * the phase-2 problems it had are those the identification rules find on the day of attachment.
   *
   * @param plan the outcomes plan of the family's authority
   * @throws IllegalArgumentException if the plan is another authority's
   * @throws RuleFailureException if a rule fails while deciding, naming the rule and the family
   */
  public Results results(Family family, OutcomesPlan plan, LocalDate asOf) {
    return results.decide(family, Optional.of(Objects.requireNonNull(plan, "outcomes plan is required")), businessDate(asOf));
  }

  /**
   * Decides results for every family of a stream, lazily, in chunks on several threads, as {@link
   * #identifyAll} does: exactly one result per family, in input order. Each family is judged by
   * its own authority's outcomes plan, if one is given.
   *
   * @param plans outcomes plans, at most one per authority
   * @throws IllegalArgumentException if two plans are of the same authority
   */
  public Stream<BatchResult<Results>> resultsAll(
      Iterator<Family> families, Collection<OutcomesPlan> plans, LocalDate asOf, BatchOptions options) {
    return resultsAll(families, Function.identity(), plans, asOf, options);
  }

  /**
   * Decides results for every record of a stream, making each record a family first, as {@link
   * #identifyAll(Iterator, Function, LocalDate, BatchOptions)} does: a record that does not become
   * a family is a {@link BatchResult.Failure} at its index.
   *
   * @param toFamily makes a record a family, or throws saying why it cannot
   * @param plans outcomes plans, at most one per authority
   * @param <R> the kind of record
   * @throws IllegalArgumentException if two plans are of the same authority
   */
  public <R> Stream<BatchResult<Results>> resultsAll(
      Iterator<? extends R> records,
      Function<? super R, Family> toFamily,
      Collection<OutcomesPlan> plans,
      LocalDate asOf,
      BatchOptions options) {
    Objects.requireNonNull(records, "records are required");
    Objects.requireNonNull(toFamily, "the mapping to a family is required");
    businessDate(asOf);
    Objects.requireNonNull(options, "options are required");
    Map<AreaId, OutcomesPlan> byAuthority = ResultsJudging.byAuthority(plans);
    return Batches.run(records, toFamily, options, chunk -> results.decide(chunk, byAuthority, asOf), r -> Decisions.inWords(r.decision()));
  }

  /**
   * Decides a payment-by-results claim without an outcomes plan: a phase-2 sustained-progress
   * claim is then refused. See {@link #assessClaim(Claim, Family, List, AuthorityTarget, long,
   * Optional, LocalDate)}, and {@link #claimsLedger} for the claims of an authority, which keeps the
   * earlier claims and the families funded itself.
   */
  public ClaimDecision assessClaim(
      Claim claim, Family family, List<Claim> earlier, AuthorityTarget target, long familiesAlreadyFunded, LocalDate asOf) {
    return assessClaim(claim, family, earlier, target, familiesAlreadyFunded, Optional.empty(), asOf);
  }

  /**
   * Decides a payment-by-results claim (TF frameworks 2012 and 2015): the attachment fee when the
   * family is attached; a results payment for a result the family achieved by the day of the claim,
   * one results payment per family (continuous employment is the alternative to the other results);
   * each at the amount for the family's financial year of attachment; a phase-1 claim made by the
   * end of May 2015 (parameter {@code tf.phase1.last-claim-day}); never more than the maximum per
   * family in total; at most five in six of the authority's phase-1 target funded. A refused claim
   * has a reason for every condition it fails. To decide an authority's claims as they arrive
   * without keeping the earlier claims and the count of families funded, use {@link #claimsLedger}.
   *
   * @param claim the claim
   * @param family the family claimed for
   * @param earlier the claims already paid for the family; what each was worth is read from the
   *     parameters as for a new claim
   * @param target the authority's target for the claim's phase
   * @param familiesAlreadyFunded how many of the authority's families have been funded in the
   *     phase; the claim funds one more if nothing has been paid for the family before
   * @param plan the authority's outcomes plan, for a phase-2 sustained-progress claim
   * @param asOf the business date of the decision; the claim must be made on or before it
   * @throws IllegalArgumentException if the claim, family, earlier claims, target and plan do not
   *     belong together, the count is negative or the claim is dated after the business date
   * @throws RuleFailureException if a rule fails while deciding, naming the rule and the claim
   */
  public ClaimDecision assessClaim(
      Claim claim,
      Family family,
      List<Claim> earlier,
      AuthorityTarget target,
      long familiesAlreadyFunded,
      Optional<OutcomesPlan> plan,
      LocalDate asOf) {
    return claims.decide(claim, family, earlier, target, familiesAlreadyFunded, plan, businessDate(asOf));
  }

  /**
   * A ledger that decides an authority's claims for one phase one at a time, as they arrive,
   * keeping what each decision needs: the claims paid for each family and the families funded so
   * far. Use it instead of {@link #assessClaim} and its count of families already funded.
   *
   * @param target the authority's target for the phase
   * @param plan the authority's outcomes plan, for phase-2 sustained-progress claims
   * @throws IllegalArgumentException if the plan is another authority's
   */
  public ClaimsLedger claimsLedger(AuthorityTarget target, Optional<OutcomesPlan> plan) {
    return claims.ledger(target, plan);
  }

  /**
   * An authority's ledger for the phase of its target on the business date: its families
   * identified (each attached family on its day of attachment), attached and turned around, every
   * claim made by the business date decided in order of date (then id) with the family's claims
   * paid before it and the families already funded, the money paid by financial year, and the
   * assumed intervention cost of the families attached in the phase, of which central government
   * pays its share for the families funded and local budgets the rest (parameters {@code
   * tf.phase1.intervention-cost} and {@code tf.phase1.central-share}, or their {@code tf.phase2}
   * counterparts, read on the business date).
   *
   * @param target the authority's target for the phase
   * @param families the authority's families, with distinct ids
   * @param claims the authority's claims for the phase; claims dated after the business date are
   *     left out
   * @param plans outcomes plans, at most one per authority
   * @throws IllegalArgumentException if a family or claim is another authority's, a claim is of
   *     another phase or for a family not given, or ids repeat
   */
  public Ledger ledger(
      AuthorityTarget target,
      Collection<Family> families,
      Collection<Claim> claims,
      Collection<OutcomesPlan> plans,
      LocalDate asOf) {
    return ledgers.decide(target, families, claims, plans, businessDate(asOf));
  }

  /** The first business date a decision can be made on: the first day of the parameter tables. */
  public static final LocalDate EARLIEST_BUSINESS_DATE = LocalDate.of(2010, 4, 1);

  /** The last business date a decision can be made on: a decade after the programmes' last year. */
  public static final LocalDate LATEST_BUSINESS_DATE = LocalDate.of(2031, 3, 31);

  /**
   * The business date, if it is one a decision can be made on.
   *
   * @throws IllegalArgumentException naming the date otherwise
   */
  private static LocalDate businessDate(LocalDate asOf) {
    Objects.requireNonNull(asOf, "business date is required");
    if (asOf.isBefore(EARLIEST_BUSINESS_DATE) || asOf.isAfter(LATEST_BUSINESS_DATE)) {
      throw new IllegalArgumentException("business date must be within " + EARLIEST_BUSINESS_DATE + "–" + LATEST_BUSINESS_DATE
          + ", the years the parameter tables cover, was " + asOf);
    }
    return asOf;
  }

  /** Builds an engine: the standard rules and parameters plus local ones. */
  public static final class Builder {
    private final RuleSetLoader ruleSet = StandardSubjects.loader();
    private FundingCatalogue catalogue = FundingCatalogue.standard();
    private int firingLimit = DEFAULT_FIRING_LIMIT;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private boolean recordCoverage;

    private Builder() {}

    /**
     * Adds every {@code .drl} file under the directory (and its subdirectories), but not a symbolic
     * link out of it. Local rules are trusted code: compiled to Java, they run in this JVM with its
     * permissions, so load only rules the authority wrote or reviewed.
     */
    public Builder localRules(Path directory) {
      ruleSet.localRuleDirectory(Objects.requireNonNull(directory, "rules directory is required"));
      return this;
    }

    /** Adds one rule file. */
    public Builder localRuleFile(Path file) {
      ruleSet.localRuleFile(Objects.requireNonNull(file, "rule file is required"));
      return this;
    }

    /**
     * Adds rule files from the classpath: each location is either one file ({@code
     * "org/council/rules/local.drl"}) or a folder ({@code "org/council/rules/"}), whose {@code .drl}
     * files are read whether the folder is a directory or inside a jar (one that records its
     * folders, as Maven, Gradle and the {@code jar} tool write them).
     */
    public Builder localRulesOnClasspath(ClassLoader loader, String... locations) {
      Objects.requireNonNull(loader, "class loader is required");
      for (String location : locations) {
        ruleSet.localRulesOnClasspath(loader, Objects.requireNonNull(location, "location is required"));
      }
      return this;
    }

    /**
     * Adds rules compiled to Drools' executable model when the council's own program was built,
     * by {@link org.communitybudgets.rules.compile.RuleModelCompiler}: {@code modelsResource} is
     * the models list it wrote ({@code "org/council/rules/council.models"}), read with {@code
     * loader}, which holds the generated classes. Building the engine then compiles nothing for
     * them, as for the standard rules.
     */
    public Builder compiledRules(ClassLoader loader, String modelsResource) {
      ruleSet.compiledRules(
          Objects.requireNonNull(loader, "class loader is required"), Objects.requireNonNull(modelsResource, "models resource is required"));
      return this;
    }

    /** Adds a rule file given as text, reported under {@code sourcePath}. */
    public Builder localRules(String sourcePath, String drl) {
      ruleSet.localRules(new RuleSource(sourcePath(sourcePath), Objects.requireNonNull(drl, "rules are required")));
      return this;
    }

    /** Overrides parameter values with those of a YAML file (see docs/rules.md for its form). */
    public Builder parameterOverrides(Path file) {
      ruleSet.parameterOverrides(Objects.requireNonNull(file, "parameter file is required"));
      return this;
    }

    /** Overrides parameter values with YAML given as text, reported under {@code sourcePath}. */
    public Builder parameterOverrides(String sourcePath, String yaml) {
      ruleSet.parameterOverrides(new RuleSource(sourcePath(sourcePath), Objects.requireNonNull(yaml, "parameters are required")));
      return this;
    }

    /**
     * Adds the conditions of a council's own table, of the form of the standard {@code
     * conditions.yaml} (see docs/rules.md): a condition a local rule expects ({@code
     * findings.expect}) and no rule meets is reported as not met from it. Its conditions have names
     * of their own; a name the standard table or an earlier local table has is a problem of the
     * rule set.
     */
    public Builder localConditions(Path file) {
      ruleSet.localConditions(Objects.requireNonNull(file, "conditions file is required"));
      return this;
    }

    /** Adds a council's conditions table given as text, reported under {@code sourcePath}. */
    public Builder localConditions(String sourcePath, String yaml) {
      ruleSet.localConditions(new RuleSource(sourcePath(sourcePath), Objects.requireNonNull(yaml, "conditions are required")));
      return this;
    }

    /** The path problems are reported under: required, and not blank, so that a problem says where it is. */
    private static String sourcePath(String path) {
      Objects.requireNonNull(path, "source path is required");
      if (path.isBlank()) {
        throw new IllegalArgumentException("source path must say where the text comes from, was blank");
      }
      return path;
    }

    /**
     * Switches off a standard (or local) rule by its name.
     *
     * @throws IllegalArgumentException if the name is blank; a name no rule has is reported when
     *     the engine is built
     */
    public Builder withoutRule(String ruleName) {
      Objects.requireNonNull(ruleName, "rule name is required");
      if (ruleName.isBlank()) {
        throw new IllegalArgumentException("rule name to switch off must be a rule's name, was blank: \"" + ruleName + "\"");
      }
      ruleSet.withoutRule(ruleName);
      return this;
    }

    /**
     * Bounds the rule firings of one decision to {@code perSubject} for each family, claim or
     * contribution decided in it (by default {@value CommunityBudgetsEngine#DEFAULT_FIRING_LIMIT}; the standard rules fire
     * about 20 times for a family). A rule that keeps matching its own changes then ends the
     * decision with a {@link RuleFailureException} naming it, rather than running for ever.
     *
     * @throws IllegalArgumentException if the limit is not between 1 and 1,000,000
     */
    public Builder firingLimit(int perSubject) {
      if (perSubject < 1 || perSubject > 1_000_000) {
        throw new IllegalArgumentException("firing limit must be between 1 and 1,000,000 firings per subject, was " + perSubject);
      }
      this.firingLimit = perSubject;
      return this;
    }

    /**
     * Bounds the time of one call that fires rules, one chunk of a batch included (by default 60
     * seconds): a decision still firing rules after it ends with a {@link RuleFailureException}
     * naming the last rule fired. The time is measured, not read from the clock of the business
     * date.
     *
     * @throws IllegalArgumentException if the budget is not between 1 millisecond and 1 day
     */
    public Builder timeBudget(Duration perCall) {
      Objects.requireNonNull(perCall, "time budget is required");
      if (perCall.compareTo(Duration.ofMillis(1)) < 0 || perCall.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("time budget must be between 1 millisecond and 1 day, was " + perCall);
      }
      this.timeBudget = perCall;
      return this;
    }

    /**
     * Compiles the standard rules from their DRL now, as a council's rules are, instead of
     * building them from the executable model generated with the library: the same rules by
     * another path, for tests that compare the two.
     */
    Builder standardRulesFromSource() {
      ruleSet.standardRulesFromSource();
      return this;
    }

    /**
     * Makes the engine count every rule's firings and every named condition's outcomes, read with
     * {@link CommunityBudgetsEngine#coverage()}: for a scenario suite or a cohort run that should
     * show which rules it exercised. Counting costs a little on every firing, so it is off unless
     * asked for.
     */
    public Builder recordingCoverage() {
      this.recordCoverage = true;
      return this;
    }

    /** Describes funding lines by this catalogue instead of the standard one. */
    public Builder fundingCatalogue(FundingCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue is required");
      return this;
    }

    /**
     * Compiles the rules and loads the parameters.
     *
     * @throws RuleSetException listing every problem found
     */
    public CommunityBudgetsEngine build() {
      return new CommunityBudgetsEngine(ruleSet.load(catalogue), catalogue, firingLimit, timeBudget, recordCoverage);
    }
  }
}
