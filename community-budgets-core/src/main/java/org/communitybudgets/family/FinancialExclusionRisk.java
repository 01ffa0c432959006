package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A sign that the family, or one member, is at risk of financial exclusion (TF framework 2015,
 * worklessness and financial exclusion).
 *
 * @param member the member at risk, or empty for the household
 * @param kind the sign
 * @param date the day it was recorded
 */
public record FinancialExclusionRisk(
    Optional<MemberId> member, FinancialExclusionKind kind, LocalDate date) implements Indicator {
  /** Validates the fields. */
  public FinancialExclusionRisk {
    optional(member, "member");
    required(kind, "financial exclusion kind", () -> "financial exclusion risk" + Ids.whose(member));
    required(date, "date", () -> "financial exclusion risk" + Ids.whose(member));
  }

  /** Worklessness and financial exclusion. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION);
  }

  @Override
  public String description() {
    return "financial exclusion risk (" + Ids.words(kind) + ")" + Ids.whose(member) + " on " + date;
  }
}
