/**
 * jqwik generators of valid domain objects: the {@code *Arbitraries} classes ({@link
 * org.communitybudgets.testing.PoolArbitraries}, {@link org.communitybudgets.testing.FamilyArbitraries}
 * and the rest), and {@link org.communitybudgets.testing.DomainArbitraryProvider}, which gives {@code
 * @ForAll Pool}, {@code @ForAll Family} and the other domain types their defaults.
 */
package org.communitybudgets.testing;
