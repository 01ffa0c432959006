package org.communitybudgets.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
   * @param decideOne decides one family alone, for a chunk in which a rule failed
   */
  static <T> Stream<BatchResult<T>> run(
      Iterator<Family> families,
      BatchOptions options,
      Function<List<Family>, List<T>> decideChunk,
      Function<Family, T> decideOne) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread t = new Thread(r, "community-budgets-batch");
              t.setDaemon(true);
              return t;
            });
    Iterator<BatchResult<T>> results = new ResultIterator<>(families, options, pool, decideChunk, decideOne);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(pool::shutdownNow);
  }

  private static final class ResultIterator<T> implements Iterator<BatchResult<T>> {
    private final Iterator<Family> families;
    private final BatchOptions options;
    private final ExecutorService pool;
    private final Function<List<Family>, List<T>> decideChunk;
    private final Function<Family, T> decideOne;
    private final Deque<Future<List<BatchResult<T>>>> inFlight = new ArrayDeque<>();
    private Iterator<BatchResult<T>> current = List.<BatchResult<T>>of().iterator();
    private long submitted;
    private long done;

    ResultIterator(
        Iterator<Family> families,
        BatchOptions options,
        ExecutorService pool,
        Function<List<Family>, List<T>> decideChunk,
        Function<Family, T> decideOne) {
      this.families = families;
      this.options = options;
      this.pool = pool;
      this.decideChunk = decideChunk;
      this.decideOne = decideOne;
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

    private List<BatchResult<T>> decide(List<Family> chunk, long first) {
      List<BatchResult<T>> out = new ArrayList<>(chunk.size());
      try {
        List<T> values = decideChunk.apply(chunk);
        for (int i = 0; i < chunk.size(); i++) {
          out.add(new BatchResult.Success<>(first + i, chunk.get(i).id(), values.get(i)));
        }
        return out;
      } catch (RuntimeException chunkFailed) {
        out.clear();
        for (int i = 0; i < chunk.size(); i++) {
          Family f = chunk.get(i);
          try {
            out.add(new BatchResult.Success<>(first + i, f.id(), decideOne.apply(f)));
          } catch (RuntimeException e) {
            out.add(new BatchResult.Failure<>(first + i, f.id(), String.valueOf(e.getMessage())));
          }
        }
        return out;
      }
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
