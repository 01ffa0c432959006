package org.communitybudgets.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.appraisal.AgencyPosition;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.appraisal.AppraisalParameters;
import org.communitybudgets.appraisal.AppraisalRates;
import org.communitybudgets.appraisal.AppraisalYear;
import org.communitybudgets.appraisal.BenefitKind;
import org.communitybudgets.appraisal.ConfidenceGrade;
import org.communitybudgets.appraisal.Cost;
import org.communitybudgets.appraisal.ExpectedOutcome;
import org.communitybudgets.appraisal.Intervention;
import org.communitybudgets.appraisal.SharingCheck;
import org.communitybudgets.appraisal.SharingPosition;
import org.communitybudgets.appraisal.SharingProposal;
import org.communitybudgets.appraisal.UnitValue;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.Party;
import org.communitybudgets.time.FinancialYear;

/**
 * The cost-benefit appraisal of Greater Manchester's troubled-families case, built from its
 * published figures: "Investing £138 million in 8,000 troubled families has the potential to save
 * £225 million over the next 5 years" (Evidence CB00 §1). It prints the headline outputs (net
 * present values, benefit-cost ratio, payback), the years, the matrix of who invests and who
 * benefits, the cashable savings by agency and year, and two ways of sharing the savings with the
 * check of who ends up paying more than they gain: {@link #text()}. The programme office report
 * includes its summary; the examples' {@code GreaterManchesterAppraisal} program prints it.
 *
 * <p>The published figures give only the totals. How the £138m investment and the £225m savings
 * split between agencies, which savings are cashable, and when the money is spent are
 * <b>illustrative assumptions</b> of this example, stated beside each figure below; they are not
 * published figures.
 */
public final class GreaterManchesterAppraisal {
  /** The business date of the appraisal: the month of Evidence CB00 (April 2013). */
  static final LocalDate AS_OF = LocalDate.of(2013, 4, 1);

  /** The first financial year of the five the savings are expected over (Evidence CB00 §1). */
  static final FinancialYear FIRST = FinancialYear.of(2013);

  /** The appraisal period: "over the next 5 years" (Evidence CB00 §1). */
  static final int YEARS = 5;

  /** The cohort: "8,000 troubled families" (Evidence CB00 §1). */
  static final long FAMILIES = 8_000;

  private static final AreaId AREA = AreaId.of("greater-manchester");

  static final BudgetHolder COUNCILS =
      BudgetHolder.of(HolderId.of("gm-councils"), "Greater Manchester's ten councils", HolderKind.COUNCIL, AREA);
  static final BudgetHolder POLICE =
      BudgetHolder.of(HolderId.of("gm-police"), "Greater Manchester Police", HolderKind.POLICE_FORCE, AREA);
  static final BudgetHolder NHS =
      BudgetHolder.of(
          HolderId.of("gm-ccgs"),
          "Greater Manchester clinical commissioning groups",
          HolderKind.CLINICAL_COMMISSIONING_GROUP,
          AREA);
  static final Party DCLG = Party.department(Department.DCLG);
  static final Party DWP = Party.department(Department.DWP);
  static final Party MOJ = Party.department(Department.MOJ);

  private GreaterManchesterAppraisal() {}

