package org.council.docs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.testing.FundingArbitraries;
import org.communitybudgets.testing.PoolArbitraries;

/** docs/property-tests.md: a generator steered by a {@code @Provide} method. */
class SteeredPoolTest {
  @Property
  boolean everyContributionIsByAHolderOfThePool(@ForAll("pools") Pool pool) {
    return pool.contributions().stream().allMatch(c -> pool.holder(c.holder()).isPresent());
  }

  @Provide Arbitrary<Pool> pools() { return PoolArbitraries.poolsMixingAllModes().withLines(FundingArbitraries.menuLineIds()); }
}
