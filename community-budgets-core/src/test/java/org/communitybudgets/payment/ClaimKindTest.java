package org.communitybudgets.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimKindTest {
  @Test
  void phaseOneKinds() {
    assertEquals(
        List.of(
            ClaimKind.ATTACHMENT_FEE_PHASE_1,
            ClaimKind.CRIME_ASB_EDUCATION_RESULT,
            ClaimKind.PROGRESS_TO_WORK_RESULT,
            ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1),
        Arrays.stream(ClaimKind.values()).filter(k -> k.phase() == ProgrammePhase.PHASE_1).toList());
  }

  @Test
  void phaseTwoKinds() {
    assertEquals(
        List.of(
            ClaimKind.ATTACHMENT_FEE_PHASE_2,
            ClaimKind.SUSTAINED_PROGRESS_RESULT,
            ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2),
        Arrays.stream(ClaimKind.values()).filter(k -> k.phase() == ProgrammePhase.PHASE_2).toList());
  }

  @Test
  void onlyTheAttachmentFeesAreNotResults() {
    assertFalse(ClaimKind.ATTACHMENT_FEE_PHASE_1.isResult());
    assertFalse(ClaimKind.ATTACHMENT_FEE_PHASE_2.isResult());
    Arrays.stream(ClaimKind.values())
        .filter(k -> k != ClaimKind.ATTACHMENT_FEE_PHASE_1 && k != ClaimKind.ATTACHMENT_FEE_PHASE_2)
        .forEach(k -> assertTrue(k.isResult(), k.name()));
  }

  @Test
  void phasesReadAsWords() {
    assertEquals("phase 1", ProgrammePhase.PHASE_1.toString());
    assertEquals("phase 2", ProgrammePhase.PHASE_2.toString());
  }
}
