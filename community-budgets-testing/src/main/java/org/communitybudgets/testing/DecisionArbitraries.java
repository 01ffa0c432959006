package org.communitybudgets.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.communitybudgets.decision.ClaimVerdict;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.decision.FactRead;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.decision.Provenance;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.decision.Verdict;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;

/** Generators of decisions, reasons and their parts, for code that stores or shows explanations. */
public final class DecisionArbitraries {
  private DecisionArbitraries() {}

  /** Policy sources from every document. */
  public static Arbitrary<PolicySource> policySources() {
    return Combinators.combine(
            Arbitraries.of(PolicyDocument.standard()), Arbitraries.integers().between(1, 20))
        .as((doc, para) -> new PolicySource(doc, "§" + para));
  }

  /** Conditions with hyphenated codes. */
  public static Arbitrary<UnmetCondition> unmetConditions() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(4), word)
        .as((words, what) -> new UnmetCondition(String.join("-", words), "the " + what + " condition is met"));
  }

  /** Facts with names and values. */
  public static Arbitrary<FactRead> facts() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
            Arbitraries.strings().ofMaxLength(12))
        .as(FactRead::new);
  }

  /** Parameters read, with effective dates within the programmes' span. */
  public static Arbitrary<ParameterRead> parameters() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
            TimeArbitraries.ranges(),
            policySources())
        .as(ParameterRead::new);
  }

  /** Reasons of the given effect. */
  public static Arbitrary<Reason> reasons(Effect effect) {
    Arbitrary<Optional<UnmetCondition>> unmet =
        effect == Effect.NOT_MET ? unmetConditions().map(Optional::of) : Arbitraries.just(Optional.empty());
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
            policySources(),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30),
            facts().list().ofMaxSize(3),
            parameters().list().ofMaxSize(3),
            unmet)
        .as((rule, source, statement, facts, params, condition) ->
            new Reason(rule, source, effect, statement, facts, params, condition));
  }

  /** Reasons of any effect. */
  public static Arbitrary<Reason> reasons() {
    return Arbitraries.of(Effect.class).flatMap(DecisionArbitraries::reasons);
  }

  /** Any verdict of any kind of decision. */
  public static Arbitrary<Verdict> verdicts() {
    List<Verdict> all = new ArrayList<>();
    all.addAll(List.of(ContributionVerdict.values()));
    all.addAll(List.of(EligibilityVerdict.values()));
    all.addAll(List.of(ClaimVerdict.values()));
    return Arbitraries.of(all);
  }

  /**
   * Decisions with a verdict of the given set, explained as the rules require: at least one reason,
   * and an unmet condition whenever the verdict is not favourable.
   */
  public static <V extends Verdict> Arbitrary<Decision<V>> decisions(Arbitrary<V> verdicts) {
    return verdicts.flatMap(
        verdict -> {
          Arbitrary<Reason> required = verdict.isFavourable() ? reasons(Effect.MET) : reasons(Effect.NOT_MET);
          return Combinators.combine(
                  Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                  required,
                  reasons().list().ofMaxSize(4),
                  TimeArbitraries.programmeDates())
              .as((subject, first, more, asOf) -> {
                List<Reason> all = new ArrayList<>();
                all.add(first);
                all.addAll(more);
                return new Decision<>(subject, verdict, all, asOf, new Provenance("sha256:0", "0.1.0"));
              });
        });
  }

  /** Decisions of any kind. */
  public static Arbitrary<Decision<Verdict>> decisions() {
    return decisions(verdicts());
  }

}
