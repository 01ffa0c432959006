package org.communitybudgets.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.testing.FamilyArbitraries;

/** Every family, and every kind of indicator, reads back from its JSON form as it was written. */
class DomainJsonProperties {
  private final ObjectMapper mapper = DomainJson.mapper();

  @Provide
  Arbitrary<Family> families() {
    return FamilyArbitraries.families();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return FamilyArbitraries.indicators();
  }

  @Property(tries = 300)
  void aFamilyReadsBackFromItsJsonAsItWas(@ForAll("families") Family family) throws Exception {
    String json = mapper.writeValueAsString(family);
    assertEquals(family, mapper.readValue(json, Family.class), json);
  }

  @Provide
  Arbitrary<org.communitybudgets.pool.Pool> pools() {
    return org.communitybudgets.testing.PoolArbitraries.pools();
  }

  @Property(tries = 200)
  void aPoolReadsBackFromItsJsonAsItWas(@ForAll("pools") org.communitybudgets.pool.Pool pool) throws Exception {
    String json = mapper.writeValueAsString(pool);
    assertEquals(pool, mapper.readValue(json, org.communitybudgets.pool.Pool.class), json);
  }

  @Property(tries = 300)
  void anIndicatorOfAnyKindReadsBackAsItWas(@ForAll("indicators") Indicator indicator) throws Exception {
    String json = mapper.writeValueAsString(indicator);
    assertEquals(indicator, mapper.readValue(json, Indicator.class), json);
  }
}
