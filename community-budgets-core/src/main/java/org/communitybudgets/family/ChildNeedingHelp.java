package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.time.DateRange;

/**
 * A period over which a child was known to need help (TF framework 2015, children who need
 * help).
 *
 * @param child the child
 * @param kind the kind of help
 * @param period the days it lasted; open-ended while it goes on
 */
public record ChildNeedingHelp(MemberId child, HelpKind kind, DateRange period)
    implements Indicator {
  /** Validates the fields. */
  public ChildNeedingHelp {
    required(child, "child");
    required(kind, "help kind", () -> "child needing help " + child);
    required(period, "period", () -> "child needing help " + child);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(child);
  }

  /** The first day of the period. */
  @Override
  public LocalDate date() {
    return period.start();
  }

  /** Children who need help. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.CHILDREN_WHO_NEED_HELP);
  }

  @Override
  public String description() {
    return Ids.words(kind) + " of child " + child + ", " + period;
  }
}
