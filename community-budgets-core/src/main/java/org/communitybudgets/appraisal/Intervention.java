package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communitybudgets.pool.Party;
import org.communitybudgets.time.FinancialYear;

/**
 * What a cost-benefit appraisal appraises: an intervention for a cohort of people (or families),
 * its costs by agency and financial year, and the outcomes expected with what they are worth to
 * each agency, all against business as usual over a stated number of years (CBA guidance 2014,
 * chapter 4, the inputs of an analysis).
 *
 * <p>Appraisal year 0 is {@code firstYear}; the period runs for {@code periodYears} financial
 * years. Every cost and every outcome's years fall within it.
 *
 * @param name the intervention, e.g. {@code single key worker for troubled families}; non-blank
 * @param firstYear the first financial year of the appraisal period, year 0
 * @param periodYears the length of the appraisal period in years, within 1–{@value #MAX_PERIOD_YEARS}
 * @param cohortSize the number of people (or families) the intervention works with, within
 *     0–{@value #MAX_COHORT_SIZE}
 * @param costs the costs, by agency and year
 * @param outcomes the outcomes expected, names unique
 */
public record Intervention(
    String name,
    FinancialYear firstYear,
    int periodYears,
    long cohortSize,
    List<Cost> costs,
    List<ExpectedOutcome> outcomes) {

  /** The longest appraisal period accepted, in years. */
  public static final int MAX_PERIOD_YEARS = 100;

  /**
   * The largest cohort accepted: one hundred million, more people than live in the United Kingdom
   * (63.2 million at the 2011 Census). A larger count is a data error, and its benefits could not
   * be held as {@link org.communitybudgets.money.Money}.
   */
  public static final long MAX_COHORT_SIZE = 100_000_000L;

  /** Validates every component; the lists are copied and the name stripped. */
  public Intervention {
    name = nonBlank(name, "intervention name");
    String owner = "intervention " + name;
    required(firstYear, "first year", owner);
    check(
        periodYears >= 1 && periodYears <= MAX_PERIOD_YEARS,
        "appraisal period",
        periodYears < 1 ? "at least one year" : "at most " + MAX_PERIOD_YEARS + " years",
        periodYears + " years",
        owner);
    check(
        firstYear.startYear() + periodYears - 1 <= FinancialYear.MAX_START_YEAR,
        "appraisal period",
        "ending by " + FinancialYear.of(FinancialYear.MAX_START_YEAR),
        periodYears + " years from " + firstYear,
        owner);
    check(cohortSize >= 0 && cohortSize <= MAX_COHORT_SIZE, "cohort size",
        cohortSize < 0 ? "zero or more" : "at most " + MAX_COHORT_SIZE, cohortSize, owner);
    costs = listOf(required(costs, "costs", owner), "costs of " + owner);
    outcomes = listOf(required(outcomes, "outcomes", owner), "outcomes of " + owner);
    uniqueBy(outcomes, ExpectedOutcome::name, "outcome names", owner);
    FinancialYear last = firstYear.plusYears(periodYears - 1);
    String period = "within the appraisal period " + FinancialYear.span(firstYear, last);
    for (Cost cost : costs) {
      check(
          !cost.year().isBefore(firstYear) && !cost.year().isAfter(last),
          "year of the cost of " + cost.agency(),
          period,
          cost.year(),
          owner);
    }
    for (ExpectedOutcome outcome : outcomes) {
      check(
          !outcome.firstYear().isBefore(firstYear) && !outcome.lastYear().isAfter(last),
          "years of outcome " + outcome.name(),
          period,
          FinancialYear.span(outcome.firstYear(), outcome.lastYear()),
          owner);
    }
  }

  /** A builder for the intervention {@code name}, with a cohort of none, no costs and no outcomes. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding every component of this intervention, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(name).period(firstYear, periodYears).cohortSize(cohortSize);
    b.costs.addAll(costs);
    b.outcomes.addAll(outcomes);
    return b;
  }

  /** The last financial year of the appraisal period. */
  public FinancialYear lastYear() {
    return firstYear.plusYears(periodYears - 1);
  }

  /** The financial years of the appraisal period, year 0 first. */
  public List<FinancialYear> years() {
    return firstYear.through(lastYear());
  }

  /**
   * The appraisal year of a financial year: 0 for {@code firstYear}.
   *
   * @throws org.communitybudgets.InvalidValueException if the year is outside the period
   */
  public int yearIndex(FinancialYear year) {
    required(year, "financial year");
    check(
        !year.isBefore(firstYear) && !year.isAfter(lastYear()),
        "financial year",
        "within the appraisal period " + FinancialYear.span(firstYear, lastYear()),
        year,
        "intervention " + name);
    return year.startYear() - firstYear.startYear();
  }

  /** Every agency that bears a cost or receives a benefit, in the order they first appear: costs first, then outcomes. */
  public List<Party> agencies() {
    Set<Party> agencies = new LinkedHashSet<>();
    costs.forEach(c -> agencies.add(c.agency()));
    outcomes.forEach(o -> o.values().forEach(v -> agencies.add(v.agency())));
    return List.copyOf(agencies);
  }

  /** The appraisal of this intervention with those rates. */
  public Appraisal appraise(AppraisalRates rates) {
    return Appraisal.of(this, rates);
  }

  /** The appraisal of this intervention with the parameters in force on {@code asOf}. */
  public Appraisal appraise(AppraisalParameters parameters, LocalDate asOf) {
    return Appraisal.of(this, required(parameters, "appraisal parameters").valueOn(asOf));
  }

  /**
   * Builds an {@link Intervention}; {@link #build()} validates as the constructor does. The period
   * must be set.
   */
  public static final class Builder {
    private String name;
    private FinancialYear firstYear;
    private int periodYears;
    private long cohortSize;
    private final List<Cost> costs = new ArrayList<>();
    private final List<ExpectedOutcome> outcomes = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Sets the name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the appraisal period: {@code years} financial years from {@code first}. */
    public Builder period(FinancialYear first, int years) {
      this.firstYear = first;
      this.periodYears = years;
      return this;
    }

    /** Sets the number of people (or families) in the cohort. */
    public Builder cohortSize(long size) {
      this.cohortSize = size;
      return this;
    }

    /** Adds a cost. */
    public Builder cost(Cost cost) {
      costs.add(required(cost, "cost"));
      return this;
    }

    /** Adds an outcome. */
    public Builder outcome(ExpectedOutcome outcome) {
      outcomes.add(required(outcome, "outcome"));
      return this;
    }

    /** Removes every cost given so far. */
    public Builder clearCosts() {
      costs.clear();
      return this;
    }

    /** Removes every outcome given so far. */
    public Builder clearOutcomes() {
      outcomes.clear();
      return this;
    }

    /** The intervention, validated. */
    public Intervention build() {
      return new Intervention(name, firstYear, periodYears, cohortSize, costs, outcomes);
    }
  }
}
