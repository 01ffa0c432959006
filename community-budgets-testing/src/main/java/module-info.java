/**
 * jqwik generators of valid Community Budgets domain objects for property-based tests: the
 * {@code *Arbitraries} classes, and a provider that gives the domain's types to {@code @ForAll}
 * parameters with no {@code @Provide} method.
 */
module org.communitybudgets.testing {
  requires transitive org.communitybudgets.core;
  requires transitive net.jqwik.api;

  exports org.communitybudgets.testing;

  provides net.jqwik.api.providers.ArbitraryProvider
      with org.communitybudgets.testing.DomainArbitraryProvider;
}
