package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;

/**
 * Progress measured against one of a family's phase-2 problems, by the measure the authority's
 * {@link OutcomesPlan} sets for it (TF framework 2015: results are "significant and sustained
 * progress" against every problem the family had, the council's Outcomes Plan defining the
 * measures).
 *
 * @param problem the headline problem
 * @param measure the measure applied, as the outcomes plan words it; non-blank
 * @param measuredOn the day of the measurement
 * @param significantAndSustained true if the measure shows significant and sustained progress
 */
public record ProblemProgress(
    Phase2Problem problem, String measure, LocalDate measuredOn, boolean significantAndSustained)
    implements Outcome {
  /** Validates the fields. */
  public ProblemProgress {
    required(problem, "problem");
    required(measuredOn, "date measured", () -> "progress against " + Ids.words(problem));
    measure =
        nonBlank(measure, "measure", () -> "progress against " + Ids.words(problem) + " on " + measuredOn);
  }

  /** The day of the measurement. */
  @Override
  public LocalDate date() {
    return measuredOn;
  }
}
