package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.describe;
import static org.communitybudgets.internal.Checks.required;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Party;
import org.communitybudgets.time.FinancialYear;

/**
 * The cost-benefit appraisal of an {@link Intervention} with the {@link AppraisalRates} in force
 * on a day, following the 2014 HM Treasury / New Economy cost benefit analysis guidance for local
 * partnerships (CBA guidance 2014, chapters 5 to 7), with the Green Book's discount rates.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>Costs are raised by the optimism bias of their grade: amount × (1 + bias).
 *   <li>Each outcome's benefit in a year is cohort size × share achieving × unit value × (1 −
 *       deadweight) × attribution × (1 − drop-off)^k × (1 − bias of the unit value's grade), with
 *       k the years since the outcome's first year.
 *   <li>Discounting: appraisal year 0 is the intervention's first financial year, and amounts of
 *       year t are multiplied by 1/(1+r)^t, as if they fell at the start of the year, so year 0 is
 *       not discounted (as the New Economy model does).
 *   <li>Every step is exact or computed with {@link MathContext#DECIMAL128}; amounts are rounded
 *       half-even ({@link RoundingMode#HALF_EVEN}) to the penny only in the outputs, by one rule:
 *       each agency's discounted amount of each year is rounded on its own, and every total — an
 *       agency's, a year's, the cumulative net by year, the NPVs — is a sum of those, so the agency
 *       columns add up to the totals and the last year's cumulative net is the fiscal NPV.
 *   <li>Costs are public spending and are counted once, in the fiscal NPV: fiscal NPV = present
 *       value of fiscal benefits − present value of costs; economic and social NPV = present value
 *       of those benefits; total NPV = fiscal + economic + social NPV.
 *   <li>Benefit-cost ratio (the financial return on investment) = present value of fiscal benefits
 *       ÷ present value of costs; below 1 the scheme is not financially justified.
 *   <li>Payback year: the first year in which the cumulative discounted fiscal benefits reach the
 *       cumulative discounted costs and stay there to the end of the period (so that a cost that
 *       comes later, after an early break-even, is not overlooked).
 * </ul>
 *
 * <p>Two appraisals are equal if they appraise equal interventions with equal rates.
 */
public final class Appraisal {
  /** Decimal places of the benefit-cost ratios, rounded half-even. */
  public static final int RATIO_SCALE = 2;

  private static final MathContext MC = MathContext.DECIMAL128;

  private static final int COST = 0;
  private static final int CASHABLE = 1;
  private static final int NON_CASHABLE = 2;
  private static final int ECONOMIC = 3;
  private static final int SOCIAL = 4;
  private static final int DISCOUNTED_COST = 5;
  private static final int DISCOUNTED_FISCAL = 6;
  private static final int CELLS = 7;

  private final Intervention intervention;
  private final AppraisalRates rates;
  private final List<AppraisalYear> years;
  private final List<AgencyPosition> positions;
  private final Map<Party, Map<FinancialYear, Money>> cashableSavings;
  private final BigDecimal exactCosts;
  private final BigDecimal exactFiscal;
  private final BigDecimal exactAllBenefits;
  private final Optional<FinancialYear> paybackYear;

