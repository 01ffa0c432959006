package org.communitybudgets.rules;

import java.util.Optional;
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

  /** The family the result is about; empty for an input that did not become a family. */
  Optional<FamilyId> family();

  /**
   * A decision made.
   *
   * @param index the position of the input, counting from 0
   * @param id the family
   * @param value the decision
   * @param <T> the kind of decision
   */
  record Success<T>(long index, FamilyId id, T value) implements BatchResult<T> {
    @Override
    public Optional<FamilyId> family() {
      return Optional.of(id);
    }
  }

  /**
   * An input that could not be decided: it was null, it did not become a family (the domain's
   * message says which value of which field was wrong), or a rule failed for it. The rest of the
   * batch goes on.
   *
   * @param index the position of the input, counting from 0
   * @param family the family, if the input became one
   * @param error what went wrong, naming the rule where one failed
   * @param <T> the kind of decision
   */
  record Failure<T>(long index, Optional<FamilyId> family, String error) implements BatchResult<T> {}
}
