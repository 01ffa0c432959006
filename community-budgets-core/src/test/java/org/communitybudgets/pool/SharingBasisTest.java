package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

class SharingBasisTest {

  @Test
  void eachBasisCitesItsSource() {
    assertEquals(
        PolicySource.evidenceCb00("§4"), SharingBasis.PROPORTIONATE_TO_INVESTMENT.source());
    assertEquals(PolicySource.evidenceCb00("§4"), SharingBasis.BY_CASHABLE_BENEFIT.source());
    assertEquals(PolicySource.offer("§11"), SharingBasis.FIXED_SHARES.source());
  }

  @Test
  void labelsReadAsWords() {
    assertEquals("proportionate to investment", SharingBasis.PROPORTIONATE_TO_INVESTMENT.label());
    assertEquals("by cashable benefit", SharingBasis.BY_CASHABLE_BENEFIT.label());
    assertEquals("fixed shares", SharingBasis.FIXED_SHARES.label());
  }
}
