/**
 * Pooling under the departmental menu: a {@link org.communitybudgets.rules.pooling.PoolAssessment}
 * decides each {@link org.communitybudgets.pool.Contribution} of a {@link
 * org.communitybudgets.pool.Pool} with its reasons and totals the pool by line and year. The facts
 * the pooling rules match, {@link org.communitybudgets.rules.pooling.ContributionCase} and {@link
 * org.communitybudgets.rules.pooling.PoolCase}, are here for rule authors.
 */
package org.communitybudgets.rules.pooling;
