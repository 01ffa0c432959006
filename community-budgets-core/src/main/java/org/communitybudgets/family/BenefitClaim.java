package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.time.DateRange;

/**
 * A period over which an adult claimed a benefit (TF framework 2012, identification criterion
 * 3 and the continuous-employment result; TF framework 2015, the worklessness problem).
 *
 * @param adult the claimant
 * @param type the benefit
 * @param period the days of the claim; open-ended while it goes on
 */
public record BenefitClaim(MemberId adult, BenefitType type, DateRange period)
    implements Indicator {
  /** Validates the fields. */
  public BenefitClaim {
    required(adult, "adult");
    required(type, "benefit type", () -> "benefit claim of member " + adult);
    required(period, "period", () -> "benefit claim of member " + adult);
  }

  /** True if the claim was open on the day. */
  public boolean isOpenOn(LocalDate day) {
    return period.contains(day);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(adult);
  }

  /** The first day of the claim. */
  @Override
  public LocalDate date() {
    return period.start();
  }

  /** Worklessness and financial exclusion. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION);
  }

  @Override
  public String description() {
    return Ids.words(type) + " claim of member " + adult + ", " + period;
  }
}
