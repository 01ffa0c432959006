package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class AttachmentTest {
  private static final LocalDate DAY = LocalDate.of(2012, 6, 1);

  @Test
  void factories() {
    assertEquals(new Attachment(DAY, Optional.empty()), Attachment.on(DAY));
    assertEquals(Optional.of("J. Smith"), Attachment.on(DAY, " J. Smith ").keyWorker());
  }

  @Test
  void keyWorkerMustBeNonBlank() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Attachment.on(DAY, "  "));
    assertEquals(
        "key worker must be non-blank, was \"  \" for attachment on 2012-06-01", e.getMessage());
  }

  @Test
  void nullsNameTheField() {
    assertEquals(
        "attachment date is required",
        assertThrows(NullPointerException.class, () -> Attachment.on(null)).getMessage());
    assertEquals(
        "key worker is required",
        assertThrows(NullPointerException.class, () -> new Attachment(DAY, null)).getMessage());
  }
}
