package org.communitybudgets.cli;

import org.communitybudgets.rules.BatchOptions;
import picocli.CommandLine.Option;

/** The options of a batch: how many threads decide, how many records each takes at a time, and whether to show progress. */
final class BatchSettings {
  @Option(names = "--threads", paramLabel = "N", description = "Threads that decide (default: the processors).")
  Integer threads;

  @Option(names = "--chunk-size", paramLabel = "N", description = "Records each thread takes at a time (default: the library's).")
  Integer chunkSize;

  @Option(names = "--quiet", description = "Show no progress on standard error (it is shown only on a terminal, for a run of two seconds or more).")
  boolean quiet;

  BatchOptions options() {
    BatchOptions o = BatchOptions.defaults();
    if (threads != null) {
      o = o.withThreads(threads);
    }
    if (chunkSize != null) {
      o = o.withChunkSize(chunkSize);
    }
    return o;
  }
}
