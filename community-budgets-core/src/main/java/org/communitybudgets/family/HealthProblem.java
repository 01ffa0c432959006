package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A health problem of a member, as recorded by a professional (TF framework 2015, health).
 *
 * @param person the member with the problem
 * @param kind the kind of problem
 * @param recordedOn the day it was recorded
 */
public record HealthProblem(MemberId person, HealthProblemKind kind, LocalDate recordedOn)
    implements Indicator {
  /** Validates the fields. */
  public HealthProblem {
    required(person, "person");
    required(kind, "health problem kind", () -> "health problem of member " + person);
    required(recordedOn, "date recorded", () -> "health problem of member " + person);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(person);
  }

  /** The day the problem was recorded. */
  @Override
  public LocalDate date() {
    return recordedOn;
  }

  /** Health. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.HEALTH);
  }

  @Override
  public String description() {
    return Ids.words(kind) + " problem of member " + person + " on " + recordedOn;
  }
}
