package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.appraisal.AgencyPosition;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.appraisal.AppraisalParameter;
import org.communitybudgets.appraisal.AppraisalParameters;
import org.communitybudgets.appraisal.AppraisalRates;
import org.communitybudgets.appraisal.AppraisalYear;
import org.communitybudgets.appraisal.ConfidenceGrade;
import org.communitybudgets.appraisal.Cost;
import org.communitybudgets.appraisal.ExpectedOutcome;
import org.communitybudgets.appraisal.Intervention;
import org.communitybudgets.appraisal.SharingCheck;
import org.communitybudgets.appraisal.SharingPosition;
import org.communitybudgets.appraisal.SharingProposal;
import org.communitybudgets.appraisal.UnitValue;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.time.FinancialYear;

class AppraisalProperties {

  // ------------------------------------------------------------ generated objects are valid

  @Property(tries = 300)
  void generatedInterventionsRebuildEqual(@ForAll("interventions") Intervention i) {
    assertEquals(i, i.toBuilder().build());
    assertEquals(
        i,
        new Intervention(i.name(), i.firstYear(), i.periodYears(), i.cohortSize(), i.costs(), i.outcomes()));
    for (Cost c : i.costs()) {
      assertEquals(c, new Cost(c.agency(), c.year(), c.amount(), c.grade()));
    }
    for (ExpectedOutcome o : i.outcomes()) {
      assertEquals(o, o.toBuilder().build());
      for (UnitValue v : o.values()) {
        assertEquals(v, new UnitValue(v.agency(), v.kind(), v.amount(), v.grade()));
      }
    }
  }

  @Property(tries = 300)
  void generatedRatesAndTablesRebuildEqual(
      @ForAll("rates") AppraisalRates r, @ForAll("parameters") AppraisalParameters p) {
    assertEquals(r, new AppraisalRates(r.asOf(), r.discountRate(), r.optimismBias(), r.laterDiscountRates()));
    assertEquals(p, AppraisalParameters.of(p.parameters()));
    LocalDate day = r.asOf();
    AppraisalRates inForce = p.valueOn(day);
    assertEquals(
        p.parameterOn(AppraisalParameter.DISCOUNT_RATE, day).orElseThrow().value(), inForce.discountRate());
  }

  @Property(tries = 200)
  void generatedAppraisalsRebuildEqualAndCoverEveryAgencyAndYear(@ForAll("appraisals") Appraisal a) {
    assertEquals(a, Appraisal.of(a.intervention(), a.rates()));
    assertEquals(
        a.intervention().agencies(), a.positions().stream().map(AgencyPosition::agency).toList());
    assertEquals(a.intervention().years(), a.years().stream().map(AppraisalYear::year).toList());
    for (AgencyPosition p : a.positions()) {
      assertEquals(
          p,
          new AgencyPosition(
              p.agency(), p.costBorne(), p.fiscalBenefit(), p.cashableBenefit(), p.economicBenefit(), p.socialBenefit()));
    }
  }

  @Property(tries = 200)
  void generatedSharingProposalsRebuildEqual(@ForAll("proposals") SharingProposal p) {
    assertEquals(p, new SharingProposal(p.appraisal(), p.terms()));
    assertEquals(Percentage.ONE_HUNDRED, p.terms().shares().values().stream().reduce(Percentage.ZERO, Percentage::plus));
  }

  // ------------------------------------------------------------ the laws

  @Property(tries = 300)
  void optimismBiasNeverRaisesBenefitsOrLowersCosts(@ForAll("appraisals") Appraisal biased) {
    Appraisal unbiased = Appraisal.of(biased.intervention(), biased.rates().withoutOptimismBias());
    assertFalse(biased.discountedCosts().isLessThan(unbiased.discountedCosts()));
    assertFalse(biased.discountedFiscalBenefits().isGreaterThan(unbiased.discountedFiscalBenefits()));
    assertFalse(biased.npvEconomic().isGreaterThan(unbiased.npvEconomic()));
    assertFalse(biased.npvSocial().isGreaterThan(unbiased.npvSocial()));
    for (int i = 0; i < biased.positions().size(); i++) {
      AgencyPosition b = biased.positions().get(i);
      AgencyPosition u = unbiased.positions().get(i);
      assertFalse(b.costBorne().isLessThan(u.costBorne()), b.agency().name());
      assertFalse(b.fiscalBenefit().isGreaterThan(u.fiscalBenefit()), b.agency().name());
      assertFalse(b.cashableBenefit().isGreaterThan(u.cashableBenefit()), b.agency().name());
    }
  }

  @Property(tries = 300)
  void aHigherDiscountRateNeverRaisesTheNpvOfAnUpFrontInvestment(
      @ForAll("upFront") Appraisal a, @ForAll @IntRange(min = 1, max = 100) int extraTenths) {
    Percentage extra = Percentage.of(BigDecimal.valueOf(extraTenths, 1));
    Map<Integer, Percentage> later = new java.util.TreeMap<>();
    a.rates().laterDiscountRates().forEach((year, rate) -> later.put(year, rate.plus(extra)));
    Appraisal discounted =
        Appraisal.of(a.intervention(), a.rates().withDiscountRates(a.rates().discountRate().plus(extra), later));
    assertFalse(discounted.npvTotal().isGreaterThan(a.npvTotal()));
    assertFalse(discounted.npvFiscal().isGreaterThan(a.npvFiscal()));
  }

