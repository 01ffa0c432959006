package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.Y0;
import static org.communitybudgets.appraisal.Fixtures.Y1;
import static org.communitybudgets.appraisal.Fixtures.Y2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.UnaryOperator;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Percentage;
import org.junit.jupiter.api.Test;

class ExpectedOutcomeTest {
  private static String rejected(UnaryOperator<ExpectedOutcome.Builder> change) {
    return assertThrows(
            InvalidValueException.class, () -> change.apply(Fixtures.intoWork().toBuilder()).build())
        .getMessage();
  }

  @Test
  void buildsWithDefaultsAndRebuildsEqual() {
    ExpectedOutcome o = Fixtures.intoWork();
    assertEquals(o, o.toBuilder().build());
    assertEquals(List.of(Y1, Y2), o.years());
    ExpectedOutcome plain =
        ExpectedOutcome.builder(" plain ")
            .shareAchieving(Percentage.of(10))
            .years(Y0, Y0)
            .value(o.values().get(0))
            .build();
    assertEquals("plain", plain.name());
    assertEquals(Percentage.ZERO, plain.deadweight());
    assertEquals(Percentage.ONE_HUNDRED, plain.attribution());
    assertEquals(Percentage.ZERO, plain.dropOff());
  }

  @Test
  void rejectsASharePastTheWhole() {
    assertEquals(
        "share achieving the outcome must be within 0–100%, was 101% for outcome adult into work",
        rejected(b -> b.shareAchieving(Percentage.of(101))));
    assertEquals(
        "deadweight must be within 0–100%, was -1% for outcome adult into work",
        rejected(b -> b.deadweight(Percentage.of(-1))));
    assertEquals(
        "attribution must be within 0–100%, was 100.5% for outcome adult into work",
        rejected(b -> b.attribution(Percentage.of("100.5"))));
    assertEquals(
        "drop-off must be within 0–100%, was 150% for outcome adult into work",
        rejected(b -> b.dropOff(Percentage.of(150))));
  }

  @Test
  void rejectsBadYearsNamesAndValues() {
    assertEquals(
        "last year must be not before the first year 2013-14, was 2012-13 for outcome adult into work",
        rejected(b -> b.years(Y1, Y0)));
    assertEquals(
        "unit values must be at least one, was none for outcome adult into work",
        rejected(ExpectedOutcome.Builder::clearValues));
    assertEquals("outcome name must be non-blank, was \" \"", rejected(b -> b.name(" ")));
  }

  @Test
  void requiresTheShareAndYears() {
    assertEquals(
        "share achieving the outcome is required for outcome x",
        assertThrows(NullPointerException.class, () -> ExpectedOutcome.builder("x").years(Y0, Y0).build())
            .getMessage());
    assertEquals(
        "first year is required for outcome x",
        assertThrows(
                NullPointerException.class,
                () -> ExpectedOutcome.builder("x").shareAchieving(Percentage.of(1)).build())
            .getMessage());
  }
}
