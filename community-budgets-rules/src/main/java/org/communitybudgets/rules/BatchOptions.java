package org.communitybudgets.rules;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * How a batch runs: how many families share one rule session, how many threads work at once, and
 * whom to tell how many families are done.
 *
 * @param chunkSize the families decided in one rule session, 1 to {@value #MAX_CHUNK_SIZE}; memory held grows with it
 * @param threads the sessions run at once, 1 to {@value #MAX_THREADS}
 * @param progress told the number of families done after each chunk, on the thread that reads the results
 * @param reasonsInWords whether the batch's threads put every decision's reasons into words
 *     before handing it over, for a caller that reads them all; otherwise they are put into
 *     words when first read, on the reader's thread
 */
public record BatchOptions(int chunkSize, int threads, LongConsumer progress, boolean reasonsInWords) {
  /** The most families one rule session decides: a session holds its chunk's facts and reasons in memory. */
  public static final int MAX_CHUNK_SIZE = 100_000;

  /** The most threads a batch runs at once: more than the cores only adds memory and contention. */
  public static final int MAX_THREADS = 256;

  /** Validates the sizes. */
  public BatchOptions {
    if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException("chunk size must be between 1 and " + MAX_CHUNK_SIZE + " families, was " + chunkSize);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", was " + threads);
    }
    Objects.requireNonNull(progress, "progress is required");
  }

  /** Options whose reasons are put into words when first read. */
  public BatchOptions(int chunkSize, int threads, LongConsumer progress) {
    this(chunkSize, threads, progress, false);
  }

  /** Chunks of 1,000 families on every available core, with no progress reports. */
  public static BatchOptions defaults() {
    return new BatchOptions(1_000, Runtime.getRuntime().availableProcessors(), done -> {});
  }

  /** These options with another chunk size. */
  public BatchOptions withChunkSize(int size) {
    return new BatchOptions(size, threads, progress, reasonsInWords);
  }

  /** These options with another number of threads. */
  public BatchOptions withThreads(int count) {
    return new BatchOptions(chunkSize, count, progress, reasonsInWords);
  }

  /** These options, telling {@code listener} how many families are done after each chunk. */
  public BatchOptions withProgress(LongConsumer listener) {
    return new BatchOptions(chunkSize, threads, listener, reasonsInWords);
  }

  /**
   * These options, with the batch's threads putting every decision's reasons into words before
   * handing it over: for a caller that reads them all, so that the work is shared by the threads
   * rather than done on the one that reads the results.
   */
  public BatchOptions withReasonsInWords() {
    return new BatchOptions(chunkSize, threads, progress, true);
  }
}
