package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An incident of anti-social behaviour recorded against the family or one of its members. The
 * fall in anti-social behaviour across the family that the phase-1 result asks for is counted
 * over these (TF framework 2012, crime/ASB/education result).
 *
 * @param member the member it is recorded against, or empty for the family as a whole
 * @param date the day of the incident
 */
public record AsbIncident(Optional<MemberId> member, LocalDate date) implements Indicator {
  /** Validates the fields. */
  public AsbIncident {
    optional(member, "member");
    required(date, "date", () -> "ASB incident" + Ids.whose(member));
  }

  /** An incident recorded against the family as a whole. */
  public static AsbIncident againstFamily(LocalDate date) {
    return new AsbIncident(Optional.empty(), date);
  }

  /** An incident recorded against one member. */
  public static AsbIncident against(MemberId member, LocalDate date) {
    return new AsbIncident(Optional.of(required(member, "member")), date);
  }

  /** Crime and anti-social behaviour. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR);
  }

  @Override
  public String description() {
    return "ASB incident" + Ids.whose(member) + " on " + date;
  }
}
