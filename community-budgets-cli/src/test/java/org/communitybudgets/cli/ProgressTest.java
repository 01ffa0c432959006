package org.communitybudgets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress shows on a terminal only, never for a short run, and never when asked to be quiet. */
class ProgressTest {
  private static final long LONG_AGO = System.nanoTime() - 60_000_000_000L;

  @Test
  void onATerminalALongRunRewritesOneLineAndEndsWithWhatWasDone() {
    StringWriter text = new StringWriter();
    Progress p = new Progress(new PrintWriter(text), true, LONG_AGO);
    p.step("identifying the cohort's families", 4000, 8000);
    p.finished("report written");
    String shown = text.toString();
    assertTrue(shown.startsWith("\ridentifying the cohort's families: 4000 of 8000, 60 s"), shown);
    assertTrue(shown.contains("\rreport written, in 60 s"), shown);
    assertTrue(shown.endsWith("\n"), "the display ends its line");
  }

  @Test
  void aCountOfSeveralBatchesShowsTheFurthestAndAStepWithoutACountShowsItsName() {
    StringWriter text = new StringWriter();
    Progress p = new Progress(new PrintWriter(text), true, LONG_AGO);
    p.decided(500);
    String first = text.toString();
    assertTrue(first.contains("deciding: 500 records"), first);
    Progress q = new Progress(new PrintWriter(text), true, LONG_AGO);
    q.step("writing the report", 0, 1);
    assertTrue(text.toString().contains("\rwriting the report, 60 s"), text.toString());
  }

  @Test
  void offTheTerminalOrQuietOrShortNothingIsShown() {
    StringWriter off = new StringWriter();
    Progress notATerminal = new Progress(new PrintWriter(off), false, LONG_AGO);
    notATerminal.step("identifying the cohort's families", 4000, 8000);
    notATerminal.finished(4000, 0);
    assertEquals("", off.toString());

    StringWriter quiet = new StringWriter();
    Progress q = Progress.onStandardError(new PrintWriter(quiet), true);
    q.step("identifying the cohort's families", 4000, 8000);
    q.finished("report written");
    assertEquals("", quiet.toString());

    StringWriter shortRun = new StringWriter();
    Progress justStarted = new Progress(new PrintWriter(shortRun), true, System.nanoTime());
    justStarted.step("identifying the cohort's families", 4000, 8000);
    justStarted.finished(4000, 0);
    assertEquals("", shortRun.toString(), "a run under two seconds shows nothing");
  }
}
