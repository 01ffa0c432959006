package org.communitybudgets.rules.internal.subjects;

import java.util.Objects;
import java.util.function.Supplier;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.rules.Findings;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.sessions.SessionFindings;
import org.communitybudgets.rules.pooling.ContributionCase;
import org.communitybudgets.rules.pooling.Decided;
import org.communitybudgets.rules.troubledfamilies.ClaimCase;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.rules.troubledfamilies.FamilyFacts;
import org.communitybudgets.rules.troubledfamilies.ResultsCase;
import org.communitybudgets.source.PolicySource;

/**
 * The rules' {@code findings}: what a rule records about a contribution, a family, its results
 * or a claim, handed to the session's findings under the subject's id. A contribution's first
 * finding or expectation inserts its {@link Decided}.
 */
public final class RuleFindings implements Findings {
  private final SessionFindings recorded;

  public RuleFindings(SessionFindings recorded) {
    this.recorded = recorded;
  }

  /** The session's findings these record into. */
  public SessionFindings recorded() {
    return recorded;
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
    recorded.expect(c.id(), c, policy, conditions);
    decided(c);
  }

  @Override
  public void satisfied(ContributionCase c) {
    Objects.requireNonNull(c, "contribution is required");
    recorded.satisfied(c.id(), "the contribution " + c.id());
  }

  @Override
  public void expect(FamilyFacts f, Policy policy, String... conditions) {
    recorded.expect(f.id(), f.family(), policy, conditions);
  }

  @Override
  public void expect(ResultsCase r, Policy policy, String... conditions) {
    recorded.expect(r.id(), r, policy, conditions);
  }

  @Override
  public void expect(ClaimCase c, Policy policy, String... conditions) {
    recorded.expect(c.familyCase().id(), c, policy, conditions);
  }

  @Override
  public Entry poolMet(PolicySource source, String statement) {
    return add((String) null, null, source, Effect.MET, null, () -> statement);
  }

  @Override
  public Entry poolNotMet(PolicySource source, String code, String condition, String statement) {
    return add((String) null, null, source, Effect.NOT_MET, () -> new UnmetCondition(code, condition), () -> statement);
  }

  @Override
  public Entry poolFlag(PolicySource source, String statement) {
    return add((String) null, null, source, Effect.FLAG, null, () -> statement);
  }

  private RuleEntry add(
      ContributionCase c,
      ContributionVerdict limit,
      PolicySource source,
      Effect effect,
      Supplier<UnmetCondition> unmet,
      Supplier<String> statement) {
    RuleEntry e = add(c == null ? null : c.id(), limit, source, effect, unmet, statement);
    if (c != null) {
      decided(c);
    }
    return e;
  }

  private RuleEntry add(
      String subject,
      ContributionVerdict limit,
      PolicySource source,
      Effect effect,
      Supplier<UnmetCondition> unmet,
      Supplier<String> statement) {
    return recorded.add(new RuleEntry(subject, limit, recorded.rule(), source, effect, unmet, statement));
  }

  /** Inserts a {@link Decided} for the contribution the first time a rule records a finding or expectation about it. */
  private void decided(ContributionCase c) {
    recorded.decided(c.id(), () -> new Decided(c.id()));
  }

  /** A finding being recorded, as the rules see it. */
  private static final class RuleEntry extends SessionFindings.Entry implements Findings.Entry {
    RuleEntry(
        String subject,
        ContributionVerdict limit,
        String rule,
        PolicySource source,
        Effect effect,
        Supplier<UnmetCondition> unmet,
        Supplier<String> statement) {
      super(subject, limit, rule, source, effect, unmet, statement);
    }

    @Override
    public RuleEntry fact(String name, Object value) {
      super.fact(name, value);
      return this;
    }

    @Override
    public RuleEntry fact(String name, Supplier<?> value) {
      super.fact(name, value);
      return this;
    }

    @Override
    public RuleEntry parameter(ParameterRead parameter) {
      super.parameter(parameter);
      return this;
    }
  }
}
