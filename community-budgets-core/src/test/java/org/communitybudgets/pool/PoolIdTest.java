package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoolIdTest {

  @Test
  void isLowerCaseWordsOrDigitsJoinedByHyphens() {
    IdChecks.checkId(PoolId::of, "pool id");
  }

  @Test
  void ordersByItsText() {
    assertTrue(PoolId.of("a").compareTo(PoolId.of("b")) < 0);
    assertEquals(0, PoolId.of("a").compareTo(new PoolId("a")));
  }
}
