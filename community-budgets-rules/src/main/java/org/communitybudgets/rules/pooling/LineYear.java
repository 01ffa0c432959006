package org.communitybudgets.rules.pooling;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.FinancialYear;

/**
 * What the pool being assessed and the other pools of its area draw from one funding line in one
 * financial year, against the area's allocation of that line for the year. One such fact is
 * inserted per line and year the pool draws on.
 *
 * @param lineId the funding line
 * @param year the financial year
 * @param allocation the area's allocation of the line for the year, if known
 * @param inThisPool the money contributions of the line to this pool in the year (in-kind values excluded)
 * @param inAllPools the same across this and the area's other pools
 * @param contributions the ids of this pool's money contributions of the line in the year
 */
public record LineYear(
    String lineId,
    FinancialYear year,
    Optional<Money> allocation,
    Money inThisPool,
    Money inAllPools,
    List<String> contributions) {

  /** True if the pools together draw more than the allocation; false if no allocation is known. */
  public boolean isOverAllocation() {
    return allocation.map(inAllPools::isGreaterThan).orElse(false);
  }

  /**
   * True if the area's pools together draw more of the line in the year than {@code share} of the
   * allocation (rounded down to the penny); false if no allocation is known.
   */
  public boolean exceedsShare(Percentage share) {
    return allocation.map(a -> inAllPools.isGreaterThan(a.percent(share, RoundingMode.FLOOR))).orElse(false);
  }

  /**
   * True if this pool draws at least {@code share} of the allocation (rounded up to the penny);
   * false if no allocation is known or it is zero.
   */
  public boolean reachesShare(Percentage share) {
    return allocation
        .filter(Money::isPositive)
        .map(a -> !inThisPool.isLessThan(a.percent(share, RoundingMode.CEILING)))
        .orElse(false);
  }

  /** True if an allocation of the line for the year is known. */
  public boolean hasAllocation() {
    return allocation.isPresent();
  }
}
