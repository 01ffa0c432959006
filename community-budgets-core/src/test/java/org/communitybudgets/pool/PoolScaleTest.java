package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * A pool of tens of thousands of holders and contributions builds in linear time (guarded against
 * hanging, not timed), and totals that cannot be held are refused when it is built.
 */
class PoolScaleTest {
  private static final AreaId AREA = AreaId.of("kent");
  private static final FinancialYear YEAR = FinancialYear.of(2012);

  private static Pool.Builder pool() {
    return Pool.builder(PoolId.of("p-1"), AREA, "Pool").purpose(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS).years(YEAR, YEAR);
  }

  @Test
  void aPoolWithOneHolderPerContributionOfFortyThousandBuilds() {
    Pool.Builder b = pool();
    for (int i = 0; i < 40_000; i++) {
      BudgetHolder h = BudgetHolder.of(HolderId.of("h-" + i), "Holder " + i, HolderKind.COUNCIL, AREA);
      b.holder(h).contribution(Contribution.builder(ContributionId.of("c-" + i), FundingLineId.of("yot-grant"), h.id(), ContributionMode.ALIGNED)
          .amount(YEAR, Money.ofPounds(1)).build());
    }
    Pool p = assertTimeoutPreemptively(Duration.ofSeconds(30), b::build);
    assertEquals(40_000, p.contributions().size());
  }

  @Test
  void anUnknownHolderAmongThousandsIsNamedWithAShortList() {
    Pool.Builder b = pool();
    for (int i = 0; i < 2_000; i++) {
      b.holder(BudgetHolder.of(HolderId.of("h-" + i), "Holder " + i, HolderKind.COUNCIL, AREA));
    }
    b.contribution(Contribution.builder(ContributionId.of("c-x"), FundingLineId.of("yot-grant"), HolderId.of("nobody"), ContributionMode.ALIGNED)
        .amount(YEAR, Money.ofPounds(1)).build());
    String message = assertThrows(InvalidValueException.class, b::build).getMessage();
    assertTrue(message.contains("and 1990 more"), message);
    assertTrue(message.length() < 400, message);
  }

  @Test
  void contributionsWhoseYearsTotalCannotBeHeldAreRefusedNamingThePool() {
    Pool.Builder b = pool();
    BudgetHolder h = BudgetHolder.of(HolderId.of("h-1"), "Holder", HolderKind.COUNCIL, AREA);
    b.holder(h);
    for (String id : new String[] {"c-1", "c-2"}) {
      b.contribution(Contribution.builder(ContributionId.of(id), FundingLineId.of("yot-grant"), h.id(), ContributionMode.ALIGNED)
          .amount(YEAR, Money.ofPounds(60_000_000_000_000_000L)).build());
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    assertEquals("contributions must be a total for the year within ±£92 quadrillion, was more than that in 2012-13 for pool p-1", e.getMessage());
  }
}
