package org.communitybudgets.rules.troubledfamilies;

/**
 * Inserted by a rule that refuses a claim; a claim no rule refuses is payable.
 *
 * @param claim the claim's id
 * @param condition the code of the condition it does not meet, as in the reason recorded
 */
public record ClaimRefused(String claim, String condition) {}