  /**
   * Each year is discounted by its own rate on top of the year before, so the factors never rise
   * and one year's over the next's is one plus the next year's rate (Green Book, Annex 6).
   */
  @Property(tries = 300)
  void eachYearIsDiscountedByItsOwnRateOnTopOfTheYearBefore(@ForAll("rates") AppraisalRates r) {
    java.math.MathContext mc = java.math.MathContext.DECIMAL128;
    BigDecimal before = r.discountFactor(0);
    assertEquals(0, BigDecimal.ONE.compareTo(before));
    for (int year = 1; year <= 70; year++) {
      BigDecimal factor = r.discountFactor(year);
      assertFalse(factor.compareTo(before) > 0, "year " + year);
      BigDecimal ratio = before.divide(factor, mc);
      BigDecimal expected = BigDecimal.ONE.add(r.discountRate(year).fraction());
      assertTrue(ratio.subtract(expected).abs().compareTo(new BigDecimal("1e-28")) < 0, "year " + year + ": " + ratio + " vs " + expected);
      before = factor;
    }
  }

  @Property(tries = 300)
  void theAgencyColumnsAlwaysSumToTheTotals(@ForAll("appraisals") Appraisal a) {
    List<AgencyPosition> rows = a.positions();
    assertEquals(a.discountedCosts(), Money.sum(rows.stream().map(AgencyPosition::costBorne).toList()));
    assertEquals(a.discountedFiscalBenefits(), Money.sum(rows.stream().map(AgencyPosition::fiscalBenefit).toList()));
    assertEquals(a.npvFiscal(), Money.sum(rows.stream().map(AgencyPosition::net).toList()));
    assertEquals(
        a.npvTotal(),
        Money.sum(
            rows.stream()
                .map(r -> r.net().plus(r.economicBenefit()).plus(r.socialBenefit()))
                .toList()));
    for (FinancialYear year : a.intervention().years()) {
      Money byAgency = Money.ZERO;
      for (Map<FinancialYear, Money> perYear : a.cashableSavings().values()) {
        byAgency = byAgency.plus(perYear.get(year));
      }
      assertEquals(a.cashableSavingsIn(year), byAgency);
    }
    // the years and the agencies are sums of the same rounded agency-year cells: they add up alike,
    // and the last year's cumulative net is the fiscal NPV
    Money yearCosts = Money.sum(a.years().stream().map(AppraisalYear::discountedCosts).toList());
    assertEquals(a.discountedCosts(), yearCosts);
    Money yearFiscal = Money.sum(a.years().stream().map(AppraisalYear::discountedFiscalBenefits).toList());
    assertEquals(a.discountedFiscalBenefits(), yearFiscal);
    assertEquals(a.npvFiscal(), a.years().get(a.years().size() - 1).cumulativeNetFiscal());
  }

  @Property(tries = 200)
  void scalingEveryAmountScalesTheNpvAndKeepsTheRatio(
      @ForAll("appraisals") Appraisal a, @ForAll @IntRange(min = 2, max = 20) int k) {
    Appraisal scaled = Appraisal.of(scale(a.intervention(), k), a.rates());
    // every agency-year figure is rounded to the penny: at most 4 roundings of half a penny an
    // agency a year in the NPV, before and after scaling
    long tolerance = (2L * k + 2) * a.positions().size() * a.years().size();
    long difference = scaled.npvTotal().minus(a.npvTotal().times(k)).pence();
    assertTrue(Math.abs(difference) <= tolerance, difference + " pence");
    assertEquals(a.benefitCostRatio(), scaled.benefitCostRatio());
    assertEquals(a.publicValueRatio(), scaled.publicValueRatio());
    assertEquals(a.paybackYear(), scaled.paybackYear());
  }

  @Property(tries = 300)
  void aProposedSharingNeverDistributesMoreThanTheSavings(
      @ForAll("proposalsWithOtherTerms") Tuple2<SharingProposal, SavingsSharingTerms> pair) {
    SharingProposal p = pair.get1();
    SharingCheck check = p.assess();
    assertEquals(p.savings(), check.savings());
    assertEquals(check.savings(), check.distributed());
    assertEquals(p.savings(), Money.sum(p.division().values()));
    SharingCheck otherCheck = SharingCheck.of(p.appraisal(), pair.get2());
    assertFalse(otherCheck.distributed().isGreaterThan(otherCheck.savings()));
    for (SharingPosition position : otherCheck.positions()) {
      assertFalse(position.savingsReceived().isNegative());
      assertEquals(position.shortfall().isPositive(), position.paysMoreThanItGains());
    }
  }

