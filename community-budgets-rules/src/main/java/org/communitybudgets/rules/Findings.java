package org.communitybudgets.rules;

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
import org.communitybudgets.source.PolicySource;

/**
 * Where rules record their reasons: the global {@code findings} of every rule session. Each call
 * starts a reason about a contribution, a family or the pool as a whole, recorded under the name
 * of the rule that is firing; the returned {@link Entry} adds the facts and parameters the rule
 * read.
 *
 * <pre>
 * then
 *   findings.notMet($c, ContributionVerdict.CONDITIONAL, PolicySource.offer("menu, MoJ, row 1"),
 *                   "core-youth-justice-services-delivered", "core youth justice services are being delivered",
 *                   "no record that " + $c.holderName() + " delivers core youth justice services")
 *           .fact("holder", $c.holderId());
 * </pre>
 *
 * <p>A statement or a fact may be given as a {@link Supplier} instead, so that it is put into words
 * only when a caller reads the reason:
 *
 * <pre>
 *   findings.met($f, PolicySource.troubledFamiliesFramework2012("criterion 1"), () -&gt; "a child has a proven offence")
 *           .fact("offences", () -&gt; FamilyCase.describe($f.family().childOffences(12, 18)));
 * </pre>
 *
 * <p>Why not, for a family: a rule that states which conditions a family is judged by calls {@link
 * #expect}; a rule that meets one names it with its {@code @condition("code")} annotation. Each
 * expected condition that no rule met for the family is reported as not met, with the reason the
 * table {@code conditions.yaml} gives it.
 *
 * <p>One {@code Findings} serves one session on one thread.
 */
public final class Findings {
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> decided = new HashSet<>();
  private final Map<SubjectCondition, Expectation> expected = new LinkedHashMap<>();
  private final Set<SubjectCondition> metConditions = new HashSet<>();
  private final Consumer<Object> inserter;
  private final Conditions conditions;
  private String currentRule = "unnamed rule";
  private String currentCondition;

  Findings(Consumer<Object> inserter) {
    this(inserter, Conditions.standard());
  }

  Findings(Consumer<Object> inserter, Conditions conditions) {
    this.inserter = inserter;
    this.conditions = conditions;
  }

  /** A condition the contribution meets. */
  public Entry met(ContributionCase c, PolicySource source, String statement) {
    return add(c, null, source, Effect.MET, null, () -> statement);
  }

  /**
   * A condition the contribution does not meet.
   *
   * @param limit the best verdict the contribution can have while the condition is unmet
   * @param code a stable code for the condition, hyphenated lower-case words
   * @param condition the condition in words
   */
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

  /** A finding about the contribution that does not limit its verdict. */
  public Entry flag(ContributionCase c, PolicySource source, String statement) {
    return add(c, null, source, Effect.FLAG, null, () -> statement);
  }

  /** A criterion the family meets. */
  public Entry met(FamilyCase f, PolicySource source, String statement) {
    return add(f.id(), null, source, Effect.MET, null, () -> statement);
  }

  /** A criterion the family meets, put into words when the reason is read. */
  public Entry met(FamilyFacts f, PolicySource source, Supplier<String> statement) {
    return add(f.id(), null, source, Effect.MET, null, statement);
  }

  /** A criterion the family does not meet. */
  public Entry notMet(FamilyCase f, PolicySource source, String code, String condition, String statement) {
    return add(f.id(), null, source, Effect.NOT_MET, () -> new UnmetCondition(code, condition), () -> statement);
  }

  /** A finding about the family to note. */
  public Entry flag(FamilyCase f, PolicySource source, String statement) {
    return add(f.id(), null, source, Effect.FLAG, null, () -> statement);
  }

  /**
   * The family is judged by these conditions on the policy's business date: each that no rule
   * with its {@code @condition} meets is reported as not met, as {@code conditions.yaml} says.
   *
   * @throws IllegalArgumentException if the table has no such condition
   */
  public void expect(FamilyFacts f, Policy policy, String... codes) {
    for (String code : codes) {
      Conditions.Condition c = conditions.condition(code)
          .orElseThrow(() -> new IllegalArgumentException("no condition '" + code + "' in " + Conditions.TABLE));
      expected.putIfAbsent(new SubjectCondition(f.id(), code), new Expectation(f.family(), policy, c));
    }
  }

  /** A condition the pool as a whole meets. */
  public Entry poolMet(PolicySource source, String statement) {
    return add((ContributionCase) null, null, source, Effect.MET, null, () -> statement);
  }

  /** A condition the pool as a whole does not meet. */
  public Entry poolNotMet(PolicySource source, String code, String condition, String statement) {
    return add((ContributionCase) null, null, source, Effect.NOT_MET, () -> new UnmetCondition(code, condition), () -> statement);
  }

  /** A finding about the pool as a whole to note. */
  public Entry poolFlag(PolicySource source, String statement) {
    return add((ContributionCase) null, null, source, Effect.FLAG, null, () -> statement);
  }

  void firing(String ruleName, Object condition) {
    this.currentRule = ruleName;
    this.currentCondition = condition == null ? null : String.valueOf(condition);
  }

  /** Every finding recorded, then a why-not for each expected condition no rule met. */
  List<Finding> all() {
    List<Finding> all = new ArrayList<>(entries.size() + expected.size());
    entries.forEach(e -> all.add(e.finding()));
    expected.forEach((key, x) -> {
      if (!metConditions.contains(key)) {
        Conditions.Condition c = x.condition();
        FamilyCase f = x.family();
        Policy p = x.policy();
        all.add(new Finding(Optional.of(f.id()), Optional.empty(), Effect.NOT_MET, c.rule(), () -> {
          Reason.Builder b = Reason.builder(c.rule(), c.source())
              .notMet(c.unmet(f, p), c.statement().render(f, p));
          c.facts().forEach((name, template) -> b.fact(name, template.render(f, p)));
          c.parameters().forEach(k -> b.parameter(p.read(k)));
          return b.build();
        }));
      }
    });
    return all;
  }

  private Entry add(
      ContributionCase c,
      ContributionVerdict limit,
      PolicySource source,
      Effect effect,
      Supplier<UnmetCondition> unmet,
      Supplier<String> statement) {
    Entry e = add(c == null ? null : c.id(), limit, source, effect, unmet, statement);
    if (c != null && decided.add(c.id())) {
      inserter.accept(new Decided(c.id()));
    }
    return e;
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

  private record Expectation(FamilyCase family, Policy policy, Conditions.Condition condition) {}

  /** A reason being recorded; add what the rule read. */
  public static final class Entry {
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

    /** Records a fact the rule read. */
    public Entry fact(String name, Object value) {
      FactRead read = FactRead.of(name, value);
      facts.add(() -> read);
      return this;
    }

    /** Records a fact the rule read, put into words when the reason is read. */
    public Entry fact(String name, Supplier<?> value) {
      Objects.requireNonNull(name, "fact name is required");
      Objects.requireNonNull(value, "fact value is required");
      facts.add(() -> FactRead.of(name, value.get()));
      return this;
    }

    /** Records a parameter the rule read. */
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
