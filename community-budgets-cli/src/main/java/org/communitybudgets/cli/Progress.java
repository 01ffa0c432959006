package org.communitybudgets.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on standard error, as one line rewritten in place, shown only when
 * standard error is a terminal and {@code --quiet} is not given, and only for a run of two seconds
 * or more. A run whose output goes to a file or a pipe, or a script's, sees nothing of it.
 */
final class Progress {
  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean on;
  private final long started;
  private long lastShown;
  private long mostDone;
  private String lastStep = "";
  private int lastWidth;
  private boolean shown;

  Progress(PrintWriter err, boolean on, long started) {
    this.err = err;
    this.on = on;
    this.started = started;
    this.lastShown = started - EVERY_NANOS;
  }

  /** Progress on standard error: on when it is a terminal and {@code quiet} is false. */
  static Progress onStandardError(PrintWriter err, boolean quiet) {
    return new Progress(err, !quiet && System.console() != null, System.nanoTime());
  }

  /** Called by a batch with the number of records decided so far (by the furthest of several batches). */
  void decided(long done) {
    step("deciding", done, -1);
  }

  /** The step the run has reached and how far it has gone in it; a {@code total} below 0 is not known. */
  synchronized void step(String step, long done, long total) {
    if (!on) {
      return;
    }
    if (!step.equals(lastStep)) {
      lastStep = step;
      mostDone = 0;
    }
    mostDone = Math.max(mostDone, done);
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS || now - lastShown < EVERY_NANOS) {
      return;
    }
    lastShown = now;
    shown = true;
    String text = step + (total > 1 ? ": " + mostDone + " of " + total : total < 0 ? ": " + mostDone + " records" : "")
        + ", " + (now - started) / 1_000_000_000L + " s";
    String padded = text.length() < lastWidth ? text + " ".repeat(lastWidth - text.length()) : text;
    lastWidth = text.length();
    err.print("\r" + padded);
    err.flush();
  }

  /** Ends the display with the totals, if anything was shown. */
  synchronized void finished(long decided, long invalid) {
    finished(decided + " decided, " + invalid + " invalid");
  }

  /** Ends the display with what was done, if anything was shown. */
  synchronized void finished(String done) {
    if (shown) {
      err.println("\r" + done + ", in " + (System.nanoTime() - started) / 1_000_000_000L + " s"
          + " ".repeat(Math.max(0, lastWidth - done.length() - 8)));
      err.flush();
      shown = false;
    }
  }
}