  /**
   * The intervention, with every figure graded as given: {@code costGrade} for the costs and
   * {@code savingGrade} for the savings.
   *
   * <p>Investment, £138m in all (Evidence CB00 §1), spent half in 2013-14 and half in 2014-15
   * (illustrative), split illustratively: the ten councils 45% (£62.1m), DCLG's Troubled Families
   * payments 20% (£27.6m), DWP 15% (£20.7m), Greater Manchester Police 10% (£13.8m), the NHS 10%
   * (£13.8m).
   *
   * <p>Savings, £225m over 5 years (Evidence CB00 §1), that is £45m a year or £5,625 a family a
   * year for 8,000 families, split illustratively: councils £1,800 (cashable: care placements and
   * temporary housing avoided), DWP £1,500 (cashable: out-of-work benefits), police £900, NHS £800
   * and MoJ £625 (non-cashable: demand avoided). The published figure is taken as already net of
   * deadweight and attribution and as lasting the five years, so the outcome is recorded with no
   * deadweight, full attribution and no drop-off.
   */
  static Intervention intervention(ConfidenceGrade costGrade, ConfidenceGrade savingGrade) {
    Intervention.Builder b =
        Intervention.builder("single key worker for troubled families, Greater Manchester")
            .period(FIRST, YEARS)
            .cohortSize(FAMILIES);
    investHalfEachYear(b, COUNCILS, 62_100_000, costGrade);
    investHalfEachYear(b, DCLG, 27_600_000, costGrade);
    investHalfEachYear(b, DWP, 20_700_000, costGrade);
    investHalfEachYear(b, POLICE, 13_800_000, costGrade);
    investHalfEachYear(b, NHS, 13_800_000, costGrade);
    ExpectedOutcome turnedAround =
        ExpectedOutcome.builder("family turned around")
            .shareAchieving(Percentage.ONE_HUNDRED)
            .years(FIRST, FIRST.plusYears(YEARS - 1))
            .value(UnitValue.of(COUNCILS, BenefitKind.CASHABLE_FISCAL, Money.ofPounds(1_800), savingGrade))
            .value(UnitValue.of(DWP, BenefitKind.CASHABLE_FISCAL, Money.ofPounds(1_500), savingGrade))
            .value(UnitValue.of(POLICE, BenefitKind.NON_CASHABLE_FISCAL, Money.ofPounds(900), savingGrade))
            .value(UnitValue.of(NHS, BenefitKind.NON_CASHABLE_FISCAL, Money.ofPounds(800), savingGrade))
            .value(UnitValue.of(MOJ, BenefitKind.NON_CASHABLE_FISCAL, Money.ofPounds(625), savingGrade))
            .build();
    return b.outcome(turnedAround).build();
  }

  private static void investHalfEachYear(
      Intervention.Builder b, Party agency, long pounds, ConfidenceGrade grade) {
    Money half = Money.ofPounds(pounds).dividedBy(2, RoundingMode.HALF_EVEN);
    b.cost(Cost.of(agency, FIRST, half, grade));
    b.cost(Cost.of(agency, FIRST.next(), Money.ofPounds(pounds).minus(half), grade));
  }

  /** The rates in force on {@link #AS_OF}: the standard table (3.5%, the default grades). */
  static AppraisalRates rates() {
    return AppraisalParameters.standard().valueOn(AS_OF);
  }

  /** The published figures as they stand: every figure grade 1, so no optimism-bias correction. */
  public static Appraisal asPublished() {
    return intervention(ConfidenceGrade.of(1), ConfidenceGrade.of(1)).appraise(rates());
  }

  /**
   * The same figures graded as a cautious appraiser might: budgeted costs grade 2 (+5%) and
   * forecast savings grade 3 (−10%), with the standard table's corrections.
   */
  public static Appraisal graded() {
    return intervention(ConfidenceGrade.of(2), ConfidenceGrade.of(3)).appraise(rates());
  }

