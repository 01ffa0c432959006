package org.communitybudgets.rules.troubledfamilies;

/**
 * Inserted by the rule that identifies a family for the programme; its absence after the rules
 * have fired means the family is not identified.
 *
 * @param family the family's id
 * @param basis how the family qualified, in words
 */
public record Identified(String family, String basis) {}
