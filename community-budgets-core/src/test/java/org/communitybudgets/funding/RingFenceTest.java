package org.communitybudgets.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

class RingFenceTest {
  private static final PolicySource OFFER_3 = PolicySource.offer("§3");

  @Test
  void permitsOnlyItsPurposes() {
    RingFence fence = RingFence.of(List.of(Purpose.PUBLIC_HEALTH, Purpose.DRUG_AND_ALCOHOL), OFFER_3);
    assertTrue(fence.permits(Purpose.PUBLIC_HEALTH));
    assertTrue(fence.permits(Purpose.DRUG_AND_ALCOHOL));
    assertFalse(fence.permits(Purpose.SCHOOLS));
  }

  @Test
  void oneOrSeveralPurposesMakeEqualFences() {
    assertEquals(RingFence.to(Purpose.SCHOOLS, OFFER_3), new RingFence(Set.of(Purpose.SCHOOLS), OFFER_3));
    assertEquals(
        List.of(Purpose.SCHOOLS, Purpose.PUBLIC_HEALTH),
        RingFence.of(List.of(Purpose.PUBLIC_HEALTH, Purpose.SCHOOLS), OFFER_3).purposesInOrder());
  }

  @Test
  void rejectsNoPurposes() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> new RingFence(Set.of(), OFFER_3));
    assertEquals("ring-fence purposes must be at least one purpose, was []", e.getMessage());
  }

  @Test
  void rejectsNulls() {
    List<Purpose> withNull = new ArrayList<>();
    withNull.add(null);
    assertEquals(
        "ring-fence purposes[0] is required",
        assertThrows(NullPointerException.class, () -> RingFence.of(withNull, OFFER_3)).getMessage());
    assertEquals(
        "ring-fence source is required",
        assertThrows(NullPointerException.class, () -> RingFence.to(Purpose.SCHOOLS, null))
            .getMessage());
    assertEquals(
        "ring-fence purposes is required",
        assertThrows(NullPointerException.class, () -> new RingFence(null, OFFER_3)).getMessage());
  }

  @Test
  void readsWell() {
    assertEquals(
        "ring-fenced to [PUBLIC_HEALTH] (Offer §3)", RingFence.to(Purpose.PUBLIC_HEALTH, OFFER_3).toString());
  }
}
