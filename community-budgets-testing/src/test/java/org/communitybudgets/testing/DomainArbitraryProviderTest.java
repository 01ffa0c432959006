package org.communitybudgets.testing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.family.Family;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.time.FinancialYear;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The domain types come to a property as they are, with no @Provide method: the provider is registered with jqwik. */
class DomainArbitraryProviderTest {
  @Property(tries = 20)
  void aPoolComesValidWithItsContributions(@ForAll Pool pool) {
    assertNotNull(pool.id());
    pool.contributions().forEach(c -> assertTrue(pool.holder(c.holder()).isPresent(), c.toString()));
  }

  @Property(tries = 20)
  void aFamilyComesValidWithItsMembers(@ForAll Family family) {
    assertFalse(family.members().isEmpty());
  }

  @Property(tries = 20)
  void theOtherTypesComeToo(@ForAll Claim claim, @ForAll Money amount, @ForAll FinancialYear year, @ForAll Appraisal appraisal) {
    assertNotNull(claim.id());
    assertNotNull(amount);
    assertNotNull(year);
    assertNotNull(appraisal.npvTotal());
  }
}
