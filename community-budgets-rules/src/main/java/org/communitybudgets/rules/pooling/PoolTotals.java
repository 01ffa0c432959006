package org.communitybudgets.rules.pooling;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.time.FinancialYear;

/**
 * Contributions added up by financial year, by department and by mode. In-kind contributions count
 * at their notional value under {@link ContributionMode#IN_KIND}.
 *
 * @param byYear the total for each financial year
 * @param byDepartment for each department, the total for each year; lines the catalogue does not
 *     know are in {@code notInCatalogue}
 * @param byMode for each mode, the total for each year
 * @param notInCatalogue the total for each year of lines the catalogue does not know
 */
public record PoolTotals(
    SortedMap<FinancialYear, Money> byYear,
    Map<Department, SortedMap<FinancialYear, Money>> byDepartment,
    Map<ContributionMode, SortedMap<FinancialYear, Money>> byMode,
    SortedMap<FinancialYear, Money> notInCatalogue) {

  /** Copies every map, unmodifiable. */
  public PoolTotals {
    byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    byDepartment = Collections.unmodifiableMap(copy(byDepartment, Department.class));
    byMode = Collections.unmodifiableMap(copy(byMode, ContributionMode.class));
    notInCatalogue = Collections.unmodifiableSortedMap(new TreeMap<>(notInCatalogue));
  }

  /** The totals of the contributions, placing each line's department by the catalogue. */
  static PoolTotals of(Collection<Contribution> contributions, FundingCatalogue catalogue) {
    SortedMap<FinancialYear, Money> byYear = new TreeMap<>();
    Map<Department, SortedMap<FinancialYear, Money>> byDepartment = new EnumMap<>(Department.class);
    Map<ContributionMode, SortedMap<FinancialYear, Money>> byMode = new EnumMap<>(ContributionMode.class);
    SortedMap<FinancialYear, Money> unknown = new TreeMap<>();
    for (Contribution c : contributions) {
      var department = catalogue.line(c.line()).map(FundingLine::department);
      c.amounts().forEach(
          (year, amount) -> {
            byYear.merge(year, amount, Money::plus);
            byMode.computeIfAbsent(c.mode(), m -> new TreeMap<>()).merge(year, amount, Money::plus);
            if (department.isPresent()) {
              byDepartment.computeIfAbsent(department.get(), d -> new TreeMap<>()).merge(year, amount, Money::plus);
            } else {
              unknown.merge(year, amount, Money::plus);
            }
          });
    }
    return new PoolTotals(byYear, byDepartment, byMode, unknown);
  }

  /** The sum over every year. */
  public Money total() {
    return Money.sum(byYear.values());
  }

  private static <K extends Enum<K>> Map<K, SortedMap<FinancialYear, Money>> copy(
      Map<K, SortedMap<FinancialYear, Money>> map, Class<K> type) {
    Map<K, SortedMap<FinancialYear, Money>> copy = new EnumMap<>(type);
    map.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
    return copy;
  }
}
