package org.communitybudgets.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.communitybudgets.appraisal.AppraisalParameter;
import org.communitybudgets.appraisal.AppraisalParameters;
import org.communitybudgets.appraisal.AppraisalRates;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.appraisal.BenefitKind;
import org.communitybudgets.appraisal.ConfidenceGrade;
import org.communitybudgets.appraisal.Cost;
import org.communitybudgets.appraisal.ExpectedOutcome;
import org.communitybudgets.appraisal.Intervention;
import org.communitybudgets.appraisal.SharingProposal;
import org.communitybudgets.appraisal.UnitValue;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;

/**
 * Generators of valid cost-benefit appraisals and their parts: confidence grades, costs, unit
 * values, expected outcomes, interventions, rates, dated parameter tables, appraisals and sharing
 * proposals. Every generated object is valid by construction; the knobs steer the agencies, the
 * length of the period, and whether an intervention invests up front (every cost in year 0, every
 * benefit later).
 *
 * <p>Amounts stay well within range: a cost is at most {@link #MAX_COST}, a unit value at most
 * {@link #MAX_UNIT_VALUE}, a cohort at most {@link #MAX_COHORT}.
 */
public final class AppraisalArbitraries {
  private AppraisalArbitraries() {}

  /** The largest generated cost: £10 million. */
  public static final Money MAX_COST = Money.ofPounds(10_000_000);

  /** The largest generated unit value, a person a year: £20,000. */
  public static final Money MAX_UNIT_VALUE = Money.ofPounds(20_000);

  /** The largest generated cohort. */
  public static final long MAX_COHORT = 10_000;

  /** The longest generated appraisal period, in years, unless a knob says otherwise. */
  public static final int MAX_PERIOD_YEARS = 10;

  private static final List<String> OUTCOMES =
      List.of(
          "adult into sustained work",
          "child back in school",
          "fewer police call-outs",
          "fewer A&E attendances",
          "child no longer in care");

  private static final List<String> INTERVENTIONS =
      List.of(
          "single key worker for troubled families",
          "family intervention project",
          "integrated employment support",
          "early help for children in need",
          "domestic abuse outreach");

  // ---------------------------------------------------------------- small values

  /** Confidence grades 1 to 6. */
  public static Arbitrary<ConfidenceGrade> confidenceGrades() {
    return Arbitraries.integers().between(ConfidenceGrade.BEST, ConfidenceGrade.WORST).map(ConfidenceGrade::of);
  }

  /** Every kind of benefit. */
  public static Arbitrary<BenefitKind> benefitKinds() {
    return Arbitraries.of(BenefitKind.class);
  }

  /** Cohort sizes from none to {@link #MAX_COHORT}. */
  public static Arbitrary<Long> cohortSizes() {
    return Arbitraries.longs().between(0, MAX_COHORT);
  }

  /** Whole percentages within 0–100%. */
  public static Arbitrary<Percentage> wholeShares() {
    return Arbitraries.integers().between(0, 100).map(Percentage::of);
  }

  // ---------------------------------------------------------------- costs and unit values

  /** Costs of up to {@link #MAX_COST} borne by one of {@code agencies} in one of {@code years}. */
  public static Arbitrary<Cost> costs(List<? extends Party> agencies, List<FinancialYear> years) {
    return Combinators.combine(
            Arbitraries.of(List.<Party>copyOf(agencies)),
            Arbitraries.of(years),
            MoneyArbitraries.amountsBetween(Money.ZERO, MAX_COST),
            confidenceGrades())
        .as(Cost::of);
  }

  /** Costs borne by generated parties in the programme's years. */
  public static Arbitrary<Cost> costs() {
    return PoolArbitraries.parties()
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .flatMap(
            agencies ->
                costs(agencies, FinancialYear.of(2010).through(FinancialYear.of(2019))));
  }

  /** Unit values of any kind, up to {@link #MAX_UNIT_VALUE}, to one of {@code agencies}. */
  public static Arbitrary<UnitValue> unitValues(List<? extends Party> agencies) {
    return Combinators.combine(
            Arbitraries.of(List.<Party>copyOf(agencies)),
            benefitKinds(),
            MoneyArbitraries.amountsBetween(Money.ZERO, MAX_UNIT_VALUE),
            confidenceGrades())
        .as(UnitValue::of);
  }

  /** Unit values to generated parties. */
  public static Arbitrary<UnitValue> unitValues() {
    return PoolArbitraries.parties().list().ofMinSize(1).ofMaxSize(3).flatMap(AppraisalArbitraries::unitValues);
  }

  // ---------------------------------------------------------------- outcomes

