package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.time.DateRange;

/**
 * A period over which a young person was not in education, employment or training (NEET)
 * (TF framework 2015, worklessness). The age range that counts as young is for the rules.
 *
 * @param youngPerson the member
 * @param period the days it lasted; open-ended while it goes on
 */
public record YoungPersonNotInWork(MemberId youngPerson, DateRange period) implements Indicator {
  /** Validates the fields. */
  public YoungPersonNotInWork {
    required(youngPerson, "young person");
    required(period, "period", () -> "young person not in work " + youngPerson);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(youngPerson);
  }

  /** The first day of the period. */
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
    return "member " + youngPerson + " not in education, employment or training, " + period;
  }
}
