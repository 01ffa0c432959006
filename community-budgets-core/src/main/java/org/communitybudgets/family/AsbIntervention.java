package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A formal anti-social behaviour intervention against a member (TF framework 2012,
 * identification criterion 1).
 *
 * @param person the member the intervention is against
 * @param type the kind of intervention
 * @param date the day it was made or began
 */
public record AsbIntervention(MemberId person, AsbInterventionType type, LocalDate date)
    implements Indicator {
  /** Validates the fields. */
  public AsbIntervention {
    required(person, "person");
    required(type, "intervention type", () -> "ASB intervention against member " + person);
    required(date, "date", () -> "ASB intervention against member " + person);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(person);
  }

  /** Crime and anti-social behaviour. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR);
  }

  @Override
  public String description() {
    return type + " against member " + person + " on " + date;
  }
}
