package org.communitybudgets.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenefitKindTest {
  @Test
  void onlyFiscalBenefitsCanBeCashable() {
    assertTrue(BenefitKind.CASHABLE_FISCAL.isFiscal());
    assertTrue(BenefitKind.CASHABLE_FISCAL.isCashable());
    assertTrue(BenefitKind.NON_CASHABLE_FISCAL.isFiscal());
    assertFalse(BenefitKind.NON_CASHABLE_FISCAL.isCashable());
    assertFalse(BenefitKind.ECONOMIC.isFiscal());
    assertFalse(BenefitKind.SOCIAL.isCashable());
    assertEquals("non-cashable fiscal", BenefitKind.NON_CASHABLE_FISCAL.label());
  }
}
