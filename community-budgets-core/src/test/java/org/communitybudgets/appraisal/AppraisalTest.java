package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.COUNCIL;
import static org.communitybudgets.appraisal.Fixtures.DH;
import static org.communitybudgets.appraisal.Fixtures.DWP;
import static org.communitybudgets.appraisal.Fixtures.Y0;
import static org.communitybudgets.appraisal.Fixtures.Y1;
import static org.communitybudgets.appraisal.Fixtures.Y2;
import static org.communitybudgets.appraisal.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * A small appraisal computed by hand. Discount rate 25%, so the factors are exact: year 0 → 1,
 * year 1 → 1/1.25 = 0.8, year 2 → 1/1.5625 = 0.64. Optimism bias by grade 0, 5, 10, 15, 25, 40%.
 *
 * <p>Costs (raised by the bias of their grade, then discounted):
 *
 * <pre>
 * council 2012-13 £10,000 grade 1 (0%)  → £10,000 × 1    = £10,000
 * council 2013-14  £5,000 grade 3 (10%) → £5,500 × 0.8   =  £4,400
 * DWP     2012-13  £2,000 grade 2 (5%)  → £2,100 × 1     =  £2,100
 *                                           present value   £16,500 (council £14,400, DWP £2,100)
 * </pre>
 *
 * <p>Outcome "adult into work", cohort 100, 50% achieve it = 50 people; deadweight 20% and
 * attribution 50% leave 50 × 0.8 × 0.5 = 20 people in its first year (2013-14, year 1), and the
 * drop-off of 50% leaves 10 in its second (2014-15, year 2).
 *
 * <pre>
 *                                    year 1 (×0.8)                 year 2 (×0.64)
 * DWP cashable £1,000 grade 1 (0%)  20 × 1,000 = 20,000 → 16,000    10 × 1,000 = 10,000 → 6,400
 * council non-cashable £300 gr. 4   20 × 300 × 0.85 = 5,100 → 4,080  10 × 300 × 0.85 = 2,550 → 1,632
 * DH social £100 grade 6 (40%)      20 × 100 × 0.6 = 1,200 → 960     10 × 100 × 0.6 = 600 → 384
 * DWP economic £50 grade 1          20 × 50 = 1,000 → 800            10 × 50 = 500 → 320
 * </pre>
 *
 * <p>Present values: fiscal 16,000 + 6,400 + 4,080 + 1,632 = £28,112; economic £1,120; social
 * £1,344.
 */
class AppraisalTest {
  private final Appraisal appraisal = Fixtures.keyWorkers().appraise(Fixtures.rates25());

  @Test
  void presentValuesAndNetPresentValues() {
    assertEquals(Money.ofPounds(16_500), appraisal.discountedCosts());
    assertEquals(Money.ofPounds(28_112), appraisal.discountedFiscalBenefits());
    assertEquals(Money.ofPounds(22_400), appraisal.discountedCashableBenefits());
    // fiscal NPV = 28,112 − 16,500
    assertEquals(Money.ofPounds(11_612), appraisal.npvFiscal());
    assertEquals(Money.ofPounds(1_120), appraisal.npvEconomic());
    assertEquals(Money.ofPounds(1_344), appraisal.npvSocial());
    // total = 11,612 + 1,120 + 1,344
    assertEquals(Money.ofPounds(14_076), appraisal.npvTotal());
  }

  @Test
  void ratiosAreRoundedToTwoPlaces() {
    // 28,112 / 16,500 = 1.70375… → 1.70
    assertEquals(Optional.of(new BigDecimal("1.70")), appraisal.benefitCostRatio());
    // (28,112 + 1,120 + 1,344) / 16,500 = 30,576 / 16,500 = 1.85309… → 1.85
    assertEquals(Optional.of(new BigDecimal("1.85")), appraisal.publicValueRatio());
  }

  @Test
  void paysBackInTheYearTheCumulativeNetTurnsNonNegative() {
    // year 0: 0 − (10,000 + 2,100) = −12,100; year 1: −12,100 + 16,000 + 4,080 − 4,400 = 3,580
    assertEquals(Optional.of(Y1), appraisal.paybackYear());
    assertEquals(Optional.of(2), appraisal.paybackPeriodYears());
    List<AppraisalYear> years = appraisal.years();
    assertEquals(Money.ofPounds(-12_100), years.get(0).cumulativeNetFiscal());
    assertEquals(Money.ofPounds(3_580), years.get(1).cumulativeNetFiscal());
    // year 2: 3,580 + 6,400 + 1,632 = 11,612, the fiscal NPV
    assertEquals(Money.ofPounds(11_612), years.get(2).cumulativeNetFiscal());
  }

