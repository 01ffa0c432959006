package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.LocalFact;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

/**
 * A pool of twenty thousand contributions, each holder with its facts among fifty thousand, is
 * assessed with each contribution finding its holder and facts directly (guarded against hanging,
 * not timed).
 */
class PoolAtScaleTest {
  @Test
  void aPoolOfTwentyThousandContributionsAndFiftyThousandFactsIsAssessed() {
    AreaId area = AreaId.of("kent");
    FinancialYear year = FinancialYear.of(2012);
    Pool.Builder b = Pool.builder(PoolId.of("p"), area, "Large pool").purpose(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS).years(year, year);
    for (int i = 0; i < 20_000; i++) {
      BudgetHolder h = BudgetHolder.of(HolderId.of("h-" + i), "YOT " + i, HolderKind.YOUTH_OFFENDING_TEAM, area);
      b.holder(h).contribution(Contribution.builder(ContributionId.of("c-" + i), FundingLineId.of("yot-grant"), h.id(), ContributionMode.LOCALLY_POOLED)
          .amount(year, Money.ofPounds(1_000)).build());
      b.fact(LocalFact.of(LocalFactKind.AGREED_LOCALLY, h.id(), DateRange.from(LocalDate.of(2011, 1, 1)), "board minutes"));
      b.fact(LocalFact.of(LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED, h.id(), DateRange.from(LocalDate.of(2011, 1, 1)), "YJB return"));
      if (i % 2 == 0) {
        b.fact(LocalFact.of(LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE, h.id(), DateRange.from(LocalDate.of(2011, 1, 1)), "letter"));
      }
    }
    Pool pool = b.build();
    PoolAssessment a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommunityBudgetsEngine.standard().assess(pool, LocalDate.of(2012, 10, 1)));
    assertEquals(20_000, a.contributions().size());
    assertEquals(ContributionVerdict.ALLOWED, a.contribution("c-19999").orElseThrow().verdict());
  }
}
