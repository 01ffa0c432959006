package org.communitybudgets.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.junit.jupiter.api.Test;

class AuthorityTargetTest {
  private static final AreaId LEEDS = AreaId.of("leeds");

  @Test
  void oneFamilyIsTheSmallestTarget() {
    assertEquals(1, new AuthorityTarget(LEEDS, ProgrammePhase.PHASE_1, 1).families());
  }

  @Test
  void familiesMustBePositive() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> new AuthorityTarget(LEEDS, ProgrammePhase.PHASE_2, 0));
    assertEquals("families must be positive, was 0 for target of leeds, phase 2", e.getMessage());
  }

  @Test
  void nullsNameTheField() {
    assertEquals(
        "phase is required for target of leeds",
        assertThrows(NullPointerException.class, () -> new AuthorityTarget(LEEDS, null, 1))
            .getMessage());
    assertEquals(
        "authority is required",
        assertThrows(
                NullPointerException.class, () -> new AuthorityTarget(null, ProgrammePhase.PHASE_1, 1))
            .getMessage());
  }
}
