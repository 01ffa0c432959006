package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.COUNCIL;
import static org.communitybudgets.appraisal.Fixtures.DH;
import static org.communitybudgets.appraisal.Fixtures.DWP;
import static org.communitybudgets.appraisal.Fixtures.Y0;
import static org.communitybudgets.appraisal.Fixtures.Y1;
import static org.communitybudgets.appraisal.Fixtures.Y2;
import static org.communitybudgets.appraisal.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

class InterventionTest {
  private static String rejected(UnaryOperator<Intervention.Builder> change) {
    return assertThrows(
            InvalidValueException.class, () -> change.apply(Fixtures.keyWorkers().toBuilder()).build())
        .getMessage();
  }

  @Test
  void holdsItsPeriodAndAgencies() {
    Intervention i = Fixtures.keyWorkers();
    assertEquals(i, i.toBuilder().build());
    assertEquals(Y2, i.lastYear());
    assertEquals(List.of(Y0, Y1, Y2), i.years());
    assertEquals(2, i.yearIndex(Y2));
    assertEquals(List.of(COUNCIL, DWP, DH), i.agencies());
  }

  @Test
  void rejectsANegativeCohort() {
    assertEquals(
        "cohort size must be zero or more, was -1 for intervention key worker pilot",
        rejected(b -> b.cohortSize(-1)));
  }

  @Test
  void rejectsACohortLargerThanAnyPopulation() {
    assertEquals(
        "cohort size must be at most 100000000, was 9223372036854775807 for intervention key worker pilot",
        rejected(b -> b.cohortSize(Long.MAX_VALUE)));
    Fixtures.keyWorkers().toBuilder().cohortSize(Intervention.MAX_COHORT_SIZE).build();
  }

  @Test
  void anAppraisalWhoseAmountsCannotBeHeldSaysWhich() {
    Intervention huge = Intervention.builder("huge")
        .period(Fixtures.Y0, 2)
        .cohortSize(Intervention.MAX_COHORT_SIZE)
        .outcome(ExpectedOutcome.builder("everyone")
            .shareAchieving(Percentage.of(100))
            .years(Fixtures.Y1, Fixtures.Y1)
            .value(UnitValue.of(Fixtures.DWP, BenefitKind.CASHABLE_FISCAL, Money.ofPounds(1_000_000_000_000L), Fixtures.grade(1)))
            .build())
        .build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Appraisal.of(huge, Fixtures.rates25()));
    assertTrue(e.getMessage().startsWith("appraised amount must be within what Money holds, ±£92,233,720,368,547,758.07, was £"), e.getMessage());
    assertTrue(e.getMessage().endsWith(" for appraisal of intervention huge"), e.getMessage());
  }

  @Test
  void rejectsAPeriodOfZeroYears() {
    assertEquals(
        "appraisal period must be at least one year, was 0 years for intervention key worker pilot",
        rejected(b -> b.period(Y0, 0)));
    assertEquals(
        "appraisal period must be at most 100 years, was 101 years for intervention key worker pilot",
        rejected(b -> b.period(Y0, 101)));
    assertEquals(
        "appraisal period must be ending by 2998-99, was 3 years from 2997-98 for intervention key worker pilot",
        rejected(b -> b.clearCosts().clearOutcomes().period(FinancialYear.of(2997), 3)));
  }

  @Test
  void rejectsCostsAndOutcomesOutsideThePeriod() {
    assertEquals(
        "year of the cost of DWP must be within the appraisal period 2012-13 to 2014-15, was 2015-16"
            + " for intervention key worker pilot",
        rejected(b -> b.cost(Cost.of(DWP, FinancialYear.of(2015), Money.ZERO, grade(1)))));
    assertEquals(
        "years of outcome adult into work must be within the appraisal period 2012-13 to 2013-14,"
            + " was 2013-14 to 2014-15 for intervention key worker pilot",
        rejected(b -> b.clearCosts().period(Y0, 2)));
  }

  @Test
  void rejectsRepeatedOutcomeNames() {
    assertEquals(
        "outcome names must be unique, was repeated [adult into work] for intervention key worker pilot",
        rejected(b -> b.outcome(Fixtures.intoWork())));
  }

  @Test
  void rejectsAYearOutsideThePeriodWhenIndexing() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Fixtures.keyWorkers().yearIndex(FinancialYear.of(2011)));
    assertEquals(
        "financial year must be within the appraisal period 2012-13 to 2014-15, was 2011-12 for"
            + " intervention key worker pilot",
        e.getMessage());
  }

  @Test
  void requiresThePeriod() {
    assertEquals(
        "first year is required for intervention x",
        assertThrows(NullPointerException.class, () -> Intervention.builder("x").build()).getMessage());
    assertEquals(
        "intervention name must be non-blank, was \"\"",
        assertThrows(InvalidValueException.class, () -> Intervention.builder("").period(Y0, 1).build())
            .getMessage());
  }
}
