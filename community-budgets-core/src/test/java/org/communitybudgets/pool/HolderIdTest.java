package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolderIdTest {

  @Test
  void isLowerCaseWordsOrDigitsJoinedByHyphens() {
    IdChecks.checkId(HolderId::of, "holder id");
  }

  @Test
  void ordersByItsText() {
    assertTrue(HolderId.of("a").compareTo(HolderId.of("b")) < 0);
    assertEquals(0, HolderId.of("a").compareTo(new HolderId("a")));
  }
}
