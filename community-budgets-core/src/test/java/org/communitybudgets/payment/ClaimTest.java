package org.communitybudgets.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.money.Money;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final ClaimId CL1 = ClaimId.of("cl-1");
  private static final FamilyId F1 = FamilyId.of("f-1001");
  private static final AreaId LEEDS = AreaId.of("leeds");
  private static final LocalDate DAY = LocalDate.of(2013, 3, 1);

  @Test
  void factoryStatesNoAmount() {
    Claim c = Claim.of(CL1, F1, LEEDS, ClaimKind.ATTACHMENT_FEE_PHASE_1, DAY);
    assertEquals(Optional.empty(), c.amountClaimed());
    assertEquals(ProgrammePhase.PHASE_1, c.phase());
    assertEquals(
        ProgrammePhase.PHASE_2,
        Claim.of(CL1, F1, LEEDS, ClaimKind.SUSTAINED_PROGRESS_RESULT, DAY).phase());
  }

  @Test
  void zeroAmountIsAccepted() {
    assertEquals(
        Optional.of(Money.ZERO),
        new Claim(CL1, F1, LEEDS, ClaimKind.ATTACHMENT_FEE_PHASE_1, DAY, Optional.of(Money.ZERO))
            .amountClaimed());
  }

  @Test
  void negativeAmountIsRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Claim(
                    CL1, F1, LEEDS, ClaimKind.ATTACHMENT_FEE_PHASE_1, DAY, Optional.of(Money.ofPence(-1))));
    assertEquals(
        "amount claimed must be zero or more, was -£0.01 for claim cl-1 (attachment fee, family f-1001)",
        e.getMessage());
  }

  @Test
  void nullsNameTheField() {
    assertEquals(
        "family is required for claim cl-1",
        assertThrows(
                NullPointerException.class,
                () -> Claim.of(CL1, null, LEEDS, ClaimKind.ATTACHMENT_FEE_PHASE_1, DAY))
            .getMessage());
    assertEquals(
        "claim kind is required for claim cl-1",
        assertThrows(NullPointerException.class, () -> Claim.of(CL1, F1, LEEDS, null, DAY))
            .getMessage());
    assertEquals(
        "claim date is required for claim cl-1",
        assertThrows(
                NullPointerException.class,
                () -> Claim.of(CL1, F1, LEEDS, ClaimKind.ATTACHMENT_FEE_PHASE_1, null))
            .getMessage());
    assertEquals(
        "amount claimed is required",
        assertThrows(
                NullPointerException.class,
                () -> new Claim(CL1, F1, LEEDS, ClaimKind.ATTACHMENT_FEE_PHASE_1, DAY, null))
            .getMessage());
  }
}
