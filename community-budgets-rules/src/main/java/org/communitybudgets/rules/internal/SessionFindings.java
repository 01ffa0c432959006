package org.communitybudgets.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.FactRead;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.rules.Findings;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.pooling.ContributionCase;
import org.communitybudgets.rules.pooling.Decided;
import org.communitybudgets.rules.ConditionsJudged;
import org.communitybudgets.rules.troubledfamilies.ClaimCase;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.rules.troubledfamilies.FamilyFacts;
import org.communitybudgets.rules.troubledfamilies.ResultsCase;
import org.communitybudgets.source.PolicySource;

/** The findings of one rule session: what its rules recorded, and the why-not of what none met. */
public final class SessionFindings implements Findings {
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> decided = new HashSet<>();
  private final Map<SubjectCondition, Expectation> expected = new LinkedHashMap<>();
  private final Set<SubjectCondition> metConditions = new HashSet<>();
  private final Consumer<Object> inserter;
  private final Conditions conditions;
  private String currentRule = "unnamed rule";
  private String currentCondition;

  public SessionFindings(Consumer<Object> inserter) {
    this(inserter, Conditions.standard());
  }

  public SessionFindings(Consumer<Object> inserter, Conditions conditions) {
    this.inserter = inserter;
    this.conditions = conditions;
  }

  @Override
  public Entry met(ContributionCase c, PolicySource source, String statement) {
    return add(c, null, source, Effect.MET, null, () -> statement);
  }

  @Override
  public Entry notMet(
      ContributionCase c,
      ContributionVerdict limit,
      PolicySource source,
      String code,
      String condition,
      String statement) {
    Objects.requireNonNull(limit, "limit is required");
    return add(c, limit, source, Effect.NOT_MET, () -> new UnmetCondition(code, condition), () -> statement);
  }

  @Override
  public Entry flag(ContributionCase c, PolicySource source, String statement) {
    return add(c, null, source, Effect.FLAG, null, () -> statement);
  }

  @Override
  public Entry met(FamilyCase f, PolicySource source, String statement) {
    return add(f.id(), null, source, Effect.MET, null, () -> statement);
  }

  @Override
  public Entry met(FamilyFacts f, PolicySource source, Supplier<String> statement) {
    return add(f.id(), null, source, Effect.MET, null, statement);
  }

  @Override
  public Entry notMet(FamilyCase f, PolicySource source, String code, String condition, String statement) {
    return add(f.id(), null, source, Effect.NOT_MET, () -> new UnmetCondition(code, condition), () -> statement);
  }

  @Override
  public Entry flag(FamilyCase f, PolicySource source, String statement) {
    return add(f.id(), null, source, Effect.FLAG, null, () -> statement);
  }

  @Override
  public void expect(ContributionCase c, Policy policy, String... conditions) {
    expect(c.id(), c, policy, conditions);
    decided(c);
  }

  @Override
  public void satisfied(ContributionCase c) {
    Objects.requireNonNull(c, "contribution is required");
    if (currentCondition == null) {
      throw new IllegalStateException(
          "rule \"" + currentRule + "\" says the contribution " + c.id() + " satisfies a condition, but names none with @condition");
    }
    metConditions.add(new SubjectCondition(c.id(), currentCondition));
  }

  @Override
  public void expect(FamilyFacts f, Policy policy, String... conditions) {
    expect(f.id(), f.family(), policy, conditions);
  }

  @Override
  public void expect(ResultsCase r, Policy policy, String... conditions) {
    expect(r.id(), r, policy, conditions);
  }

  @Override
  public void expect(ClaimCase c, Policy policy, String... conditions) {
    expect(c.familyCase().id(), c, policy, conditions);
  }

  /**
   * Inserts the fact for each expected condition no rule met whose subject has one (a claim's
   * {@code ClaimRefused}), then a {@link ConditionsJudged}: the rules that wait for it fire next.
   */
  public void judged() {
    forEachUnmet((key, x) -> x.condition().subject().refusal(x.subject(), key.condition()).ifPresent(inserter));
    inserter.accept(ConditionsJudged.INSTANCE);
  }

  /** Each expected condition no rule met for its subject, in the order it was expected. */
  private void forEachUnmet(java.util.function.BiConsumer<SubjectCondition, Expectation> action) {
    expected.forEach((key, x) -> {
      if (!metConditions.contains(key)) {
        action.accept(key, x);
      }
    });
  }

  private void expect(String id, Object subject, Policy policy, String... keys) {
    Objects.requireNonNull(policy, "policy is required");
    for (String key : keys) {
      Conditions.Condition c = conditions.condition(key)
          .orElseThrow(() -> new IllegalArgumentException("no condition '" + key + "' in the conditions table (" + Conditions.TABLE + ") or a local one"));
      expected.putIfAbsent(new SubjectCondition(id, c.code()), new Expectation(c.subject().cast(subject), policy, c));
    }
  }

  @Override
  public Entry poolMet(PolicySource source, String statement) {
    return add((ContributionCase) null, null, source, Effect.MET, null, () -> statement);
  }

  @Override
  public Entry poolNotMet(PolicySource source, String code, String condition, String statement) {
    return add((ContributionCase) null, null, source, Effect.NOT_MET, () -> new UnmetCondition(code, condition), () -> statement);
  }

  @Override
  public Entry poolFlag(PolicySource source, String statement) {
    return add((ContributionCase) null, null, source, Effect.FLAG, null, () -> statement);
  }

