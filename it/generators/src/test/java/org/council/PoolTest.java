package org.council;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.communitybudgets.family.Family;
import org.communitybudgets.pool.Pool;

class PoolTest {
  @Property
  boolean everyContributionIsByAHolderOfThePool(@ForAll Pool pool) {
    return pool.contributions().stream().allMatch(c -> pool.holder(c.holder()).isPresent());
  }

  @Property
  boolean everyFamilyHasAMember(@ForAll Family family) {
    return !family.members().isEmpty();
  }
}