  private Appraisal(Intervention intervention, AppraisalRates rates) {
    this.intervention = intervention;
    this.rates = rates;
    List<FinancialYear> calendar = intervention.years();
    int n = calendar.size();
    BigDecimal[] factors = new BigDecimal[n];
    for (int t = 0; t < n; t++) {
      factors[t] = rates.discountFactor(t);
    }
    BigDecimal[][] byYear = zeros(n, CELLS);
    // Each agency's discounted amounts by year: the cells every total is a sum of, once rounded.
    Map<Party, BigDecimal[][]> byAgency = new LinkedHashMap<>();
    Map<Party, BigDecimal[]> cashableByAgencyYear = new LinkedHashMap<>();
    for (Party agency : intervention.agencies()) {
      byAgency.put(agency, zeros(n, CELLS));
      cashableByAgencyYear.put(agency, zeros(1, n)[0]);
    }

    for (Cost cost : intervention.costs()) {
      int t = intervention.yearIndex(cost.year());
      BigDecimal raised =
          pence(cost.amount()).multiply(BigDecimal.ONE.add(bias(cost.grade())), MC);
      BigDecimal discounted = raised.multiply(factors[t], MC);
      byYear[t][COST] = byYear[t][COST].add(raised, MC);
      byYear[t][DISCOUNTED_COST] = byYear[t][DISCOUNTED_COST].add(discounted, MC);
      add(byAgency.get(cost.agency())[t], COST, discounted);
    }

    BigDecimal cohort = BigDecimal.valueOf(intervention.cohortSize());
    for (ExpectedOutcome outcome : intervention.outcomes()) {
      BigDecimal achievers = cohort.multiply(outcome.shareAchieving().fraction(), MC);
      BigDecimal persistence =
          BigDecimal.ONE
              .subtract(outcome.deadweight().fraction())
              .multiply(outcome.attribution().fraction(), MC);
      BigDecimal retained = BigDecimal.ONE.subtract(outcome.dropOff().fraction());
      for (FinancialYear year : outcome.years()) {
        int k = year.startYear() - outcome.firstYear().startYear();
        int t = intervention.yearIndex(year);
        BigDecimal scale = achievers.multiply(persistence, MC).multiply(retained.pow(k, MC), MC);
        for (UnitValue value : outcome.values()) {
          BigDecimal amount =
              pence(value.amount())
                  .multiply(scale, MC)
                  .multiply(BigDecimal.ONE.subtract(bias(value.grade())), MC);
          BigDecimal discounted = amount.multiply(factors[t], MC);
          BigDecimal[] agency = byAgency.get(value.agency())[t];
          switch (value.kind()) {
            case CASHABLE_FISCAL -> {
              add(agency, CASHABLE, discounted);
              add(byYear[t], CASHABLE, amount);
              add(cashableByAgencyYear.get(value.agency()), t, amount);
            }
            case NON_CASHABLE_FISCAL -> {
              add(agency, NON_CASHABLE, discounted);
              add(byYear[t], NON_CASHABLE, amount);
            }
            case ECONOMIC -> {
              add(agency, ECONOMIC, discounted);
              add(byYear[t], ECONOMIC, amount);
            }
            case SOCIAL -> {
              add(agency, SOCIAL, discounted);
              add(byYear[t], SOCIAL, amount);
            }
          }
          if (value.kind().isFiscal()) {
            add(byYear[t], DISCOUNTED_FISCAL, discounted);
          }
        }
      }
    }

    List<AgencyPosition> rows = new ArrayList<>();
    BigDecimal costs = BigDecimal.ZERO;
    BigDecimal fiscal = BigDecimal.ZERO;
    BigDecimal all = BigDecimal.ZERO;
    Money[] yearCost = new Money[n];
    Money[] yearFiscal = new Money[n];
    java.util.Arrays.fill(yearCost, Money.ZERO);
    java.util.Arrays.fill(yearFiscal, Money.ZERO);
    for (Map.Entry<Party, BigDecimal[][]> e : byAgency.entrySet()) {
      Money cost = Money.ZERO;
      Money agencyFiscal = Money.ZERO;
      Money cashable = Money.ZERO;
      Money economic = Money.ZERO;
      Money social = Money.ZERO;
      for (int t = 0; t < n; t++) {
        BigDecimal[] a = e.getValue()[t];
        BigDecimal exactFiscalOfYear = a[CASHABLE].add(a[NON_CASHABLE], MC);
        Money c = money(a[COST]);
        Money f = money(exactFiscalOfYear);
        cost = cost.plus(c);
        agencyFiscal = agencyFiscal.plus(f);
        cashable = cashable.plus(money(a[CASHABLE]));
        economic = economic.plus(money(a[ECONOMIC]));
        social = social.plus(money(a[SOCIAL]));
        yearCost[t] = yearCost[t].plus(c);
        yearFiscal[t] = yearFiscal[t].plus(f);
        costs = costs.add(a[COST], MC);
        fiscal = fiscal.add(exactFiscalOfYear, MC);
        all = all.add(exactFiscalOfYear, MC).add(a[ECONOMIC], MC).add(a[SOCIAL], MC);
      }
      rows.add(new AgencyPosition(e.getKey(), cost, agencyFiscal, cashable, economic, social));
    }
    this.positions = List.copyOf(rows);
    this.exactCosts = costs;
    this.exactFiscal = fiscal;
    this.exactAllBenefits = all;

    List<AppraisalYear> yearRows = new ArrayList<>();
    BigDecimal cumulative = BigDecimal.ZERO;
    Money cumulativeNet = Money.ZERO;
    FinancialYear payback = null;
    for (int t = 0; t < n; t++) {
      BigDecimal[] y = byYear[t];
      cumulative = cumulative.add(y[DISCOUNTED_FISCAL], MC).subtract(y[DISCOUNTED_COST], MC);
      cumulativeNet = cumulativeNet.plus(yearFiscal[t]).minus(yearCost[t]);
      if (cumulative.signum() < 0) {
        payback = null;
      } else if (payback == null) {
        payback = calendar.get(t);
      }
      yearRows.add(
          new AppraisalYear(
              calendar.get(t),
              t,
              factors[t],
              money(y[COST]),
              money(y[CASHABLE].add(y[NON_CASHABLE], MC)),
              money(y[CASHABLE]),
              money(y[ECONOMIC]),
              money(y[SOCIAL]),
              yearCost[t],
              yearFiscal[t],
              cumulativeNet));
    }
    this.years = List.copyOf(yearRows);
    this.paybackYear = Optional.ofNullable(payback);

    Map<Party, Map<FinancialYear, Money>> cashable = new LinkedHashMap<>();
    cashableByAgencyYear.forEach(
        (agency, amounts) -> {
          Map<FinancialYear, Money> perYear = new LinkedHashMap<>();
          for (int t = 0; t < n; t++) {
            perYear.put(calendar.get(t), money(amounts[t]));
          }
          cashable.put(agency, ImmutableMap.copyOf(perYear));
        });
    this.cashableSavings = ImmutableMap.copyOf(cashable);
  }

