package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A high-cost concern recorded by the authority under the local-discretion criterion (TF
 * framework 2012, identification criterion 4).
 *
 * @param member the member it is about, or empty for the family as a whole
 * @param type the kind of concern
 * @param recordedOn the day it was recorded
 */
public record LocalConcern(Optional<MemberId> member, ConcernType type, LocalDate recordedOn)
    implements Indicator {
  /** Validates the fields. */
  public LocalConcern {
    optional(member, "member");
    required(type, "concern type", () -> "local concern" + Ids.whose(member));
    required(recordedOn, "date recorded", () -> "local concern " + type + Ids.whose(member));
  }

  /** The day the concern was recorded. */
  @Override
  public LocalDate date() {
    return recordedOn;
  }

  /** None: local concerns are the authority's own. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "local concern " + type + Ids.whose(member) + " on " + recordedOn;
  }
}
