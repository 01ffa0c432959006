package org.communitybudgets.rules.internal.conditions;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.source.PolicySource;

/**
 * A kind of subject the conditions table judges, by the name the table gives it: what its
 * placeholders read, which parameter keys its conditions may write, and what the engine does
 * with one of its conditions that no rule met. The subjects provide their kinds; the table knows
 * none of them by type.
 */
public interface SubjectKind {
  /**
   * One placeholder: how many parameter keys it takes, what it reads, and whether it reads only
   * the business date and its parameters, so that it reads the same for every subject of a policy.
   */
  record Measure(int arity, Reading reading, boolean policyOnly) {}

  /** Reads a value for the subject on the policy's business date. */
  @FunctionalInterface
  interface Reading {
    Object read(Object subject, Policy policy, List<String> keys);
  }

  /** The subject's name in the table. */
  String tableName();

  /** The placeholder for this subject, if there is one of the name. */
  Optional<Measure> measure(String name);

  /** The parameter key for the subject as the table writes it. */
  String key(Object subject, String key);

  /** True if the subject's conditions may write the key. */
  boolean allowsKey(String key);

  /**
   * The fact the engine inserts for a condition of this subject that no rule met, when the rules
   * have fired and before the rules that wait for the conditions to be judged fire.
   */
  Optional<Object> refusal(Object subject, String code);

  /** True if a condition of this subject limits its verdict while unmet. */
  boolean hasLimit();

  /** A source that follows the subject rather than one document, if the document names one. */
  Optional<Function<Object, PolicySource>> phasedSource(String document, String location);

  /** What a phased source cites for every subject, for the reference. */
  List<PolicySource> phasedSources(String document, String location);

  /** The subject as the type its measures read, or an error naming both. */
  Object cast(Object subject);
}
