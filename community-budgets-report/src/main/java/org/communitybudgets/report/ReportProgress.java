package org.communitybudgets.report;

/**
 * What a report being written is doing, for a caller that shows it: the step, and how far it has
 * gone in it. The steps come in order: assessing the pool, identifying the cohort's families,
 * their results, the authority's ledger, writing the report. A step with a count is called as its
 * records are decided; one without is called once, with {@code done} 0 and {@code total} 1.
 *
 * <p>Called on the threads that decide, so an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface ReportProgress {
  /**
   * The step the report has reached.
   *
   * @param step what it is doing, e.g. {@code identifying the cohort's families}
   * @param done how many of the step's records are done
   * @param total how many there are in the step
   */
  void step(String step, long done, long total);

  /** Shows nothing. */
  static ReportProgress none() {
    return (step, done, total) -> { };
  }
}