  @Test
  void yearByYearFigures() {
    AppraisalYear y0 = appraisal.years().get(0);
    assertEquals(Y0, y0.year());
    assertEquals(0, y0.index());
    assertEquals(0, BigDecimal.ONE.compareTo(y0.discountFactor()));
    assertEquals(Money.ofPounds(12_100), y0.costs());
    assertEquals(Money.ZERO, y0.fiscalBenefits());

    AppraisalYear y1 = appraisal.years().get(1);
    assertEquals(0, new BigDecimal("0.8").compareTo(y1.discountFactor()));
    assertEquals(Money.ofPounds(5_500), y1.costs());
    assertEquals(Money.ofPounds(25_100), y1.fiscalBenefits());
    assertEquals(Money.ofPounds(20_000), y1.cashableBenefits());
    assertEquals(Money.ofPounds(1_000), y1.economicBenefits());
    assertEquals(Money.ofPounds(1_200), y1.socialBenefits());
    assertEquals(Money.ofPounds(4_400), y1.discountedCosts());
    assertEquals(Money.ofPounds(20_080), y1.discountedFiscalBenefits());

    AppraisalYear y2 = appraisal.years().get(2);
    assertEquals(0, new BigDecimal("0.64").compareTo(y2.discountFactor()));
    assertEquals(Money.ofPounds(12_550), y2.fiscalBenefits());
    assertEquals(Money.ofPounds(8_032), y2.discountedFiscalBenefits());
  }

  @Test
  void theMatrixOfWhoInvestsAndWhoBenefits() {
    assertEquals(
        List.of(
            new AgencyPosition(
                COUNCIL, Money.ofPounds(14_400), Money.ofPounds(5_712), Money.ZERO, Money.ZERO, Money.ZERO),
            new AgencyPosition(
                DWP,
                Money.ofPounds(2_100),
                Money.ofPounds(22_400),
                Money.ofPounds(22_400),
                Money.ofPounds(1_120),
                Money.ZERO),
            new AgencyPosition(DH, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ofPounds(1_344))),
        appraisal.positions());
    // the council invests £8,688 more than it saves; DWP saves £20,300 more than it invests
    assertEquals(Money.ofPounds(-8_688), appraisal.position(COUNCIL).orElseThrow().net());
    assertTrue(appraisal.position(COUNCIL).orElseThrow().isNetInvestor());
    assertEquals(Money.ofPounds(20_300), appraisal.position(DWP).orElseThrow().net());
  }

  @Test
  void cashableSavingsByAgencyAndYearAreNotDiscounted() {
    assertEquals(
        Map.of(Y0, Money.ZERO, Y1, Money.ofPounds(20_000), Y2, Money.ofPounds(10_000)),
        appraisal.cashableSavings().get(DWP));
    assertEquals(
        Map.of(Y0, Money.ZERO, Y1, Money.ZERO, Y2, Money.ZERO),
        appraisal.cashableSavings().get(COUNCIL));
    assertEquals(Money.ofPounds(20_000), appraisal.cashableSavingsIn(Y1));
    assertEquals(Money.ZERO, appraisal.cashableSavingsIn(FinancialYear.of(2020)));
  }

  @Test
  void theStandardRateDiscountsAYearLaterAmountByThreePointFivePercent() {
    // £1,035 spent in year 1 at 3.5% is worth £1,035 / 1.035 = £1,000 today
    Intervention later =
        Intervention.builder("one cost a year later")
            .period(Y0, 2)
            .cost(Cost.of(COUNCIL, Y1, Money.ofPounds(1_035), grade(1)))
            .build();
    Appraisal a = later.appraise(AppraisalParameters.standard(), LocalDate.of(2012, 4, 1));
    assertEquals(Money.ofPounds(1_000), a.discountedCosts());
    assertEquals(Optional.of(BigDecimal.ZERO.setScale(2)), a.benefitCostRatio());
    assertEquals(Optional.empty(), a.paybackYear());
    assertEquals(Optional.empty(), a.paybackPeriodYears());
  }

  @Test
  void noCostsMeansNoRatioAndPaybackInYearZero() {
    Intervention free = Fixtures.keyWorkers().toBuilder().clearCosts().build();
    Appraisal a = free.appraise(Fixtures.rates25());
    assertEquals(Optional.empty(), a.benefitCostRatio());
    assertEquals(Optional.empty(), a.publicValueRatio());
    assertEquals(Optional.of(Y0), a.paybackYear());
    assertEquals(Optional.of(1), a.paybackPeriodYears());
  }

