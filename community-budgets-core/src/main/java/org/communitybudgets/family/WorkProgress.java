package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An adult's step towards work (TF framework 2012, progress-to-work result).
 *
 * @param adult the member who took the step
 * @param kind the step
 * @param date the day of the step
 */
public record WorkProgress(MemberId adult, WorkProgressKind kind, LocalDate date)
    implements Indicator {
  /** Validates the fields. */
  public WorkProgress {
    required(adult, "adult");
    required(kind, "progress kind", () -> "progress to work of member " + adult);
    required(date, "date", () -> "progress to work of member " + adult);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(adult);
  }

  /** None: progress to work is a result, not a problem. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "progress to work (" + Ids.words(kind) + ") of member " + adult + " on " + date;
  }
}
