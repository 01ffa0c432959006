package org.communitybudgets.rules.troubledfamilies;

import org.communitybudgets.money.Money;

/**
 * Inserted by the rule that finds a claim payable, with the amount to pay.
 *
 * @param claim the claim's id
 * @param amount the amount payable
 */
public record ClaimPayable(String claim, Money amount) {}
