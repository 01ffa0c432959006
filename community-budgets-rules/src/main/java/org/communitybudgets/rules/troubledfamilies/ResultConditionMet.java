package org.communitybudgets.rules.troubledfamilies;

/**
 * Inserted by a rule that finds a family meets one measure of a result with several measures; the
 * result is achieved when every measure of it is met.
 *
 * @param family the family's id
 * @param condition the measure's condition code, as the rule's {@code @condition} names it
 */
public record ResultConditionMet(String family, String condition) {}
