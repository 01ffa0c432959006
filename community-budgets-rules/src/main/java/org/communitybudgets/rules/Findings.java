package org.communitybudgets.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.communitybudgets.decision.ContributionVerdict;
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
 * <p>One {@code Findings} serves one session on one thread.
 */
public final class Findings {
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> decided = new HashSet<>();
  private final Consumer<Object> inserter;
  private String currentRule = "unnamed rule";

  Findings(Consumer<Object> inserter) {
    this.inserter = inserter;
  }

  /** A condition the contribution meets. */
  public Entry met(ContributionCase c, PolicySource source, String statement) {
    Entry e = add(c, null, source, statement);
    e.builder.met(statement);
    return e;
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
    Entry e = add(c, limit, source, statement);
    e.builder.notMet(new UnmetCondition(code, condition), statement);
    return e;
  }

  /** A finding about the contribution that does not limit its verdict. */
  public Entry flag(ContributionCase c, PolicySource source, String statement) {
    Entry e = add(c, null, source, statement);
    e.builder.flag(statement);
    return e;
  }

  /** A criterion the family meets. */
  public Entry met(FamilyCase f, PolicySource source, String statement) {
    Entry e = add(f.id(), null, source);
    e.builder.met(statement);
    return e;
  }

  /** A criterion the family does not meet. */
  public Entry notMet(FamilyCase f, PolicySource source, String code, String condition, String statement) {
    Entry e = add(f.id(), null, source);
    e.builder.notMet(new UnmetCondition(code, condition), statement);
    return e;
  }

  /** A finding about the family to note. */
  public Entry flag(FamilyCase f, PolicySource source, String statement) {
    Entry e = add(f.id(), null, source);
    e.builder.flag(statement);
    return e;
  }

  /** A condition the pool as a whole meets. */
  public Entry poolMet(PolicySource source, String statement) {
    Entry e = add(null, null, source, statement);
    e.builder.met(statement);
    return e;
  }

  /** A condition the pool as a whole does not meet. */
  public Entry poolNotMet(PolicySource source, String code, String condition, String statement) {
    Entry e = add(null, null, source, statement);
    e.builder.notMet(new UnmetCondition(code, condition), statement);
    return e;
  }

  /** A finding about the pool as a whole to note. */
  public Entry poolFlag(PolicySource source, String statement) {
    Entry e = add(null, null, source, statement);
    e.builder.flag(statement);
    return e;
  }

  void firing(String ruleName) {
    this.currentRule = ruleName;
  }

  List<Finding> all() {
    return entries.stream().map(Entry::finding).toList();
  }

  private Entry add(ContributionCase c, ContributionVerdict limit, PolicySource source, String statement) {
    Entry e = add(c == null ? null : c.id(), limit, source);
    if (c != null && decided.add(c.id())) {
      inserter.accept(new Decided(c.id()));
    }
    return e;
  }

  private Entry add(String subject, ContributionVerdict limit, PolicySource source) {
    Objects.requireNonNull(source, "source is required");
    Entry e = new Entry(subject, limit, Reason.builder(currentRule, source));
    entries.add(e);
    return e;
  }

  /** A reason being recorded; add what the rule read. */
  public static final class Entry {
    private final String subject;
    private final ContributionVerdict limit;
    private final Reason.Builder builder;

    private Entry(String subject, ContributionVerdict limit, Reason.Builder builder) {
      this.subject = subject;
      this.limit = limit;
      this.builder = builder;
    }

    /** Records a fact the rule read. */
    public Entry fact(String name, Object value) {
      builder.fact(name, value);
      return this;
    }

    /** Records a parameter the rule read. */
    public Entry parameter(ParameterRead parameter) {
      builder.parameter(parameter);
      return this;
    }

    private Finding finding() {
      return new Finding(Optional.ofNullable(subject), Optional.ofNullable(limit), builder.build());
    }
  }
}
