package org.communitybudgets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.appraisal.AgencyPosition;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.appraisal.AppraisalYear;
import org.communitybudgets.appraisal.SharingCheck;
import org.communitybudgets.appraisal.SharingPosition;
import org.communitybudgets.appraisal.SharingProposal;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

class GreaterManchesterAppraisalTest {
  private final Appraisal published = GreaterManchesterAppraisal.asPublished();

  @Test
  void reproducesThePublishedTotalsBeforeDiscounting() {
    // £138m invested and £225m saved over 5 years (Evidence CB00 §1)
    List<AppraisalYear> years = published.years();
    assertEquals(5, years.size());
    assertEquals(Money.ofPounds(138_000_000), Money.sum(years.stream().map(AppraisalYear::costs).toList()));
    assertEquals(Money.ofPounds(225_000_000), Money.sum(years.stream().map(AppraisalYear::fiscalBenefits).toList()));
  }

  @Test
  void discountsAtThreePointFivePercentFromTheFirstYear() {
    // costs: £69m + £69m / 1.035 = £69m + £66,666,666.67
    assertEquals(Money.of("135666666.67"), published.discountedCosts());
    // savings: £45m × (1 + 1/1.035 + 1/1.035² + 1/1.035³ + 1/1.035⁴) = £45m × 4.67307920861… = £210,288,564.387…
    assertEquals(Money.of("210288564.39"), published.discountedFiscalBenefits());
    // £210,288,564.387… − £135,666,666.667… = £74,621,897.72, and so the last year's cumulative net
    assertEquals(Money.of("74621897.72"), published.npvFiscal());
    assertEquals(published.npvFiscal(), published.years().get(published.years().size() - 1).cumulativeNetFiscal());
    assertEquals(published.npvFiscal(), published.npvTotal());
    // 210.29 / 135.67 = 1.55
    assertEquals(Optional.of(new BigDecimal("1.55")), published.benefitCostRatio());
    // cumulative: −24.0m, −47.2m, −5.2m, +35.4m → pays back in 2016-17, the fourth year
    assertEquals(Optional.of(FinancialYear.of(2016)), published.paybackYear());
    assertEquals(Optional.of(4), published.paybackPeriodYears());
  }

  @Test
  void optimismBiasLowersTheReturn() {
    Appraisal graded = GreaterManchesterAppraisal.graded();
    // costs +5%: £135,666,666.67 × 1.05 = £142,450,000.00
    assertEquals(Money.ofPounds(142_450_000), graded.discountedCosts());
    // savings −10%: £210,288,564.387… × 0.9 = £189,259,707.948…
    assertEquals(Money.of("189259707.95"), graded.discountedFiscalBenefits());
    assertEquals(Optional.of(new BigDecimal("1.33")), graded.benefitCostRatio());
  }

  @Test
  void theMatrixShowsWhoInvestsAndWhoBenefits() {
    AgencyPosition dclg = published.position(GreaterManchesterAppraisal.DCLG).orElseThrow();
    assertEquals(Money.of("-27133333.33"), dclg.net());
    AgencyPosition moj = published.position(GreaterManchesterAppraisal.MOJ).orElseThrow();
    assertEquals(Money.ZERO, moj.costBorne());
    assertTrue(moj.fiscalBenefit().isPositive());
    assertEquals(
        published.npvFiscal(), Money.sum(published.positions().stream().map(AgencyPosition::net).toList()));
    // councils: £1,800 × 8,000 = £14.4m cashable a year
    assertEquals(
        Money.ofPounds(14_400_000),
        published.cashableSavings().get(GreaterManchesterAppraisal.COUNCILS).get(FinancialYear.of(2015)));
  }

  @Test
  void sharingByInvestmentGivesEveryInvestorTheSameShareOfItsMoneyBack() {
    SharingProposal p = SharingProposal.proportionateToInvestment(published);
    assertEquals(Optional.of(Percentage.of(45)), p.terms().shareOf(GreaterManchesterAppraisal.COUNCILS));
    SharingCheck check = p.assess();
    assertEquals(check.savings(), check.distributed());
    // cashable savings (£123.4m) fall short of the investment (£135.7m): each investor is short
    assertEquals(5, check.netPayers().size());
    SharingPosition byCashable =
        SharingProposal.byCashableBenefit(published).assess().position(GreaterManchesterAppraisal.DCLG).orElseThrow();
    assertEquals(Money.of("27133333.33"), byCashable.shortfall());
  }

  @Test
  void theReportPrintsEveryTable() {
    String report = GreaterManchesterAppraisal.text();
    assertTrue(report.contains("as published (grade 1)    £135,666,666.67       £210,288,564.39"), report);
    assertTrue(report.contains("Who invests and who benefits"), report);
    assertTrue(report.contains("Department for Communities and Local Government: £27,133,333.33 more paid in than gained."), report);
    assertTrue(report.contains("2016-17 (4 years)"), report);
  }
}
