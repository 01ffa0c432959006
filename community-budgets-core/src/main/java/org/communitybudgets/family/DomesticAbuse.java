package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A recorded instance of domestic violence or abuse affecting the family (TF framework 2015).
 *
 * @param member the member involved, as victim or perpetrator, or empty for the household
 * @param kind how it was recorded
 * @param date the day of the incident or referral
 */
public record DomesticAbuse(Optional<MemberId> member, DomesticAbuseKind kind, LocalDate date)
    implements Indicator {
  /** Validates the fields. */
  public DomesticAbuse {
    optional(member, "member");
    required(kind, "domestic abuse kind", () -> "domestic abuse" + Ids.whose(member));
    required(date, "date", () -> "domestic abuse" + Ids.whose(member));
  }

  /** Domestic violence and abuse. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE);
  }

  @Override
  public String description() {
    return "domestic abuse (" + Ids.words(kind) + ")" + Ids.whose(member) + " on " + date;
  }
}
