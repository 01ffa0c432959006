package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementIdTest {

  @Test
  void isLowerCaseWordsOrDigitsJoinedByHyphens() {
    IdChecks.checkId(AgreementId::of, "agreement id");
  }

  @Test
  void ordersByItsText() {
    assertTrue(AgreementId.of("a-1").compareTo(AgreementId.of("a-2")) < 0);
    assertEquals(0, AgreementId.of("a-1").compareTo(new AgreementId("a-1")));
  }
}