  @Property(tries = 200)
  void sharingInProportionToInvestmentGivesSharesProportionalToCost(@ForAll("appraisals") Appraisal a) {
    if (!a.discountedCosts().isPositive()) {
      assertThrows(InvalidValueException.class, () -> SharingProposal.proportionateToInvestment(a));
      return;
    }
    SharingProposal p = SharingProposal.proportionateToInvestment(a);
    for (AgencyPosition row : a.positions()) {
      // the share is the cost share, to within a basis point
      BigDecimal exact =
          BigDecimal.valueOf(row.costBorne().pence())
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(a.discountedCosts().pence()), 10, java.math.RoundingMode.HALF_EVEN);
      BigDecimal share = p.terms().shareOf(row.agency()).orElseThrow().percent();
      assertTrue(share.subtract(exact).abs().compareTo(new BigDecimal("0.01")) <= 0, share + " vs " + exact);
    }
  }

  // ------------------------------------------------------------ bad input is rejected

  @Property(tries = 200)
  void buildersRejectANegativeCohort(
      @ForAll("interventions") Intervention i, @ForAll @IntRange(min = 1, max = 1000) int minus) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> i.toBuilder().cohortSize(-minus).build());
    assertEquals("cohort size", e.field());
  }

  @Property(tries = 200)
  void buildersRejectAPeriodOfNoYears(@ForAll("interventions") Intervention i, @ForAll @IntRange(min = -5, max = 0) int years) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> i.toBuilder().period(i.firstYear(), years).build());
    assertEquals("appraisal period", e.field());
    assertEquals("at least one year", e.requirement());
  }

  @Property(tries = 200)
  void buildersRejectAShareAboveTheWhole(
      @ForAll("outcomes") ExpectedOutcome o, @ForAll @IntRange(min = 1, max = 500) int over) {
    Percentage share = Percentage.ONE_HUNDRED.plus(Percentage.of(BigDecimal.valueOf(over, 1)));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> o.toBuilder().shareAchieving(share).build());
    assertEquals("share achieving the outcome", e.field());
    e = assertThrows(InvalidValueException.class, () -> o.toBuilder().deadweight(share).build());
    assertEquals("deadweight", e.field());
  }

  @Property(tries = 200)
  void gradesOutOfRangeAreRejected(@ForAll int grade) {
    if (grade >= 1 && grade <= 6) {
      assertEquals(grade, ConfidenceGrade.of(grade).grade());
    } else {
      assertEquals("confidence grade", assertThrows(InvalidValueException.class, () -> ConfidenceGrade.of(grade)).field());
    }
  }

  @Property(tries = 200)
  void costsOutsideThePeriodAreRejected(@ForAll("interventions") Intervention i, @ForAll("costs") Cost c) {
    Cost late = Cost.of(c.agency(), i.lastYear().next(), c.amount(), c.grade());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> i.toBuilder().cost(late).build());
    assertTrue(e.field().startsWith("year of the cost of "), e.field());
  }

  // ------------------------------------------------------------ helpers and providers

  private static Intervention scale(Intervention i, int k) {
    Intervention.Builder b = i.toBuilder().clearCosts().clearOutcomes();
    for (Cost c : i.costs()) {
      b.cost(Cost.of(c.agency(), c.year(), c.amount().times(k), c.grade()));
    }
    for (ExpectedOutcome o : i.outcomes()) {
      ExpectedOutcome.Builder ob = o.toBuilder().clearValues();
      for (UnitValue v : o.values()) {
        ob.value(UnitValue.of(v.agency(), v.kind(), v.amount().times(k), v.grade()));
      }
      b.outcome(ob.build());
    }
    return b.build();
  }

  @Provide
  Arbitrary<Intervention> interventions() {
    return AppraisalArbitraries.interventions();
  }

  @Provide
  Arbitrary<ExpectedOutcome> outcomes() {
    return AppraisalArbitraries.expectedOutcomes();
  }

  @Provide
  Arbitrary<Cost> costs() {
    return AppraisalArbitraries.costs();
  }

  @Provide
  Arbitrary<AppraisalRates> rates() {
    return AppraisalArbitraries.appraisalRates();
  }

  @Provide
  Arbitrary<AppraisalParameters> parameters() {
    return AppraisalArbitraries.appraisalParameters();
  }

  @Provide
  Arbitrary<Appraisal> appraisals() {
    return AppraisalArbitraries.appraisals();
  }

  @Provide
  Arbitrary<Appraisal> upFront() {
    return AppraisalArbitraries.appraisalsInvestingUpFront();
  }

  @Provide
  Arbitrary<SharingProposal> proposals() {
    return AppraisalArbitraries.sharingProposals();
  }

  @Provide
  Arbitrary<Tuple2<SharingProposal, SavingsSharingTerms>> proposalsWithOtherTerms() {
    return AppraisalArbitraries.sharingProposals()
        .flatMap(p -> AppraisalArbitraries.sharingTermsFor(p.appraisal()).map(t -> Tuple.of(p, t)));
  }
}
