package org.communitybudgets.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on standard error: on a terminal, one line rewritten in place; otherwise
 * a line every ten seconds. Nothing is shown for a run of under two seconds.
 */
final class Progress {
  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private boolean shown;

  private Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  static Progress onStandardError(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  /** Called by the batch with the number of records decided so far. */
  synchronized void decided(long done) {
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS || (!terminal && now - lastShown < EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    shown = true;
    String text = done + " records decided in " + (now - started) / 1_000_000_000L + " s";
    if (terminal) {
      err.print("\r" + text);
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Ends the progress display with the totals, if anything was shown. */
  synchronized void finished(long decided, long invalid) {
    if (shown) {
      if (terminal) {
        err.println();
      }
      err.println(decided + " decided, " + invalid + " invalid, in " + (System.nanoTime() - started) / 1_000_000_000L + " s");
      err.flush();
    }
  }
}
