package org.communitybudgets.rules;

import org.communitybudgets.family.FamilyId;

/**
 * The result for one input of a batch: the decision, or the error that stopped it. A batch yields
 * exactly one result per input, in input order.
 *
 * @param <T> the kind of decision
 */
public sealed interface BatchResult<T> permits BatchResult.Success, BatchResult.Failure {
  /** The position of the input in the batch, counting from 0. */
  long index();

  /** The family the result is about. */
  FamilyId family();

  /**
   * A decision made.
   *
   * @param index the position of the input, counting from 0
   * @param family the family
   * @param value the decision
   * @param <T> the kind of decision
   */
  record Success<T>(long index, FamilyId family, T value) implements BatchResult<T> {}

  /**
   * An input the rules could not decide; the rest of the batch goes on.
   *
   * @param index the position of the input, counting from 0
   * @param family the family
   * @param error what went wrong, naming the rule where one failed
   * @param <T> the kind of decision
   */
  record Failure<T>(long index, FamilyId family, String error) implements BatchResult<T> {}
}
