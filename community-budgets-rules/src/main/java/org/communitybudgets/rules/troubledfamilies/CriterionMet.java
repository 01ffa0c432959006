package org.communitybudgets.rules.troubledfamilies;

/**
 * A criterion or headline problem a family meets, inserted by the rule that finds it; the
 * identification rules count them. A criterion met in several ways is inserted once per way and
 * counted once.
 *
 * @param family the family's id
 * @param criterion the criterion's code: {@code crime-asb}, {@code education}, {@code work} and
 *     {@code local-discretion} in phase 1; the headline problem's name in phase 2
 * @param national true for phase 1's three national criteria, and for every phase-2 problem
 */
public record CriterionMet(String family, String criterion, boolean national) {}