  /** The whole appraisal as text. */
  public static String text() {
    StringBuilder out = new StringBuilder();
    Appraisal published = asPublished();
    Appraisal graded = graded();
    heading(out, "Greater Manchester troubled families: cost-benefit appraisal");
    out.append("\"Investing £138 million in 8,000 troubled families has the potential to save £225 million\n")
        .append("over the next 5 years\" (Evidence CB00 §1). The split between agencies is illustrative.\n")
        .append("Discount rate ")
        .append(published.discountRate())
        .append(", year 0 = ")
        .append(FIRST)
        .append(" (not discounted), appraised as of ")
        .append(AS_OF)
        .append(".\n");

    heading(out, "Headline");
    TextTable headline =
        new TextTable("figures", "costs (PV)", "fiscal benefits (PV)", "fiscal NPV", "total NPV", "BCR", "payback")
            .alignRight(1, 2, 3, 4, 5);
    headlineRow(headline, "as published (grade 1)", published);
    headlineRow(headline, "graded (costs 2, savings 3)", graded);
    out.append(headline);

    heading(out, "Year by year, as published");
    TextTable years =
        new TextTable("year", "factor", "costs", "fiscal benefits", "costs (PV)", "benefits (PV)", "cumulative net (PV)")
            .alignRight(1, 2, 3, 4, 5, 6);
    for (AppraisalYear y : published.years()) {
      years.row(
          y.year(),
          y.discountFactor().setScale(4, RoundingMode.HALF_EVEN).toPlainString(),
          y.costs(),
          y.fiscalBenefits(),
          y.discountedCosts(),
          y.discountedFiscalBenefits(),
          y.cumulativeNetFiscal());
    }
    out.append(years);

    heading(out, "Who invests and who benefits, as published (present values)");
    TextTable matrix =
        new TextTable("agency", "invests", "benefits", "of which cashable", "net").alignRight(1, 2, 3, 4);
    for (AgencyPosition p : published.positions()) {
      matrix.row(p.agency().name(), p.costBorne(), p.fiscalBenefit(), p.cashableBenefit(), p.net());
    }
    matrix.row("all agencies", published.discountedCosts(), published.discountedFiscalBenefits(),
        published.discountedCashableBenefits(), published.npvFiscal());
    out.append(matrix);

    heading(out, "Cashable savings by agency and year, as published (not discounted)");
    List<FinancialYear> calendar = published.intervention().years();
    String[] header = new String[calendar.size() + 1];
    header[0] = "agency";
    int[] right = new int[calendar.size()];
    for (int i = 0; i < calendar.size(); i++) {
      header[i + 1] = calendar.get(i).toString();
      right[i] = i + 1;
    }
    TextTable cashable = new TextTable(header).alignRight(right);
    for (Map.Entry<Party, Map<FinancialYear, Money>> e : published.cashableSavings().entrySet()) {
      if (e.getValue().values().stream().allMatch(Money::isZero)) {
        continue;
      }
      Object[] cells = new Object[calendar.size() + 1];
      cells[0] = e.getKey().name();
      for (int i = 0; i < calendar.size(); i++) {
        cells[i + 1] = e.getValue().get(calendar.get(i));
      }
      cashable.row(cells);
    }
    out.append(cashable);

    out.append("\nOnly cashable savings can be moved between budgets: ")
        .append(published.discountedCashableBenefits())
        .append(" at present value against ")
        .append(published.discountedCosts())
        .append(" invested.\nThe non-cashable savings, ")
        .append(published.discountedFiscalBenefits().minus(published.discountedCashableBenefits()))
        .append(", free capacity but cannot be shared.\n");
    sharing(out, SharingProposal.proportionateToInvestment(published));
    sharing(out, SharingProposal.byCashableBenefit(published));
    return out.toString();
  }

  private static void headlineRow(TextTable table, String label, Appraisal a) {
    table.row(
        label,
        a.discountedCosts(),
        a.discountedFiscalBenefits(),
        a.npvFiscal(),
        a.npvTotal(),
        a.benefitCostRatio().map(BigDecimal::toPlainString).orElse("-"),
        a.paybackYear().map(y -> y + " (" + a.paybackPeriodYears().orElseThrow() + " years)").orElse("never"));
  }

  private static void sharing(StringBuilder out, SharingProposal proposal) {
    heading(out, "Sharing the cashable savings " + proposal.basis().label());
    out.append(proposal.terms().description()).append('\n');
    SharingCheck check = proposal.assess();
    TextTable table =
        new TextTable("agency", "share", "receives", "invests", "net").alignRight(1, 2, 3, 4);
    for (SharingPosition p : check.positions()) {
      table.row(
          p.agency().name(),
          proposal.terms().shareOf(p.agency()).map(Percentage::toString).orElse("-"),
          p.savingsReceived(),
          p.costBorne(),
          p.net());
    }
    table.row("shared", "100%", check.distributed(), "", "");
    out.append(table);
    if (check.isEveryoneBetterOff()) {
      out.append("No agency pays in more than it gains.\n");
    } else {
      for (SharingPosition p : check.netPayers()) {
        out.append(p.agency().name()).append(": ").append(p.shortfall()).append(" more paid in than gained.\n");
      }
    }
  }

  private static void heading(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("=".repeat(title.length())).append('\n');
  }
}
