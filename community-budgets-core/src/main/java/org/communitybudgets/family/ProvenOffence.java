package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A proven offence — a caution or a conviction — of a member (TF framework 2012,
 * identification criterion 1, and the youth-offending part of the crime/ASB/education result).
 * Whether the offender was a child at the time follows from the member's date of birth.
 *
 * @param offender the member who committed the offence
 * @param provenOn the day the offence was proven (caution given or conviction recorded)
 * @param offence the offence, as recorded, non-blank
 */
public record ProvenOffence(MemberId offender, LocalDate provenOn, String offence)
    implements Indicator {
  /** Validates the fields. */
  public ProvenOffence {
    required(offender, "offender");
    required(provenOn, "date proven", () -> "proven offence by member " + offender);
    offence = nonBlank(offence, "offence", () -> "proven offence by member " + offender + " on " + provenOn);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(offender);
  }

  /** The day the offence was proven. */
  @Override
  public LocalDate date() {
    return provenOn;
  }

  /** Crime and anti-social behaviour. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR);
  }

  @Override
  public String description() {
    return "proven offence by member " + offender + " on " + provenOn;
  }
}
