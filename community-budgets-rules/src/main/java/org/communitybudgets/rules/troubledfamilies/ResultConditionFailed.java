package org.communitybudgets.rules.troubledfamilies;

/**
 * Inserted by a rule that finds a family does not meet one condition of a result with several
 * conditions; the result is achieved when no condition of it failed.
 *
 * @param family the family's id
 * @param result the result's code, e.g. {@code crime-asb-education}
 * @param condition the condition's code, as in the reason recorded
 */
public record ResultConditionFailed(String family, String result, String condition) {}
