package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.junit.jupiter.api.Test;
import static org.communitybudgets.decision.ContributionVerdict.ALIGNMENT_ONLY;
import static org.communitybudgets.decision.ContributionVerdict.ALLOWED;
import static org.communitybudgets.decision.ContributionVerdict.CONDITIONAL;
import static org.communitybudgets.decision.ContributionVerdict.REFUSED;
import static org.communitybudgets.pool.ContributionMode.ALIGNED;
import static org.communitybudgets.pool.ContributionMode.LOCALLY_POOLED;
import static org.communitybudgets.rules.PoolFixtures.FY2010;
import static org.communitybudgets.rules.PoolFixtures.FY2011;
import static org.communitybudgets.rules.PoolFixtures.FY2012;
import static org.communitybudgets.rules.PoolFixtures.FY2013;
import static org.communitybudgets.rules.PoolFixtures.FY2014;
import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.assertDecided;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.communitybudgets.rules.PoolFixtures.earmarked;
import static org.communitybudgets.rules.PoolFixtures.money;
import static org.communitybudgets.rules.PoolFixtures.pool;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Department for Education's lines (pooling/education.drl) and their life in the catalogue. */
class PoolingEducationRulesTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();

  private static final String EIG_MET = "Early Intervention Grant may be pooled, passed to councils un-ring-fenced";
  private static final String OUTSIDE_LIFE = "A contribution for a year outside its line's life is refused";
  private static final String BEFORE_LINE = "A contribution agreed before its line begins waits for the line to exist";
  private static final String AGREED = "A line the menu does not name may be pooled as agreed with its department";
  private static final String NOT_AGREED = "A line the menu does not name waits for agreement with its department";
  private static final String SCHOOLS_MET = "Simplified school grants may be pooled for the purposes of their ring-fence";
  private static final String SCHOOLS_ALIGNED = "Simplified school grants may be aligned to the pool's purposes";
  private static final String RING_FENCE =
      "A ring-fenced line pooled for purposes outside its ring-fence can only be aligned";

  private static final String EIG = "early-intervention-grant";
  private static final String SCHOOLS = "simplified-school-grants";
  private static final LocalDate EIG_FIRST_DAY = LocalDate.of(2011, 4, 1);

  @Test
  void earlyInterventionGrantAgreedOn31March2011WaitsForTheGrantAndIsAllowedOn1April2011() {
    Pool pool = pool().contribution(money("eig", EIG, LOCALLY_POOLED, FY2011, FY2012)).build();

    Decision<ContributionVerdict> before = decision(ENGINE.assess(pool, EIG_FIRST_DAY.minusDays(1)), "eig");
    assertDecided(before, CONDITIONAL, List.of(EIG_MET, BEFORE_LINE), List.of("line-exists"));

    Decision<ContributionVerdict> onTheDay = decision(ENGINE.assess(pool, EIG_FIRST_DAY), "eig");
    assertDecided(onTheDay, ALLOWED, List.of(EIG_MET), List.of());
  }

  @Test
  void earlyInterventionGrantForA2010To11AmountIsRefused() {
    Pool pool =
        PoolFixtures.pool(FY2010, FY2014).contribution(money("eig", EIG, LOCALLY_POOLED, FY2010, FY2011)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "eig"),
        REFUSED,
        List.of(EIG_MET, OUTSIDE_LIFE),
        List.of("within-line-life"));
  }

  @Test
  void earlyInterventionGrantCeasesAfter2012To13() {
    Pool pool = pool().contribution(money("eig", EIG, LOCALLY_POOLED, FY2012, FY2013)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "eig"),
        REFUSED,
        List.of(EIG_MET, OUTSIDE_LIFE),
        List.of("within-line-life"));
  }

  @Test
  void earlyInterventionGrantIsUnRingFencedSoItPoolsAtSourceForFamilies() {
    Pool pool =
        pool()
            .contribution(money("eig", EIG, ContributionMode.POOLED_AT_SOURCE, FY2011, FY2012))
            .agreementCoveringSr2010()
            .build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "eig"),
        ALLOWED,
        List.of(EIG_MET, "Pooling at source is agreed for the Spending Review period"),
        List.of());
  }

  @Test
  void simplifiedSchoolGrantsAreNotOnTheMenuSoTheyWaitForAgreementWithTheDepartment() {
    Pool pool = pool(Purpose.SCHOOLS).contribution(money("schools", SCHOOLS, LOCALLY_POOLED, FY2012)).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "schools"), CONDITIONAL, List.of(SCHOOLS_MET, NOT_AGREED), List.of("agreed-with-department"));
    assertEquals(HolderKind.COUNCIL, FundingCatalogue.standard().line(FundingLineId.of(SCHOOLS)).orElseThrow().holderKind(),
        "Offer §3: ring-fenced grants for councils");
  }

  @Test
  void simplifiedSchoolGrantsCanBePooledForSchools() {
    Pool pool = pool(Purpose.SCHOOLS).contribution(money("schools", SCHOOLS, LOCALLY_POOLED, FY2012))
        .fact(LocalFactKind.AGREED_WITH_DEPARTMENT, SCHOOLS).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "schools"), ALLOWED, List.of(SCHOOLS_MET, AGREED), List.of());
  }

  @Test
  void simplifiedSchoolGrantsEarmarkedForSchoolsCanBePooledInAFamiliesPool() {
    Pool pool =
        pool(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS, Purpose.SCHOOLS)
            .contribution(earmarked("schools", SCHOOLS, LOCALLY_POOLED, Purpose.SCHOOLS, FY2012))
            .fact(LocalFactKind.AGREED_WITH_DEPARTMENT, SCHOOLS)
            .build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "schools"), ALLOWED, List.of(SCHOOLS_MET, AGREED), List.of());
  }

  @Test
  void simplifiedSchoolGrantsPooledForFamiliesCanOnlyBeAligned() {
    Pool pool = pool().contribution(money("schools", SCHOOLS, LOCALLY_POOLED, FY2012))
        .fact(LocalFactKind.AGREED_WITH_DEPARTMENT, SCHOOLS).build();

    assertDecided(
        decision(ENGINE.assess(pool, JUNE_2012), "schools"),
        ALIGNMENT_ONLY,
        List.of(RING_FENCE, AGREED),
        List.of("within-ring-fence"));
  }

  @Test
  void simplifiedSchoolGrantsCanBeAlignedToAFamiliesPool() {
    Pool pool = pool().contribution(money("schools", SCHOOLS, ALIGNED, FY2012))
        .fact(LocalFactKind.AGREED_WITH_DEPARTMENT, SCHOOLS).build();

    assertDecided(decision(ENGINE.assess(pool, JUNE_2012), "schools"), ALLOWED, List.of(SCHOOLS_ALIGNED, AGREED), List.of());
  }

  @Test
  void onlyTheAllowedEducationContributionsCountInTheAllowedTotals() {
    Pool pool =
        pool()
            .contribution(money("eig", EIG, LOCALLY_POOLED, Money.ofPounds(120_000), FY2012))
            .contribution(money("schools", SCHOOLS, LOCALLY_POOLED, Money.ofPounds(15_000), FY2012))
            .build();

    PoolAssessment assessment = ENGINE.assess(pool, JUNE_2012);

    assertEquals(Map.of(FY2012, Money.ofPounds(135_000)), assessment.requested().byYear());
    assertEquals(Map.of(FY2012, Money.ofPounds(120_000)), assessment.allowed().byYear());
  }
}
