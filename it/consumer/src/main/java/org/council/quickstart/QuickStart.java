package org.council.quickstart;

import java.time.LocalDate;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.Contribution;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.time.FinancialYear;

public class QuickStart {
  public static void main(String[] args) {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();   // build once, share across threads

    BudgetHolder yot = BudgetHolder.of(HolderId.of("manchester-yot"), "Manchester YOT",
        HolderKind.YOUTH_OFFENDING_TEAM, AreaId.of("greater-manchester"));
    Pool pool = Pool.builder(PoolId.of("gm-families"), AreaId.of("greater-manchester"), "GM families")
        .purpose(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS)
        .years(FinancialYear.of(2012), FinancialYear.of(2014))
        .holder(yot)
        .contribution(Contribution.builder(ContributionId.of("yot"), FundingLineId.of("yot-grant"),
                yot.id(), ContributionMode.LOCALLY_POOLED)
            .amount(FinancialYear.of(2012), Money.parse("£700,000"))
            .build())
        .build();

    PoolAssessment assessment = engine.assess(pool, LocalDate.of(2012, 10, 1));
    Decision<ContributionVerdict> yotDecision = assessment.contribution("yot").orElseThrow();
    System.out.println(yotDecision.verdict());            // CONDITIONAL
    System.out.println(yotDecision.unmetConditions());    // core-youth-justice-services-delivered, agreed-locally
  }
}