  /**
   * Outcomes named {@code name} worth something to {@code agencies}, bringing benefits in some of
   * the years from {@code first} to {@code last}, with any share achieving, deadweight,
   * attribution and drop-off.
   */
  public static Arbitrary<ExpectedOutcome> expectedOutcomes(
      String name, List<? extends Party> agencies, FinancialYear first, FinancialYear last) {
    List<FinancialYear> years = first.through(last);
    Arbitrary<List<Integer>> span =
        Arbitraries.integers()
            .between(0, years.size() - 1)
            .list()
            .ofSize(2)
            .map(ends -> List.of(Math.min(ends.get(0), ends.get(1)), Math.max(ends.get(0), ends.get(1))));
    return Combinators.combine(
            wholeShares(),
            wholeShares(),
            wholeShares(),
            wholeShares(),
            span,
            unitValues(agencies).list().ofMinSize(1).ofMaxSize(4))
        .as(
            (share, deadweight, attribution, dropOff, ends, values) -> {
              ExpectedOutcome.Builder b =
                  ExpectedOutcome.builder(name)
                      .shareAchieving(share)
                      .deadweight(deadweight)
                      .attribution(attribution)
                      .dropOff(dropOff)
                      .years(years.get(ends.get(0)), years.get(ends.get(1)));
              values.forEach(b::value);
              return b.build();
            });
  }

  /** Outcomes worth something to generated parties in some of the programme's years. */
  public static Arbitrary<ExpectedOutcome> expectedOutcomes() {
    return Combinators.combine(
            Arbitraries.of(OUTCOMES), PoolArbitraries.parties().list().ofMinSize(1).ofMaxSize(3))
        .flatAs(
            (name, agencies) ->
                expectedOutcomes(name, agencies, FinancialYear.of(2010), FinancialYear.of(2019)));
  }

  // ---------------------------------------------------------------- interventions

  /**
   * Interventions among one to four generated parties, over one to {@value #MAX_PERIOD_YEARS}
   * years starting in one of the programme's years, with up to six costs and up to three outcomes.
   */
  public static Arbitrary<Intervention> interventions() {
    return agencyLists().flatMap(agencies -> interventionsAmong(agencies, MAX_PERIOD_YEARS));
  }

  /**
   * Interventions whose costs and benefits fall on {@code agencies}, over one to {@code
   * maxPeriodYears} years, with up to six costs and up to three outcomes.
   */
  public static Arbitrary<Intervention> interventionsAmong(
      List<? extends Party> agencies, int maxPeriodYears) {
    List<Party> all = List.copyOf(agencies);
    return Combinators.combine(
            TimeArbitraries.programmeYears(),
            Arbitraries.integers().between(1, maxPeriodYears),
            cohortSizes(),
            Arbitraries.of(INTERVENTIONS))
        .flatAs(
            (first, years, cohort, name) -> {
              FinancialYear last = first.plusYears(years - 1);
              return Combinators.combine(
                      costs(all, first.through(last)).list().ofMaxSize(6),
                      outcomeLists(all, first, last, 0, 3))
                  .as((costs, outcomes) -> intervention(name, first, years, cohort, costs, outcomes));
            });
  }

  /**
   * Interventions that invest up front: every cost falls in year 0 and at least one is positive,
   * and every outcome brings its benefits from year 1 on; periods of two to {@value
   * #MAX_PERIOD_YEARS} years, one to three outcomes.
   */
  public static Arbitrary<Intervention> interventionsInvestingUpFront() {
    return agencyLists()
        .flatMap(
            agencies ->
                Combinators.combine(
                        TimeArbitraries.programmeYears(),
                        Arbitraries.integers().between(2, MAX_PERIOD_YEARS),
                        cohortSizes(),
                        Arbitraries.of(INTERVENTIONS))
                    .flatAs(
                        (first, years, cohort, name) -> {
                          FinancialYear last = first.plusYears(years - 1);
                          Arbitrary<List<Cost>> costs =
                              costs(agencies, List.of(first))
                                  .list()
                                  .ofMinSize(1)
                                  .ofMaxSize(4)
                                  .filter(cs -> cs.stream().anyMatch(c -> c.amount().isPositive()));
                          return Combinators.combine(
                                  costs, outcomeLists(agencies, first.next(), last, 1, 3))
                              .as(
                                  (cs, outcomes) ->
                                      intervention(name, first, years, cohort, cs, outcomes));
                        }));
  }

  private static Arbitrary<List<Party>> agencyLists() {
    return PoolArbitraries.parties().list().ofMinSize(1).ofMaxSize(4).uniqueElements();
  }

