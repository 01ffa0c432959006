package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.util.ArrayList;
import java.util.List;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.FinancialYear;

/**
 * An outcome an intervention is expected to achieve for part of its cohort, and what it is worth
 * to each agency, following the 2014 cost benefit analysis guidance for local partnerships (CBA
 * guidance 2014).
 *
 * <p>In each year from {@code firstYear} to {@code lastYear} the outcome is worth, for each unit
 * value: cohort size × share achieving × unit value × (1 − deadweight) × attribution × (1 −
 * drop-off)^k, where k counts the years since {@code firstYear} (0 in the first year); the
 * appraisal then lowers it by the optimism bias of the unit value's grade and discounts it.
 *
 * @param name the outcome, e.g. {@code adult into sustained work}; non-blank
 * @param shareAchieving the share of the cohort expected to achieve it, within 0–100%
 * @param deadweight the share of it that would have happened anyway, within 0–100%
 * @param attribution the share of what remains that is due to this intervention, within 0–100%
 * @param dropOff the share of the impact lost in each year after the first, within 0–100%
 * @param firstYear the first financial year the outcome brings benefits
 * @param lastYear the last such year, not before {@code firstYear}
 * @param values what one person achieving it is worth, to whom and of what kind, a year; at least
 *     one
 */
public record ExpectedOutcome(
    String name,
    Percentage shareAchieving,
    Percentage deadweight,
    Percentage attribution,
    Percentage dropOff,
    FinancialYear firstYear,
    FinancialYear lastYear,
    List<UnitValue> values) {

  /** Validates every component; the values are copied and the name stripped. */
  public ExpectedOutcome {
    name = nonBlank(name, "outcome name");
    String owner = "outcome " + name;
    share(shareAchieving, "share achieving the outcome", owner);
    share(deadweight, "deadweight", owner);
    share(attribution, "attribution", owner);
    share(dropOff, "drop-off", owner);
    required(firstYear, "first year", owner);
    required(lastYear, "last year", owner);
    check(!lastYear.isBefore(firstYear), "last year", "not before the first year " + firstYear, lastYear, owner);
    values = listOf(required(values, "unit values", owner), "unit values of " + owner);
    check(!values.isEmpty(), "unit values", "at least one", "none", owner);
  }

  private static void share(Percentage share, String field, String owner) {
    required(share, field, owner);
    check(share.isWithinWhole(), field, "within 0–100%", share, owner);
  }

  /** A builder for the outcome {@code name}: no deadweight, full attribution, no drop-off. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding every component of this outcome, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.shareAchieving = shareAchieving;
    b.deadweight = deadweight;
    b.attribution = attribution;
    b.dropOff = dropOff;
    b.firstYear = firstYear;
    b.lastYear = lastYear;
    b.values.addAll(values);
    return b;
  }

  /** The financial years the outcome brings benefits, in order. */
  public List<FinancialYear> years() {
    return firstYear.through(lastYear);
  }

  /**
   * Builds an {@link ExpectedOutcome}; {@link #build()} validates as the constructor does. The
   * share achieving and the years must be set; deadweight starts at 0%, attribution at 100% and
   * drop-off at 0%.
   */
  public static final class Builder {
    private String name;
    private Percentage shareAchieving;
    private Percentage deadweight = Percentage.ZERO;
    private Percentage attribution = Percentage.ONE_HUNDRED;
    private Percentage dropOff = Percentage.ZERO;
    private FinancialYear firstYear;
    private FinancialYear lastYear;
    private final List<UnitValue> values = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Sets the name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the share of the cohort expected to achieve the outcome. */
    public Builder shareAchieving(Percentage share) {
      this.shareAchieving = share;
      return this;
    }

    /** Sets the share that would have happened anyway. */
    public Builder deadweight(Percentage share) {
      this.deadweight = share;
      return this;
    }

    /** Sets the share due to this intervention. */
    public Builder attribution(Percentage share) {
      this.attribution = share;
      return this;
    }

    /** Sets the share of the impact lost each further year. */
    public Builder dropOff(Percentage share) {
      this.dropOff = share;
      return this;
    }

    /** Sets the years the outcome brings benefits, {@code first} to {@code last} inclusive. */
    public Builder years(FinancialYear first, FinancialYear last) {
      this.firstYear = first;
      this.lastYear = last;
      return this;
    }

    /** Adds a unit value. */
    public Builder value(UnitValue value) {
      values.add(required(value, "unit value"));
      return this;
    }

    /** Removes every unit value given so far. */
    public Builder clearValues() {
      values.clear();
      return this;
    }

    /** The outcome, validated. */
    public ExpectedOutcome build() {
      return new ExpectedOutcome(
          name, shareAchieving, deadweight, attribution, dropOff, firstYear, lastYear, values);
    }
  }
}
