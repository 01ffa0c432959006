package org.communitybudgets.rules;

/**
 * Inserted into every rule session once its rules have fired and the conditions its subjects are
 * judged by ({@link Findings#expect}) have been judged: each that no rule met is then reported,
 * and for a claim refused with a {@code ClaimRefused}. A rule that decides from what was refused,
 * as the rule that finds a claim payable does, matches {@code ConditionsJudged()} so that it
 * fires after the judgement, not before.
 */
public final class ConditionsJudged {
  /** The one such fact, which the engine inserts. */
  public static final ConditionsJudged INSTANCE = new ConditionsJudged();

  private ConditionsJudged() {}

  @Override
  public String toString() {
    return "conditions judged";
  }
}
