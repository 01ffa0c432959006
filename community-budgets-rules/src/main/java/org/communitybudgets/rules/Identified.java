package org.communitybudgets.rules;

/**
 * Inserted by the rule that identifies the family for the programme; its absence after the rules
 * have fired means the family is not identified.
 *
 * @param basis how the family qualified, in words
 */
public record Identified(String basis) {}