  /** The rule now firing, and the condition it meets if it names one. */
  public void firing(String ruleName, Object condition) {
    this.currentRule = ruleName;
    this.currentCondition = condition == null ? null : String.valueOf(condition);
  }

  /** Every finding recorded, then a why-not for each expected condition no rule met. */
  public List<Finding> all() {
    List<Finding> all = new ArrayList<>(entries.size() + expected.size());
    entries.forEach(e -> all.add(e.finding()));
    // each condition's texts under each policy of the session, shared by the subjects judged by it,
    // so that a text that reads only the business date and its parameters is written once
    Map<Conditions.Condition, Map<Policy, Conditions.Texts>> texts = new java.util.IdentityHashMap<>();
    forEachUnmet((key, x) -> {
      Conditions.Condition c = x.condition();
      Object f = x.subject();
      Policy p = x.policy();
      Conditions.Texts words = texts.computeIfAbsent(c, k -> new java.util.IdentityHashMap<>(2))
          .computeIfAbsent(p, k -> new Conditions.Texts(c, p));
      all.add(new Finding(Optional.of(key.subject()), c.limit(), Effect.NOT_MET, c.rule(), () -> {
        Reason.Builder b = Reason.builder(c.rule(), c.source().apply(f))
            .notMet(words.unmet(f), words.statement(f));
        c.facts().forEach((name, template) -> b.fact(name, template.render(f, p)));
        c.parameters().forEach(k -> b.parameter(p.read(c.subject().key(f, k))));
        return b.build();
      }));
    });
    return all;
  }

  /** The code of each condition met, once for each subject that met it. */
  List<String> metConditionCodes() {
    return metConditions.stream().map(SubjectCondition::condition).toList();
  }

  /** The code of each expected condition no rule met, once for each subject judged by it. */
  List<String> notMetConditionCodes() {
    List<String> codes = new ArrayList<>();
    forEachUnmet((key, x) -> codes.add(key.condition()));
    return codes;
  }

  private Entry add(
      ContributionCase c,
      ContributionVerdict limit,
      PolicySource source,
      Effect effect,
      Supplier<UnmetCondition> unmet,
      Supplier<String> statement) {
    Entry e = add(c == null ? null : c.id(), limit, source, effect, unmet, statement);
    if (c != null) {
      decided(c);
    }
    return e;
  }

  /** Inserts a {@link Decided} for the contribution the first time a rule records a finding or expectation about it. */
  private void decided(ContributionCase c) {
    if (decided.add(c.id())) {
      inserter.accept(new Decided(c.id()));
    }
  }

  private Entry add(
      String subject,
      ContributionVerdict limit,
      PolicySource source,
      Effect effect,
      Supplier<UnmetCondition> unmet,
      Supplier<String> statement) {
    Objects.requireNonNull(source, "source is required");
    Objects.requireNonNull(statement, "statement is required");
    if (subject != null && currentCondition != null && effect == Effect.MET) {
      metConditions.add(new SubjectCondition(subject, currentCondition));
    }
    Entry e = new Entry(subject, limit, currentRule, source, effect, unmet, statement);
    entries.add(e);
    return e;
  }

  private record SubjectCondition(String subject, String condition) {}

  private record Expectation(Object subject, Policy policy, Conditions.Condition condition) {}

  /** A reason being recorded; add what the rule read. */
  static final class Entry implements Findings.Entry {
    private final String subject;
    private final ContributionVerdict limit;
    private final String rule;
    private final PolicySource source;
    private final Effect effect;
    private final Supplier<UnmetCondition> unmet;
    private final Supplier<String> statement;
    private final List<Supplier<FactRead>> facts = new ArrayList<>(4);
    private final List<ParameterRead> parameters = new ArrayList<>(4);

    private Entry(
        String subject,
        ContributionVerdict limit,
        String rule,
        PolicySource source,
        Effect effect,
        Supplier<UnmetCondition> unmet,
        Supplier<String> statement) {
      this.subject = subject;
      this.limit = limit;
      this.rule = rule;
      this.source = source;
      this.effect = effect;
      this.unmet = unmet;
      this.statement = statement;
    }

    @Override
    public Entry fact(String name, Object value) {
      FactRead read = FactRead.of(name, value);
      facts.add(() -> read);
      return this;
    }

    @Override
    public Entry fact(String name, Supplier<?> value) {
      Objects.requireNonNull(name, "fact name is required");
      Objects.requireNonNull(value, "fact value is required");
      facts.add(() -> FactRead.of(name, value.get()));
      return this;
    }

    @Override
    public Entry parameter(ParameterRead parameter) {
      parameters.add(Objects.requireNonNull(parameter, "parameter is required"));
      return this;
    }

    private Finding finding() {
      return new Finding(Optional.ofNullable(subject), Optional.ofNullable(limit), effect, rule, this::reason);
    }

    private Reason reason() {
      Reason.Builder b = Reason.builder(rule, source);
      switch (effect) {
        case MET -> b.met(statement.get());
        case FLAG -> b.flag(statement.get());
        case NOT_MET -> b.notMet(unmet.get(), statement.get());
      }
      for (Supplier<FactRead> f : facts) {
        FactRead read = f.get();
        b.fact(read.name(), read.value());
      }
      parameters.forEach(b::parameter);
      return b.build();
    }
  }
}
