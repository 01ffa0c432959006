package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  @Test
  void problemProgressIsDatedByItsMeasurement() {
    ProblemProgress p =
        new ProblemProgress(Phase2Problem.HEALTH, " engaged with treatment ", DAY, true);
    assertEquals(DAY, p.date());
    assertEquals("engaged with treatment", p.measure());
    assertTrue(p.significantAndSustained());
  }

  @Test
  void problemProgressValidates() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new ProblemProgress(Phase2Problem.SCHOOL_ATTENDANCE, "", DAY, false));
    assertEquals(
        "measure must be non-blank, was \"\" for progress against school attendance on 2016-03-01",
        e.getMessage());
    assertEquals(
        "date measured is required for progress against health",
        assertThrows(
                NullPointerException.class,
                () -> new ProblemProgress(Phase2Problem.HEALTH, "m", null, true))
            .getMessage());
    assertEquals(
        "problem is required",
        assertThrows(NullPointerException.class, () -> new ProblemProgress(null, "m", DAY, true))
            .getMessage());
  }

  @Test
  void declaredResultIsDatedByItsDeclaration() {
    DeclaredResult r = new DeclaredResult(ResultKind.PROGRESS_TO_WORK, DAY, "JCP referral record");
    assertEquals(DAY, r.date());
  }

  @Test
  void declaredResultValidates() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new DeclaredResult(ResultKind.CRIME_ASB_EDUCATION, DAY, " "));
    assertEquals(
        "verification must be non-blank, was \" \" for declared result crime asb education on 2016-03-01",
        e.getMessage());
    assertEquals(
        "date declared is required for declared result continuous employment",
        assertThrows(
                NullPointerException.class,
                () -> new DeclaredResult(ResultKind.CONTINUOUS_EMPLOYMENT, null, "HMRC"))
            .getMessage());
  }
}
