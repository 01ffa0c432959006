package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.junit.jupiter.api.Test;

class OutcomesPlanTest {
  private static final AreaId MANCHESTER = AreaId.of("manchester");
  private static final LocalDate DAY = LocalDate.of(2015, 4, 1);

  @Test
  void measureForAProblemThePlanCovers() {
    OutcomesPlan plan =
        new OutcomesPlan(
            MANCHESTER,
            Map.of(
                Phase2Problem.HEALTH, " engaged with treatment for 6 months ",
                Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR, "no offence for 6 months"),
            DAY);
    assertEquals(Optional.of("engaged with treatment for 6 months"), plan.measureFor(Phase2Problem.HEALTH));
    assertEquals(Optional.empty(), plan.measureFor(Phase2Problem.SCHOOL_ATTENDANCE));
    assertTrue(plan.covers(Phase2Problem.HEALTH));
    assertFalse(plan.covers(Phase2Problem.SCHOOL_ATTENDANCE));
    assertEquals(
        List.of(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR, Phase2Problem.HEALTH),
        List.copyOf(plan.measures().keySet()));
    assertThrows(
        UnsupportedOperationException.class, () -> plan.measures().put(Phase2Problem.HEALTH, "x"));
  }

  @Test
  void measuresMustBeNonBlank() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new OutcomesPlan(MANCHESTER, Map.of(Phase2Problem.HEALTH, " "), DAY));
    assertEquals(
        "measure for health must be non-blank, was \" \" for outcomes plan of manchester",
        e.getMessage());
  }

  @Test
  void atLeastOneMeasure() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> new OutcomesPlan(MANCHESTER, Map.of(), DAY));
    assertEquals(
        "measures must be non-empty, was none for outcomes plan of manchester",
        e.getMessage());
  }

  @Test
  void nullsNameTheField() {
    assertEquals(
        "date agreed is required for outcomes plan of manchester",
        assertThrows(
                NullPointerException.class,
                () -> new OutcomesPlan(MANCHESTER, Map.of(Phase2Problem.HEALTH, "m"), null))
            .getMessage());
    assertEquals(
        "authority is required",
        assertThrows(
                NullPointerException.class,
                () -> new OutcomesPlan(null, Map.of(Phase2Problem.HEALTH, "m"), DAY))
            .getMessage());
  }
}
