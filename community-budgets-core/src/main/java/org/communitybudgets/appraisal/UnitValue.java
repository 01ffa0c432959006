package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.money.Money;
import org.communitybudgets.pool.Party;

/**
 * What one person (or family) achieving an outcome is worth to one agency in one year, of one
 * kind, with the confidence grade of the figure (CBA guidance 2014, chapter 8): for instance better
 * co-ordinated employment support saving DWP £9,234 a person a year.
 *
 * @param agency the agency the benefit lands on
 * @param kind the kind of benefit
 * @param amount the value a person a year, zero or more, before any correction
 * @param grade the confidence grade of the figure
 */
public record UnitValue(Party agency, BenefitKind kind, Money amount, ConfidenceGrade grade) {
  /** Validates every component. */
  public UnitValue {
    required(agency, "agency");
    String owner = "unit value to " + agency;
    required(kind, "benefit kind", owner);
    required(amount, "amount", owner);
    check(!amount.isNegative(), "amount", "zero or more", amount, owner);
    required(grade, "confidence grade", owner);
  }

  /** {@code amount} of benefit of {@code kind} to {@code agency} a person a year, graded {@code grade}. */
  public static UnitValue of(Party agency, BenefitKind kind, Money amount, ConfidenceGrade grade) {
    return new UnitValue(agency, kind, amount, grade);
  }
}