  /** The appraisal of the intervention with those rates. */
  public static Appraisal of(Intervention intervention, AppraisalRates rates) {
    return new Appraisal(required(intervention, "intervention"), required(rates, "appraisal rates"));
  }

  private BigDecimal bias(ConfidenceGrade grade) {
    return rates.optimismBias(grade).fraction();
  }

  private static BigDecimal[][] zeros(int rows, int columns) {
    BigDecimal[][] cells = new BigDecimal[rows][columns];
    for (BigDecimal[] row : cells) {
      java.util.Arrays.fill(row, BigDecimal.ZERO);
    }
    return cells;
  }

  private static void add(BigDecimal[] cells, int cell, BigDecimal amount) {
    cells[cell] = cells[cell].add(amount, MC);
  }

  private static BigDecimal pence(Money amount) {
    return BigDecimal.valueOf(amount.pence());
  }

  private Money money(BigDecimal pence) {
    BigDecimal whole = pence.setScale(0, RoundingMode.HALF_EVEN);
    if (whole.unscaledValue().bitLength() >= Long.SIZE || whole.longValue() == Long.MIN_VALUE) {
      throw new InvalidValueException("appraised amount", "within what Money holds, ±" + Money.ofPence(Long.MAX_VALUE),
          "£" + describe(whole.movePointLeft(2)), "appraisal of intervention " + intervention.name());
    }
    return Money.ofPence(whole.longValueExact());
  }

  /** The intervention appraised. */
  public Intervention intervention() {
    return intervention;
  }

  /** The rates used. */
  public AppraisalRates rates() {
    return rates;
  }

  /** Each year of the appraisal period, year 0 first. */
  public List<AppraisalYear> years() {
    return years;
  }

  /**
   * The matrix of who invests and who benefits: one row per agency, in the order of {@link
   * Intervention#agencies()}.
   */
  public List<AgencyPosition> positions() {
    return positions;
  }

  /** The agency's row of the matrix, if it bears a cost or receives a benefit. */
  public Optional<AgencyPosition> position(Party agency) {
    required(agency, "agency");
    return positions.stream().filter(p -> p.agency().equals(agency)).findFirst();
  }

  /** The present value of every cost: the sum of the agencies' costs borne. */
  public Money discountedCosts() {
    return Money.sum(positions.stream().map(AgencyPosition::costBorne).toList());
  }

