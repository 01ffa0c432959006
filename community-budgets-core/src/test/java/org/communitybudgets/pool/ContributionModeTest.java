package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

class ContributionModeTest {

  @Test
  void onlyInKindIsNotMoney() {
    assertTrue(ContributionMode.POOLED_AT_SOURCE.isMoney());
    assertTrue(ContributionMode.LOCALLY_POOLED.isMoney());
    assertTrue(ContributionMode.ALIGNED.isMoney());
    assertFalse(ContributionMode.IN_KIND.isMoney());
  }

  @Test
  void eachModeCitesTheOffer() {
    assertEquals(PolicySource.offer("§5"), ContributionMode.POOLED_AT_SOURCE.source());
    assertEquals("Offer §9; menu, DWP, row 1", ContributionMode.IN_KIND.source().toString());
    for (ContributionMode mode : ContributionMode.values()) {
      assertEquals(PolicyDocument.OFFER, mode.source().document());
    }
  }

  @Test
  void labelsReadAsWords() {
    assertEquals("pooled at source", ContributionMode.POOLED_AT_SOURCE.label());
    assertEquals("locally pooled", ContributionMode.LOCALLY_POOLED.label());
    assertEquals("aligned", ContributionMode.ALIGNED.label());
    assertEquals("in kind", ContributionMode.IN_KIND.label());
  }
}
