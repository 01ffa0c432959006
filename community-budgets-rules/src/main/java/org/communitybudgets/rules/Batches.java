package org.communitybudgets.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communitybudgets.family.Family;

/**
 * Runs a decision over a stream of families in chunks on several threads, keeping only a bounded
 * number of chunks in memory and yielding the results in input order.
 */
final class Batches {
  private Batches() {}

  /**
   * The results of deciding every family, lazily, in input order.
   *
   * @param decideChunk decides a chunk of families with distinct ids in one session
   * @param reasons puts a decision's reasons into words, when the options ask for it
   */
  static <T> Stream<BatchResult<T>> run(
      Iterator<Family> families,
      BatchOptions options,
      Function<List<Family>, List<T>> decideChunk,
      Consumer<T> reasons) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread t = new Thread(r, "community-budgets-batch");
              t.setDaemon(true);
              return t;
            });
    Iterator<BatchResult<T>> results = new ResultIterator<>(families, options, pool, decideChunk, reasons);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(pool::shutdownNow);
  }

  private static final class ResultIterator<T> implements Iterator<BatchResult<T>> {
    private final Iterator<Family> families;
    private final BatchOptions options;
    private final ExecutorService pool;
    private final Function<List<Family>, List<T>> decideChunk;
    private final Consumer<T> reasons;
    private final Deque<Future<List<BatchResult<T>>>> inFlight = new ArrayDeque<>();
    private Iterator<BatchResult<T>> current = List.<BatchResult<T>>of().iterator();
    private long submitted;
    private long done;

    ResultIterator(
        Iterator<Family> families,
        BatchOptions options,
        ExecutorService pool,
        Function<List<Family>, List<T>> decideChunk,
        Consumer<T> reasons) {
      this.families = families;
      this.options = options;
      this.pool = pool;
      this.decideChunk = decideChunk;
      this.reasons = reasons;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        fill();
        if (inFlight.isEmpty()) {
          pool.shutdown();
          return false;
        }
        List<BatchResult<T>> chunk = await(inFlight.removeFirst());
        done += chunk.size();
        options.progress().accept(done);
        current = chunk.iterator();
      }
      return true;
    }

    @Override
    public BatchResult<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    /** Submits chunks until twice as many as there are threads are in flight. */
    private void fill() {
      while (inFlight.size() < 2 * options.threads() && families.hasNext()) {
        List<Family> chunk = new ArrayList<>(options.chunkSize());
        Set<Object> ids = new HashSet<>();
        while (chunk.size() < options.chunkSize() && families.hasNext()) {
          Family f = families.next();
          chunk.add(f);
          if (!ids.add(f.id())) {
            break; // a repeated id starts a new session, so each session's families are distinct
          }
        }
        long first = submitted;
        submitted += chunk.size();
        if (!distinct(chunk)) {
          // The last family repeats an id of the chunk: decide it on its own.
          Family last = chunk.remove(chunk.size() - 1);
          inFlight.addLast(pool.submit(() -> decide(chunk, first)));
          inFlight.addLast(pool.submit(() -> decide(List.of(last), first + chunk.size())));
        } else {
          inFlight.addLast(pool.submit(() -> decide(chunk, first)));
        }
      }
    }

    private static boolean distinct(List<Family> chunk) {
      return chunk.stream().map(Family::id).distinct().count() == chunk.size();
    }

    /**
     * Decides a chunk in one session. If a rule fails, the family it failed for gets the failure
     * and the rest are decided again together; where the failure names no family, each half is
     * decided on its own, so that one failing family costs a few sessions, not one per family.
     */
    private List<BatchResult<T>> decide(List<Family> chunk, long first) {
      List<Long> positions = new ArrayList<>(chunk.size());
      for (int i = 0; i < chunk.size(); i++) {
        positions.add(first + i);
      }
      List<BatchResult<T>> out = new ArrayList<>(chunk.size());
      decide(chunk, positions, out);
      out.sort(Comparator.comparingLong(BatchResult::index));
      return out;
    }

    private void decide(List<Family> families, List<Long> positions, List<BatchResult<T>> out) {
      if (families.isEmpty()) {
        return;
      }
      try {
        List<T> values = decideChunk.apply(families);
        if (options.reasonsInWords()) {
          values.forEach(reasons);
        }
        for (int i = 0; i < families.size(); i++) {
          out.add(new BatchResult.Success<>(positions.get(i), families.get(i).id(), values.get(i)));
        }
      } catch (RuntimeException | StackOverflowError failed) {
        int culprit = families.size() == 1 ? 0 : culprit(families, failed);
        if (culprit >= 0) {
          out.add(new BatchResult.Failure<>(positions.get(culprit), families.get(culprit).id(), String.valueOf(failed.getMessage())));
          List<Family> rest = new ArrayList<>(families);
          List<Long> restPositions = new ArrayList<>(positions);
          rest.remove(culprit);
          restPositions.remove(culprit);
          decide(rest, restPositions, out);
        } else {
          int half = families.size() / 2;
          decide(families.subList(0, half), positions.subList(0, half), out);
          decide(families.subList(half, families.size()), positions.subList(half, positions.size()), out);
        }
      }
    }

    /** The position of the family the failure names, or -1. */
    private static int culprit(List<Family> families, Throwable failed) {
      if (failed instanceof RuleFailureException e && e.family().isPresent()) {
        for (int i = 0; i < families.size(); i++) {
          if (families.get(i).id().value().equals(e.family().get())) {
            return i;
          }
        }
      }
      return -1;
    }

    private List<BatchResult<T>> await(Future<List<BatchResult<T>>> future) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pool.shutdownNow();
        throw new IllegalStateException("the batch was interrupted", e);
      } catch (ExecutionException e) {
        pool.shutdownNow();
        throw new IllegalStateException("the batch failed: " + e.getCause(), e.getCause());
      }
    }
  }
}
