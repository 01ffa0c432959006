package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.time.DateRange;

/**
 * Where a child was educated over a period (TF framework 2012, identification criterion 2).
 *
 * @param child the pupil
 * @param provision the kind of provision
 * @param period the days the placement lasted; open-ended while it goes on
 * @param becauseOfExclusion true if the child is there because previously excluded
 */
public record SchoolPlacement(
    MemberId child, Provision provision, DateRange period, boolean becauseOfExclusion)
    implements Indicator {
  /** Validates the fields. */
  public SchoolPlacement {
    required(child, "child");
    required(provision, "provision", () -> "school placement of child " + child);
    required(period, "period", () -> "school placement of child " + child);
  }

  /** True if the placement covers the day. */
  public boolean isCurrentOn(LocalDate day) {
    return period.contains(day);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(child);
  }

  /** The first day of the placement. */
  @Override
  public LocalDate date() {
    return period.start();
  }

  /** School attendance. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.SCHOOL_ATTENDANCE);
  }

  @Override
  public String description() {
    return "school placement (" + Ids.words(provision) + (becauseOfExclusion ? ", after exclusion" : "")
        + ") of child " + child + ", " + period;
  }
}
