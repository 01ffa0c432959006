package org.communitybudgets.appraisal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.Party;
import org.communitybudgets.time.FinancialYear;

/** The small appraisal computed by hand in {@link AppraisalTest}, and its parts. */
final class Fixtures {
  private Fixtures() {}

  static final BudgetHolder COUNCIL =
      BudgetHolder.of(
          HolderId.of("manchester-city-council"),
          "Manchester City Council",
          HolderKind.COUNCIL,
          AreaId.of("greater-manchester"));
  static final Party DWP = Party.department(Department.DWP);
  static final Party DH = Party.department(Department.DH);

  static final FinancialYear Y0 = FinancialYear.of(2012);
  static final FinancialYear Y1 = FinancialYear.of(2013);
  static final FinancialYear Y2 = FinancialYear.of(2014);
  static final LocalDate AS_OF = LocalDate.of(2012, 4, 1);

  static ConfidenceGrade grade(int g) {
    return ConfidenceGrade.of(g);
  }

  /** Rates with the standard grades and a discount rate of 25%, whose factors are exact: 1, 0.8, 0.64. */
  static AppraisalRates rates25() {
    Map<ConfidenceGrade, Percentage> bias = new LinkedHashMap<>();
    long[] percents = {0, 5, 10, 15, 25, 40};
    for (int g = 1; g <= 6; g++) {
      bias.put(grade(g), Percentage.of(percents[g - 1]));
    }
    return new AppraisalRates(AS_OF, Percentage.of(25), bias);
  }

  static ExpectedOutcome intoWork() {
    return ExpectedOutcome.builder("adult into work")
        .shareAchieving(Percentage.of(50))
        .deadweight(Percentage.of(20))
        .attribution(Percentage.of(50))
        .dropOff(Percentage.of(50))
        .years(Y1, Y2)
        .value(UnitValue.of(DWP, BenefitKind.CASHABLE_FISCAL, Money.ofPounds(1_000), grade(1)))
        .value(UnitValue.of(COUNCIL, BenefitKind.NON_CASHABLE_FISCAL, Money.ofPounds(300), grade(4)))
        .value(UnitValue.of(DH, BenefitKind.SOCIAL, Money.ofPounds(100), grade(6)))
        .value(UnitValue.of(DWP, BenefitKind.ECONOMIC, Money.ofPounds(50), grade(1)))
        .build();
  }

  static Intervention keyWorkers() {
    return Intervention.builder("key worker pilot")
        .period(Y0, 3)
        .cohortSize(100)
        .cost(Cost.of(COUNCIL, Y0, Money.ofPounds(10_000), grade(1)))
        .cost(Cost.of(COUNCIL, Y1, Money.ofPounds(5_000), grade(3)))
        .cost(Cost.of(DWP, Y0, Money.ofPounds(2_000), grade(2)))
        .outcome(intoWork())
        .build();
  }
}
