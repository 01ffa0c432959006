/**
 * A local pooled budget: the {@link org.communitybudgets.pool.Pool}, its budget holders, the {@link
 * org.communitybudgets.pool.Contribution}s each makes from a funding line and in what {@link
 * org.communitybudgets.pool.ContributionMode}, the {@link org.communitybudgets.pool.LocalFact}s that
 * meet the menu's conditions, and the agreements with their savings-sharing terms. The rules
 * module decides which contributions are allowed.
 */
package org.communitybudgets.pool;
