package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.time.DateRange;

/**
 * A spell of paid work by an adult (TF framework 2012, continuous-employment result; TF
 * framework 2015, continuous employment). How many weeks of work count as continuous employment is a parameter
 * of the rules.
 *
 * @param adult the member in work
 * @param period the days of the spell; open-ended while it goes on
 * @param hoursPerWeek the usual weekly hours, if known; 1–168
 */
public record EmploymentSpell(MemberId adult, DateRange period, Optional<Integer> hoursPerWeek)
    implements Indicator {
  /** The most hours there are in a week. */
  public static final int HOURS_IN_A_WEEK = 168;

  /** Validates the fields. */
  public EmploymentSpell {
    required(adult, "adult");
    required(period, "period", () -> "employment of member " + adult);
    optional(hoursPerWeek, "hours per week");
    String owner = "employment of member " + adult + ", " + period;
    hoursPerWeek.ifPresent(
        h -> check(h >= 1 && h <= HOURS_IN_A_WEEK, "hours per week", "within 1–" + HOURS_IN_A_WEEK, h, owner));
  }

  /** A spell of unknown weekly hours. */
  public static EmploymentSpell of(MemberId adult, DateRange period) {
    return new EmploymentSpell(adult, period, Optional.empty());
  }

  /** True if the adult was in this work on the day. */
  public boolean isCurrentOn(LocalDate day) {
    return period.contains(day);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(adult);
  }

  /** The first day of the spell. */
  @Override
  public LocalDate date() {
    return period.start();
  }

  /** None: employment is a result, not a problem. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "employment of member " + adult + ", " + period;
  }
}
