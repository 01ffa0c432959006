package org.communitybudgets.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communitybudgets.family.Family;

/**
 * Runs a decision over a stream of records in chunks on several threads, keeping only a bounded
 * number of chunks in memory and yielding exactly one result per record, in input order: a record
 * that is null or does not become a family is a failure at its index, and an input that throws
 * part-way first gives every record read before it its result. The reader's thread only reads the
 * records; making them families and deciding them is done by the batch's threads.
 */
final class Batches {
  /** How long an idle batch thread waits for work before it ends, so that an unclosed stream leaves none behind. */
  private static final long IDLE_SECONDS = 1;

  private Batches() {}

  /**
   * The results of deciding every record, lazily, in input order.
   *
   * @param records the inputs
   * @param toFamily makes a record a family, on the batch's threads; an exception it throws is the record's failure
   * @param decideChunk decides a chunk of families with distinct ids in one session
   * @param reasons puts a decision's reasons into words, when the options ask for it
   */
  static <R, T> Stream<BatchResult<T>> run(
      Iterator<? extends R> records,
      Function<? super R, Family> toFamily,
      BatchOptions options,
      Function<List<Family>, List<T>> decideChunk,
      Consumer<T> reasons) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            options.threads(),
            options.threads(),
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "community-budgets-batch");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    Iterator<BatchResult<T>> results = new ResultIterator<>(records, toFamily, options, pool, decideChunk, reasons);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(pool::shutdownNow);
  }

  /** The failure's words: the exception's message, or its kind where it has none. */
  static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
  }

  private static final class ResultIterator<R, T> implements Iterator<BatchResult<T>> {
    private final Iterator<? extends R> records;
    private final Function<? super R, Family> toFamily;
    private final BatchOptions options;
    private final ExecutorService pool;
    private final Function<List<Family>, List<T>> decideChunk;
    private final Consumer<T> reasons;
    private final Deque<Future<List<BatchResult<T>>>> inFlight = new ArrayDeque<>();
    private Iterator<BatchResult<T>> current = List.<BatchResult<T>>of().iterator();
    private long read;
    private long done;
    private boolean inputEnded;
    private RuntimeException inputError;

    ResultIterator(
        Iterator<? extends R> records,
        Function<? super R, Family> toFamily,
        BatchOptions options,
        ExecutorService pool,
        Function<List<Family>, List<T>> decideChunk,
        Consumer<T> reasons) {
      this.records = records;
      this.toFamily = toFamily;
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
          if (inputError != null) {
            RuntimeException e = inputError;
            inputError = null;
            throw e;
          }
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

    /**
     * Reads and submits chunks of records until twice as many as there are threads are in flight.
     * Only reading happens here, on the reader's thread: making the records families is part of
     * each chunk's work, on the batch's threads.
     */
    private void fill() {
      while (inFlight.size() < 2 * options.threads() && !inputEnded) {
        List<R> chunk = new ArrayList<>(Math.min(options.chunkSize(), 1_024));
        long first = read;
        while (chunk.size() < options.chunkSize()) {
          try {
            if (!records.hasNext()) {
              inputEnded = true;
              break;
            }
            chunk.add(records.next());
          } catch (RuntimeException e) {
            inputEnded = true;
            inputError = e;
            break;
          }
          read++;
        }
        if (chunk.isEmpty()) {
          continue;
        }
        inFlight.addLast(pool.submit(() -> decideChunk(chunk, first)));
      }
    }

    /**
     * Makes a chunk's records families and decides them, with the records that did not become
     * families in their places. Families with distinct ids share a session: a repeated id starts a
     * new one, so that each session's families are distinct.
     */
    private List<BatchResult<T>> decideChunk(List<R> chunk, long first) {
      List<BatchResult<T>> out = new ArrayList<>(chunk.size());
      List<Family> session = new ArrayList<>(chunk.size());
      List<Long> positions = new ArrayList<>(chunk.size());
      Set<Object> ids = new HashSet<>();
      for (int i = 0; i < chunk.size(); i++) {
        R record = chunk.get(i);
        long index = first + i;
        Family f;
        try {
          f = record == null ? null : toFamily.apply(record);
        } catch (RuntimeException e) {
          out.add(new BatchResult.Failure<>(index, Optional.empty(), message(e)));
          continue;
        }
        if (f == null) {
          out.add(new BatchResult.Failure<>(index, Optional.empty(),
              record == null ? "input " + index + " is null" : "input " + index + " gave no family"));
          continue;
        }
        if (!ids.add(f.id())) {
          decide(session, positions, out);
          session = new ArrayList<>();
          positions = new ArrayList<>();
          ids.clear();
          ids.add(f.id());
        }
        session.add(f);
        positions.add(index);
      }
      decide(session, positions, out);
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
          out.add(new BatchResult.Failure<>(positions.get(culprit), Optional.of(families.get(culprit).id()), message(failed)));
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
