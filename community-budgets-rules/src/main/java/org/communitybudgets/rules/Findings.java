package org.communitybudgets.rules;

import java.util.function.Supplier;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.rules.pooling.ContributionCase;
import org.communitybudgets.rules.troubledfamilies.ClaimCase;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.rules.troubledfamilies.FamilyFacts;
import org.communitybudgets.rules.troubledfamilies.ResultsCase;
import org.communitybudgets.source.PolicySource;

/**
 * Where rules record their reasons: the global {@code findings} of every rule session. Each call
 * starts a reason about a contribution, a family or the pool as a whole, recorded under the name
 * of the rule that is firing; the returned {@link Entry} adds the facts and parameters the rule
 * read.
 *
 * <pre>
 * then
 *   findings.notMet($c, ContributionVerdict.REFUSED, PolicySource.evidenceCb00("§4"),
 *                   "held-by-contributor", "the contributor is the kind of body that holds the line",
 *                   $c.holderName() + " is a " + $c.holderKind().label() + " and does not hold " + $c.lineName())
 *           .fact("holder kind", $c.holderKind());
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
 * <p>Why not: a rule that states which conditions a contribution, a family, its results or a claim
 * is judged by calls {@link #expect}; a rule that meets one names it with its {@code
 * @condition("code")} annotation. Each expected condition that no rule met for the subject is
 * reported as not met, with the reason the table {@code conditions.yaml} gives it:
 *
 * <pre>
 * rule "PCT funding is judged by whether the PCT wishes to contribute"
 * when
 *   $p : Policy()
 *   $c : ContributionCase(lineId == "pct-funding", money)
 * then
 *   findings.expect($c, $p, "pct-wishes-to-contribute");
 * end
 *
 * rule "PCT funding may be pooled where the PCT wishes to contribute"
 *   {@literal @}condition("pct-wishes-to-contribute")
 * when
 *   $c : ContributionCase(lineId == "pct-funding", money, holds(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE))
 * then
 *   findings.met($c, PolicySource.offer("menu, DH, row 1"), $c.holderName() + " wishes to contribute");
 * end
 * </pre>
 *
 * <p>The engine gives every session its own {@code Findings}; one serves one session on one thread.
 */
public interface Findings {
  /** A condition the contribution meets. */
  Entry met(ContributionCase c, PolicySource source, String statement);

  /**
   * A condition the contribution does not meet.
   *
   * @param limit the best verdict the contribution can have while the condition is unmet
   * @param code a stable code for the condition, hyphenated lower-case words
   * @param condition the condition in words
   */
  Entry notMet(
      ContributionCase c, ContributionVerdict limit, PolicySource source, String code, String condition, String statement);

  /** A finding about the contribution that does not limit its verdict. */
  Entry flag(ContributionCase c, PolicySource source, String statement);

  /**
   * The contribution is judged by these conditions on the policy's business date: each that no
   * rule with its {@code @condition} meets is reported as not met, as {@code conditions.yaml}
   * says, and limits the contribution's verdict to the condition's {@code limit}. The
   * contribution counts as decided ({@link org.communitybudgets.rules.pooling.Decided}) from then.
   *
   * @param conditions the conditions' names in the table
   * @throws IllegalArgumentException if the table has no such condition, or it judges another
   *     kind of subject
   */
  void expect(ContributionCase c, Policy policy, String... conditions);

  /**
   * The contribution meets the condition the firing rule names with its {@code @condition},
   * without a reason of its own: for a condition that another rule's reason states together with
   * others, such as the two conditions of the YOT grant's menu line.
   *
   * @throws IllegalStateException if the rule names no condition
   */
  void satisfied(ContributionCase c);

  /** A criterion the family meets. */
  Entry met(FamilyCase f, PolicySource source, String statement);

  /** A criterion the family meets, put into words when the reason is read. */
  Entry met(FamilyFacts f, PolicySource source, Supplier<String> statement);

  /** A criterion the family does not meet. */
  Entry notMet(FamilyCase f, PolicySource source, String code, String condition, String statement);

  /** A finding about the family to note. */
  Entry flag(FamilyCase f, PolicySource source, String statement);

  /**
   * The family is judged by these conditions on the policy's business date: each that no rule
   * with its {@code @condition} meets is reported as not met, as {@code conditions.yaml} says.
   *
   * @throws IllegalArgumentException if the table has no such condition
   */
  void expect(FamilyFacts f, Policy policy, String... codes);

  /**
   * The family is judged by these results conditions on the policy's business date: each that no
   * rule with its {@code @condition} meets is reported as not met, as {@code conditions.yaml} says.
   *
   * @param conditions the conditions' names in the table
   * @throws IllegalArgumentException if the table has no such condition, or it judges another
   *     kind of subject
   */
  void expect(ResultsCase r, Policy policy, String... conditions);

  /**
   * The claim is judged by these conditions on the policy's business date: each that no rule with
   * its {@code @condition} meets is reported as not met, as {@code conditions.yaml} says, and
   * refuses the claim: when the rules have fired, a {@code ClaimRefused} is inserted for it
   * before a {@link ConditionsJudged}, which the rules deciding what is payable wait for.
   *
   * @param conditions the conditions' names in the table
   * @throws IllegalArgumentException if the table has no such condition, or it judges another
   *     kind of subject
   */
  void expect(ClaimCase c, Policy policy, String... conditions);

  /** A condition the pool as a whole meets. */
  Entry poolMet(PolicySource source, String statement);

  /** A condition the pool as a whole does not meet. */
  Entry poolNotMet(PolicySource source, String code, String condition, String statement);

  /** A finding about the pool as a whole to note. */
  Entry poolFlag(PolicySource source, String statement);

  /** A reason being recorded; add what the rule read. */
  interface Entry {
    /** Records a fact the rule read. */
    Entry fact(String name, Object value);

    /** Records a fact the rule read, put into words when the reason is read. */
    Entry fact(String name, Supplier<?> value);

    /** Records a parameter the rule read. */
    Entry parameter(ParameterRead parameter);
  }
}