  @Test
  void roundsHalfEvenToThePennyOnlyAtTheOutputs() {
    // one third of a penny a person: 3 people × £0.01 × (1/3 share achieving) … kept exact until
    // the output: 100 people × 1/3 achieving × 1p = 33.33…p → 33p
    Intervention tiny =
        Intervention.builder("tiny")
            .period(Y0, 1)
            .cohortSize(100)
            .outcome(
                ExpectedOutcome.builder("thirds")
                    .shareAchieving(Percentage.of("33.3333333333"))
                    .years(Y0, Y0)
                    .value(UnitValue.of(DWP, BenefitKind.CASHABLE_FISCAL, Money.ofPence(1), grade(1)))
                    .build())
            .build();
    assertEquals(Money.ofPence(33), tiny.appraise(Fixtures.rates25()).discountedFiscalBenefits());
    // 2.5p rounds half-even to 2p: 1 person × 50% × 5p
    Intervention half =
        Intervention.builder("half")
            .period(Y0, 1)
            .cohortSize(1)
            .outcome(
                ExpectedOutcome.builder("half")
                    .shareAchieving(Percentage.of(50))
                    .years(Y0, Y0)
                    .value(UnitValue.of(DWP, BenefitKind.CASHABLE_FISCAL, Money.ofPence(5), grade(1)))
                    .build())
            .build();
    assertEquals(Money.ofPence(2), half.appraise(Fixtures.rates25()).discountedFiscalBenefits());
  }

  @Test
  void optimismBiasRaisesCostsAndLowersBenefits() {
    Appraisal unbiased = Fixtures.keyWorkers().appraise(Fixtures.rates25().withoutOptimismBias());
    // costs: 10,000 + 5,000 × 0.8 + 2,000 = 16,000 (against 16,500 with bias)
    assertEquals(Money.ofPounds(16_000), unbiased.discountedCosts());
    // fiscal: 16,000 + 6,400 + (20 × 300 × 0.8) + (10 × 300 × 0.64) = 22,400 + 4,800 + 1,920
    assertEquals(Money.ofPounds(29_120), unbiased.discountedFiscalBenefits());
  }

  @Test
  void equalityFollowsTheInputs() {
    assertEquals(appraisal, Appraisal.of(Fixtures.keyWorkers(), Fixtures.rates25()));
    assertEquals(appraisal.hashCode(), Appraisal.of(Fixtures.keyWorkers(), Fixtures.rates25()).hashCode());
    assertNotEquals(appraisal, Appraisal.of(Fixtures.keyWorkers(), Fixtures.rates25().withDiscountRate(Percentage.of(10))));
    assertEquals("Appraisal[key worker pilot, NPV £14,076.00, BCR 1.70]", appraisal.toString());
    assertEquals(Percentage.of(25), appraisal.discountRate());
    assertEquals(Fixtures.keyWorkers(), appraisal.intervention());
    assertEquals(Fixtures.rates25(), appraisal.rates());
  }

  @Test
  void aLateCostUndoesAnEarlierBreakEven() {
    // benefits of £100 in year 0 (undiscounted) break even at once; a cost of £200 in year 2
    // (× 0.64 = £128) leaves the cumulative at −£28, so the scheme never pays back
    Intervention late =
        Intervention.builder("late cost")
            .period(Y0, 3)
            .cohortSize(1)
            .cost(Cost.of(COUNCIL, Y2, Money.ofPounds(200), grade(1)))
            .outcome(
                ExpectedOutcome.builder("early")
                    .shareAchieving(Percentage.ONE_HUNDRED)
                    .years(Y0, Y0)
                    .value(UnitValue.of(COUNCIL, BenefitKind.CASHABLE_FISCAL, Money.ofPounds(100), grade(1)))
                    .build())
            .build();
    Appraisal a = late.appraise(Fixtures.rates25());
    assertEquals(Money.ofPounds(-28), a.years().get(2).cumulativeNetFiscal());
    assertEquals(Optional.empty(), a.paybackYear());
  }

  @Test
  void requiresItsInputs() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Appraisal.of(null, Fixtures.rates25()));
    assertEquals("intervention is required", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Appraisal.of(Fixtures.keyWorkers(), null));
    assertEquals("appraisal rates is required", e.getMessage());
  }
}
