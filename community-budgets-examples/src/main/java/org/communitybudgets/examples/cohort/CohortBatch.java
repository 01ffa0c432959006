package org.communitybudgets.examples.cohort;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communitybudgets.family.Family;
import org.communitybudgets.rules.BatchResult;

/**
 * Runs one of the engine's batches over a whole cohort, records the domain rejected included: the
 * valid families go through the batch, and each invalid record comes back as a {@link
 * BatchResult.Failure} with its error, in its place. Exactly one result per record, in cohort
 * order, indexed by the record's position in the cohort.
 */
public final class CohortBatch {
  private CohortBatch() {}

  /**
   * The results of the batch over every record of the cohort.
   *
   * <pre>
   * try (Stream&lt;BatchResult&lt;Identification&gt;&gt; results = CohortBatch.run(cohort.stream().iterator(),
   *     families -&gt; engine.identifyAll(families, asOf, BatchOptions.defaults()))) { ... }
   * </pre>
   *
   * @param records the cohort's records, in order
   * @param batch runs the engine's batch over the valid families it is given
   * @param <T> the kind of decision
   */
  public static <T> Stream<BatchResult<T>> run(
      Iterator<CohortFamily> records, Function<Iterator<Family>, Stream<BatchResult<T>>> batch) {
    Deque<CohortFamily> read = new ArrayDeque<>();
    Iterator<Family> valid =
        new Iterator<>() {
          private Family next;

          @Override
          public boolean hasNext() {
            while (next == null && records.hasNext()) {
              CohortFamily r = records.next();
              read.addLast(r);
              if (r instanceof CohortFamily.Valid v) {
                next = v.family();
              }
            }
            return next != null;
          }

          @Override
          public Family next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Family f = next;
            next = null;
            return f;
          }
        };
    Stream<BatchResult<T>> decided = batch.apply(valid);
    Iterator<BatchResult<T>> results = decided.iterator();
    Iterator<BatchResult<T>> merged =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            if (!read.isEmpty()) {
              return true;
            }
            // Asking the batch for more reads records ahead, invalid ones at the end included.
            return results.hasNext() || !read.isEmpty();
          }

          @Override
          public BatchResult<T> next() {
            CohortFamily first = read.peekFirst();
            if (first instanceof CohortFamily.Invalid invalid) {
              read.removeFirst();
              return new BatchResult.Failure<>(invalid.index(), invalid.id(), invalid.error());
            }
            if (!results.hasNext()) {
              throw new NoSuchElementException();
            }
            BatchResult<T> r = results.next();
            CohortFamily record = read.removeFirst();
            // The record behind the result: the batch decides valid families in the order it was given them.
            if (r instanceof BatchResult.Success<T> s) {
              return new BatchResult.Success<>(record.index(), s.family(), s.value());
            }
            return new BatchResult.Failure<>(record.index(), r.family(), ((BatchResult.Failure<T>) r).error());
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(decided::close);
  }
}
