package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContributionIdTest {

  @Test
  void isLowerCaseWordsOrDigitsJoinedByHyphens() {
    IdChecks.checkId(ContributionId::of, "contribution id");
  }

  @Test
  void ordersByItsText() {
    assertTrue(ContributionId.of("c-1").compareTo(ContributionId.of("c-2")) < 0);
    assertEquals(0, ContributionId.of("c-1").compareTo(new ContributionId("c-1")));
  }
}
