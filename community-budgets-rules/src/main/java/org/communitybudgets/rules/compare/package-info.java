/**
 * What-if: a {@link org.communitybudgets.rules.compare.Comparison} decides the same records with two
 * engines (other rules, parameters or a rule switched off) and reports what changed, by verdict,
 * authority and money, in a {@link org.communitybudgets.rules.compare.ComparisonReport}.
 */
package org.communitybudgets.rules.compare;
