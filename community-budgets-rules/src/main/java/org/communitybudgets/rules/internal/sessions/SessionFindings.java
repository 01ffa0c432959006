package org.communitybudgets.rules.internal.sessions;

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
import org.communitybudgets.rules.ConditionsJudged;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.conditions.Conditions;
import org.communitybudgets.source.PolicySource;

/**
 * The findings of one rule session: what its rules recorded about each subject, by the subject's
 * id, and the why-not of each expected condition none met. The rules record through the
 * subjects' own {@code Findings}, which hands each finding on here.
 */
public final class SessionFindings {
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> decided = new HashSet<>();
  private final Map<SubjectCondition, Expectation> expected = new LinkedHashMap<>();
  private final Set<SubjectCondition> metConditions = new HashSet<>();
  private final Consumer<Object> inserter;
  private final Conditions conditions;
  private String currentRule = "unnamed rule";
  private String currentCondition;

  public SessionFindings(Consumer<Object> inserter, Conditions conditions) {
    this.inserter = inserter;
    this.conditions = conditions;
  }

  /** The rule now firing, which the findings recorded next are recorded under. */
  public String rule() {
    return currentRule;
  }

  /**
   * Records the finding; one that says a subject met something, recorded by a rule that names the
   * condition it meets, meets that condition for the subject.
   */
  public <E extends Entry> E add(E entry) {
    Entry e = entry;
    if (e.subject != null && currentCondition != null && e.effect == Effect.MET) {
      metConditions.add(new SubjectCondition(e.subject, currentCondition));
    }
    entries.add(e);
    return entry;
  }

  /** Inserts the fact the first time it is asked for the subject, and never again in this session. */
  public void decided(String subject, Supplier<?> fact) {
    if (decided.add(subject)) {
      inserter.accept(fact.get());
    }
  }

  /**
   * Meets, for the subject, the condition the rule now firing names.
   *
   * @param described the subject as an error names it, e.g. "the contribution c-1"
   * @throws IllegalStateException if the rule names no condition
   */
  public void satisfied(String subject, String described) {
    if (currentCondition == null) {
      throw new IllegalStateException(
          "rule \"" + currentRule + "\" says " + described + " satisfies a condition, but names none with @condition");
    }
    metConditions.add(new SubjectCondition(subject, currentCondition));
  }

  /**
   * Expects the subject to meet each condition, by its name in the conditions table; one that no
   * rule meets gives a why-not, written from the table with {@code judged}'s facts.
   *
   * @param subject the subject's id, which its findings are recorded under
   * @param judged what the condition's placeholders read
   */
  public void expect(String subject, Object judged, Policy policy, String... keys) {
    Objects.requireNonNull(policy, "policy is required");
    for (String key : keys) {
      Conditions.Condition c = conditions.condition(key)
          .orElseThrow(() -> new IllegalArgumentException("no condition '" + key + "' in the conditions table (" + Conditions.TABLE + ") or a local one"));
      expected.putIfAbsent(new SubjectCondition(subject, c.code()), new Expectation(c.subject().cast(judged), policy, c));
    }
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

  private record SubjectCondition(String subject, String condition) {}

  private record Expectation(Object subject, Policy policy, Conditions.Condition condition) {}

  /**
   * A reason being recorded; add what the rule read. The subjects' findings extend it with the
   * type the rules see.
   */
  public static class Entry {
    private final String subject;
    private final ContributionVerdict limit;
    private final String rule;
    private final PolicySource source;
    private final Effect effect;
    private final Supplier<UnmetCondition> unmet;
    private final Supplier<String> statement;
    private final List<Supplier<FactRead>> facts = new ArrayList<>(4);
    private final List<ParameterRead> parameters = new ArrayList<>(4);

    /**
     * A finding about the subject (its id; null for the pool as a whole) by the rule.
     *
     * @param limit for an unmet condition of a contribution, the best verdict it can still have
     * @param unmet the unmet condition, for a finding that one is not met
     */
    public Entry(
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
      this.source = Objects.requireNonNull(source, "source is required");
      this.effect = effect;
      this.unmet = unmet;
      this.statement = Objects.requireNonNull(statement, "statement is required");
    }

    /** A fact the rule read, by name. */
    public Entry fact(String name, Object value) {
      FactRead read = FactRead.of(name, value);
      facts.add(() -> read);
      return this;
    }

    /** A fact the rule read, put into words when the reason is. */
    public Entry fact(String name, Supplier<?> value) {
      Objects.requireNonNull(name, "fact name is required");
      Objects.requireNonNull(value, "fact value is required");
      facts.add(() -> FactRead.of(name, value.get()));
      return this;
    }

    /** A parameter the rule read. */
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