  /** The present value of every fiscal benefit: the sum of the agencies'. */
  public Money discountedFiscalBenefits() {
    return Money.sum(positions.stream().map(AgencyPosition::fiscalBenefit).toList());
  }

  /** The present value of every cashable benefit: the sum of the agencies'. */
  public Money discountedCashableBenefits() {
    return Money.sum(positions.stream().map(AgencyPosition::cashableBenefit).toList());
  }

  /** Fiscal NPV: the present value of fiscal benefits less that of costs. */
  public Money npvFiscal() {
    return discountedFiscalBenefits().minus(discountedCosts());
  }

  /** Economic NPV: the present value of economic benefits (costs are counted in the fiscal NPV). */
  public Money npvEconomic() {
    return Money.sum(positions.stream().map(AgencyPosition::economicBenefit).toList());
  }

  /** Social NPV: the present value of social benefits (costs are counted in the fiscal NPV). */
  public Money npvSocial() {
    return Money.sum(positions.stream().map(AgencyPosition::socialBenefit).toList());
  }

  /** Total NPV: fiscal + economic + social NPV, that is all benefits less costs at present value. */
  public Money npvTotal() {
    return npvFiscal().plus(npvEconomic()).plus(npvSocial());
  }

  /**
   * The benefit-cost ratio, or financial return on investment: present value of fiscal benefits ÷
   * present value of costs, computed before rounding to the penny and rounded half-even to {@value
   * #RATIO_SCALE} decimal places; empty if there are no costs.
   */
  public Optional<BigDecimal> benefitCostRatio() {
    return ratio(exactFiscal);
  }

  /**
   * The public value ratio: present value of every benefit (fiscal, economic and social) ÷ present
   * value of costs, rounded as {@link #benefitCostRatio()} is; empty if there are no costs.
   */
  public Optional<BigDecimal> publicValueRatio() {
    return ratio(exactAllBenefits);
  }

  private Optional<BigDecimal> ratio(BigDecimal benefits) {
    if (exactCosts.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(benefits.divide(exactCosts, MC).setScale(RATIO_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * The payback year: the first financial year by whose end the cumulative discounted fiscal
   * benefits are at least the cumulative discounted costs, and remain so at the end of every later
   * year of the period (compared before rounding); empty if the period ends with the cumulative
   * net fiscal benefit below zero. Where every cost comes before the benefits this is simply the
   * first year the cumulative net fiscal benefit is zero or more.
   */
  public Optional<FinancialYear> paybackYear() {
    return paybackYear;
  }

  /** The payback period in years, counting year 0 as the first: 1 if the scheme pays back in year 0. */
  public Optional<Integer> paybackPeriodYears() {
    return paybackYear.map(y -> intervention.yearIndex(y) + 1);
  }

  /**
   * The cashable savings of each agency in each year of the period, after optimism bias,
   * deadweight, attribution and drop-off, not discounted (what a budget could give up that year),
   * rounded half-even to the penny; every agency of the matrix and every year is present.
   */
  public Map<Party, Map<FinancialYear, Money>> cashableSavings() {
    return cashableSavings;
  }

  /** The cashable savings of every agency in the year: the sum of the agencies' figures. */
  public Money cashableSavingsIn(FinancialYear year) {
    required(year, "financial year");
    return Money.sum(
        cashableSavings.values().stream().map(m -> m.getOrDefault(year, Money.ZERO)).toList());
  }

  /** The discount rate used, for display. */
  public Percentage discountRate() {
    return rates.discountRate();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Appraisal other
        && intervention.equals(other.intervention)
        && rates.equals(other.rates);
  }

  @Override
  public int hashCode() {
    return 31 * intervention.hashCode() + rates.hashCode();
  }

  /** The intervention and the headline figures, e.g. {@code Appraisal[families, NPV £1.00, BCR 1.50]}. */
  @Override
  public String toString() {
    return "Appraisal["
        + intervention.name()
        + ", NPV "
        + npvTotal()
        + ", BCR "
        + benefitCostRatio().map(BigDecimal::toPlainString).orElse("none")
        + "]";
  }
}