  private static Arbitrary<List<ExpectedOutcome>> outcomeLists(
      List<? extends Party> agencies, FinancialYear first, FinancialYear last, int min, int max) {
    return Arbitraries.integers()
        .between(min, max)
        .flatMap(
            n -> {
              List<Arbitrary<ExpectedOutcome>> each = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                each.add(expectedOutcomes(OUTCOMES.get(i), agencies, first, last));
              }
              return Combinators.combine(each).as(List::copyOf);
            });
  }

  private static Intervention intervention(
      String name,
      FinancialYear first,
      int years,
      long cohort,
      List<Cost> costs,
      List<ExpectedOutcome> outcomes) {
    Intervention.Builder b = Intervention.builder(name).period(first, years).cohortSize(cohort);
    costs.forEach(b::cost);
    outcomes.forEach(b::outcome);
    return b.build();
  }

  // ---------------------------------------------------------------- rates and parameters

  /**
   * Rates on a programme date: a discount rate of 0–15% to one decimal place, in a third of cases
   * declining (or rising) to up to three later rates from years 2–60 on, and corrections of 0–60%
   * by grade.
   */
  public static Arbitrary<AppraisalRates> appraisalRates() {
    return ratesWithDiscount(
        Arbitraries.integers().between(0, 150).map(tenths -> Percentage.of(BigDecimal.valueOf(tenths, 1))));
  }

  /** Rates as {@link #appraisalRates()} but with the discount rates {@code discountRates} generates. */
  public static Arbitrary<AppraisalRates> ratesWithDiscount(Arbitrary<Percentage> discountRates) {
    Arbitrary<List<Percentage>> biases =
        Arbitraries.integers().between(0, 60).map(Percentage::of).list().ofSize(ConfidenceGrade.WORST);
    Arbitrary<Map<Integer, Percentage>> later =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(Map.<Integer, Percentage>of())),
            Tuple.of(1, Arbitraries.maps(
                    Arbitraries.integers().between(2, 60),
                    Arbitraries.integers().between(0, 150).map(tenths -> Percentage.of(BigDecimal.valueOf(tenths, 1))))
                .ofMinSize(1)
                .ofMaxSize(3)));
    return Combinators.combine(TimeArbitraries.programmeDates(), discountRates, biases, later)
        .as(
            (day, rate, bias, steps) -> {
              Map<ConfidenceGrade, Percentage> byGrade = new LinkedHashMap<>();
              for (ConfidenceGrade grade : ConfidenceGrade.all()) {
                byGrade.put(grade, bias.get(grade.grade() - 1));
              }
              return new AppraisalRates(day, rate, byGrade, steps);
            });
  }

  /**
   * Parameter tables in which every key has one to three dated rows, the first from 1 April 2010,
   * each following the one before without a gap, the last open-ended.
   */
  public static Arbitrary<AppraisalParameters> appraisalParameters() {
    List<Arbitrary<List<AppraisalParameter>>> keys = new ArrayList<>();
    for (String key : AppraisalParameter.KEYS) {
      keys.add(datedRows(key));
    }
    return Combinators.combine(keys)
        .as(
            rows -> {
              List<AppraisalParameter> all = new ArrayList<>();
              rows.forEach(all::addAll);
              return AppraisalParameters.of(all);
            });
  }

  private static Arbitrary<List<AppraisalParameter>> datedRows(String key) {
    Arbitrary<List<LocalDate>> starts =
        TimeArbitraries.datesBetween(LocalDate.of(2010, 4, 2), LocalDate.of(2019, 3, 31))
            .set()
            .ofMaxSize(2)
            .map(set -> set.stream().sorted().toList());
    Arbitrary<List<Percentage>> values =
        Arbitraries.integers().between(0, 400).map(tenths -> Percentage.of(BigDecimal.valueOf(tenths, 1))).list().ofSize(3);
    return Combinators.combine(starts, values)
        .as(
            (later, vs) -> {
              List<LocalDate> from = new ArrayList<>();
              from.add(LocalDate.of(2010, 4, 1));
              from.addAll(later);
              List<AppraisalParameter> rows = new ArrayList<>();
              for (int i = 0; i < from.size(); i++) {
                DateRange dates =
                    i + 1 < from.size()
                        ? DateRange.of(from.get(i), from.get(i + 1).minusDays(1))
                        : DateRange.from(from.get(i));
                rows.add(
                    new AppraisalParameter(
                        key, dates, vs.get(i), PolicySource.costBenefitGuidance2014("generated"), "generated"));
              }
              return List.copyOf(rows);
            });
  }

  // ---------------------------------------------------------------- appraisals and sharing

  /** Appraisals of generated interventions with generated rates. */
  public static Arbitrary<Appraisal> appraisals() {
    return Combinators.combine(interventions(), appraisalRates()).as(Appraisal::of);
  }

  /** Appraisals of interventions that invest up front, with generated rates. */
  public static Arbitrary<Appraisal> appraisalsInvestingUpFront() {
    return Combinators.combine(interventionsInvestingUpFront(), appraisalRates()).as(Appraisal::of);
  }

  /**
   * Sharing proposals by either rule from generated appraisals with something to share by (a
   * positive present value of costs, or of cashable benefits).
   */
  public static Arbitrary<SharingProposal> sharingProposals() {
    Arbitrary<SharingProposal> byInvestment =
        appraisals()
            .filter(a -> a.discountedCosts().isPositive())
            .map(SharingProposal::proportionateToInvestment);
    Arbitrary<SharingProposal> byCashable =
        appraisals()
            .filter(a -> a.discountedCashableBenefits().isPositive())
            .map(SharingProposal::byCashableBenefit);
    return Arbitraries.oneOf(byInvestment, byCashable);
  }

  /** Savings-sharing terms among some of the appraisal's agencies, shares summing to 100%. */
  public static Arbitrary<SavingsSharingTerms> sharingTermsFor(Appraisal appraisal) {
    return PoolArbitraries.savingsSharingTermsAmong(appraisal.intervention().agencies());
  }
}
