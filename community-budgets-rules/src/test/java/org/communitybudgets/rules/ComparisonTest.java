package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.ConcernType;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.WorkProgressKind;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.pool.ContributionMode;
import org.communitybudgets.pool.HolderId;

import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.compare.Comparison;
import org.communitybudgets.rules.compare.ComparisonReport;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A candidate rule set compared with the standard one: what changes, from what to what, and the money it moves. */
class ComparisonTest {
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final String LOCAL_FILTER = """
      documents:
        LOCAL_FILTER: {short-name: Local filter, title: "Families First local filter, 2012"}
      tf.phase1.local-discretion-concerns:
        source: {document: LOCAL_FILTER, location: "annex A"}
        values:
          - {from: 2010-04-01, value: [CHILD_IN_NEED, DOMESTIC_VIOLENCE]}
      """;
  private static CommunityBudgetsEngine standard;
  private static CommunityBudgetsEngine filtered;

  @BeforeAll
  static void build() {
    standard = CommunityBudgetsEngine.standard();
    filtered = CommunityBudgetsEngine.builder().parameterOverrides("council/filter.yaml", LOCAL_FILTER).build();
  }

  /** A family with a child's offence and a parent on JSA, and a concern of the type given, in an authority. */
  private static Family family(int n, String authority, ConcernType concern) {
    return Family.builder(FamilyId.of("f-" + n), AreaId.of(authority))
        .member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1)))
        .member(Member.child(MemberId.of("c-1"), LocalDate.of(2000, 1, 1)))
        .indicator(new ProvenOffence(MemberId.of("c-1"), LocalDate.of(2013, 1, 5), "theft"))
        .indicator(new BenefitClaim(MemberId.of("a-1"), BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2011, 1, 1))))
        .indicator(new LocalConcern(Optional.empty(), concern, LocalDate.of(2013, 2, 1)))
        .build();
  }

  private static List<Family> cohort() {
    List<Family> families = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ConcernType concern = i % 3 == 0 ? ConcernType.UNSTABLE_HOUSING : ConcernType.DOMESTIC_VIOLENCE;
      families.add(family(i, i % 2 == 0 ? "leeds" : "kent", concern));
    }
    return families;
  }

  @Test
  void aRuleSetComparedWithItselfChangesNothing() {
    ComparisonReport r = Comparison.of(standard, standard).identify(() -> cohort().iterator(), AS_OF, BatchOptions.defaults());
    assertEquals(30, r.compared());
    assertEquals(0, r.changed());
    assertEquals(Map.of(), r.transitions());
    assertEquals(List.of(), r.sample());
  }

  @Test
  void aNarrowerLocalFilterUnidentifiesExactlyTheFamiliesItNoLongerCounts() {
    ComparisonReport r = Comparison.of(standard, filtered).withSampleSize(3)
        .identify(() -> cohort().iterator(), AS_OF, BatchOptions.defaults().withChunkSize(4).withThreads(2));
    assertEquals(30, r.compared());
    assertEquals(10, r.changed(), "the families whose only local concern is unstable housing");
    assertEquals(Map.of("ELIGIBLE -> NOT_ELIGIBLE", 10L), r.transitions());
    assertEquals(Map.of("leeds", 5L, "kent", 5L), r.changedByAuthority());
    assertEquals(Map.of(), r.moneyMoved(), "identification pays nothing");
    assertEquals(3, r.sample().size());
    ComparisonReport.Change first = r.sample().get(0);
    assertEquals("family f-0", first.subject());
    assertEquals("leeds", first.authority());
    assertEquals("ELIGIBLE PHASE_1 [CRIME_ASB, WORK, LOCAL_DISCRETION]", first.base());
    assertEquals("NOT_ELIGIBLE PHASE_1 [CRIME_ASB, WORK]", first.candidate());
    assertTrue(first.candidateReasons().stream().anyMatch(w -> w.startsWith("NOT_MET A family with no concern the authority counts")), first.candidateReasons().toString());
    assertTrue(r.toText().contains("        10  ELIGIBLE -> NOT_ELIGIBLE"), r.toText());
    assertEquals(standard.fingerprint(), r.baseFingerprint());
    assertEquals(filtered.fingerprint(), r.candidateFingerprint());
  }

  @Test
  void recordsThatCannotBeDecidedAreCountedAndNotCompared() {
    List<Object> records = new ArrayList<>(cohort());
    records.add(3, "not a family");
    ComparisonReport r = Comparison.of(standard, filtered).identify(() -> records.iterator(),
        o -> o instanceof Family f ? f : null, AS_OF, BatchOptions.defaults());
    assertEquals(30, r.compared());
    assertEquals(1, r.failed());
    assertEquals(10, r.changed());
  }

  @Test
  void recordsThatReadDifferentlyTheSecondTimeAreAnError() {
    int[] reads = {0};
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Comparison.of(standard, filtered)
        .identify(() -> cohort().subList(0, ++reads[0] == 1 ? 30 : 29).iterator(), AS_OF, BatchOptions.defaults()));
    assertTrue(e.getMessage().contains("different numbers of records"), e.getMessage());
  }

  @Test
  void aLowerMaximumPerFamilyMovesTheMoneyOfTheClaimsItCaps() {
    LocalDate attached = LocalDate.of(2012, 9, 1);
    List<Family> families = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (String authority : List.of("leeds", "kent")) {
      for (int i = 0; i < 3; i++) {
        FamilyId id = FamilyId.of(authority + "-" + i);
        families.add(Family.builder(id, AreaId.of(authority))
            .member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1)))
            .attachedOn(attached)
            .indicator(new WorkProgress(MemberId.of("a-1"), WorkProgressKind.VOLUNTEERED_FOR_WORK_PROGRAMME, attached))
            .indicator(new BenefitClaim(MemberId.of("a-1"), BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.of(LocalDate.of(2011, 1, 1), attached.plusDays(29))))
            .indicator(EmploymentSpell.of(MemberId.of("a-1"), DateRange.from(attached.plusDays(30))))
            .build());
        claims.add(Claim.of(ClaimId.of(id + "-fee"), id, AreaId.of(authority), ClaimKind.ATTACHMENT_FEE_PHASE_1, attached));
        claims.add(Claim.of(ClaimId.of(id + "-casbe"), id, AreaId.of(authority), ClaimKind.CRIME_ASB_EDUCATION_RESULT, LocalDate.of(2013, 4, 2)));
      }
    }
    CommunityBudgetsEngine lower = CommunityBudgetsEngine.builder().parameterOverrides("council/maximum.yaml", """
        tf.phase1.maximum-per-family:
          source: {document: TROUBLED_FAMILIES_FRAMEWORK_2012, location: "a lower maximum, to compare"}
          values:
            - {from: 2010-04-01, value: "£3,500"}
        """).build();
    List<AuthorityTarget> targets = List.of(
        new AuthorityTarget(AreaId.of("leeds"), ProgrammePhase.PHASE_1, 120), new AuthorityTarget(AreaId.of("kent"), ProgrammePhase.PHASE_1, 120));
    ComparisonReport r = Comparison.of(standard, lower).claims(targets, families, claims, List.of(), LocalDate.of(2013, 6, 1));
    assertEquals(12, r.compared());
    assertEquals(6, r.changed(), "each family's £700 result is capped at £300");
    assertEquals(Map.of("PAYABLE -> PAYABLE", 6L), r.transitions());
    assertEquals(Map.of(FinancialYear.of(2013), Money.ofPounds(-2400)), r.moneyMoved());
    assertEquals(Map.of("leeds", Money.ofPounds(-1200), "kent", Money.ofPounds(-1200)), r.moneyMovedByAuthority());
    assertEquals("PAYABLE £700.00", r.sample().get(0).base());
    assertEquals("PAYABLE £300.00", r.sample().get(0).candidate());
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(standard, lower).claims(targets.subList(0, 1), families, claims, List.of(), AS_OF));
  }

  @Test
  void switchingOffARefusingRuleAllowsTheMoneyItRefused() {
    HolderId council = HolderId.of("manchester-city-council");
    Pool pool = PoolFixtures.pool()
        .holder(PoolFixtures.holder(council.value(), HolderKind.COUNCIL))
        .contribution(PoolFixtures.money("jcp-flex", "jcp-discretionary-funding", council, ContributionMode.LOCALLY_POOLED,
            PoolFixtures.YEARLY, PoolFixtures.FY2012, PoolFixtures.FY2013))
        .factAbout(LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED, council)
        .contribution(PoolFixtures.money("wp", "work-programme-funding", ContributionMode.ALIGNED, PoolFixtures.FY2012))
        .build();
    CommunityBudgetsEngine without = CommunityBudgetsEngine.builder()
        .withoutRule("A line can only be contributed by the kind of body that holds it").build();
    ComparisonReport r = Comparison.of(standard, without).assess(List.of(pool).iterator(), PoolFixtures.JUNE_2012);
    assertEquals(2, r.compared());
    assertEquals(1, r.changed());
    assertEquals(Map.of(ContributionVerdict.REFUSED + " -> " + ContributionVerdict.ALLOWED, 1L), r.transitions());
    assertEquals(Map.of(PoolFixtures.FY2012, PoolFixtures.YEARLY, PoolFixtures.FY2013, PoolFixtures.YEARLY), r.moneyMoved());
    assertEquals(Map.of("greater-manchester", PoolFixtures.YEARLY.times(2)), r.moneyMovedByAuthority());
  }

  @Test
  void aPoolEitherRuleSetCannotAssessIsCountedWithItsError() {
    Pool pool = PoolFixtures.pool()
        .contribution(PoolFixtures.money("jcp-flex", "jcp-discretionary-funding", ContributionMode.LOCALLY_POOLED, PoolFixtures.FY2012))
        .build();
    CommunityBudgetsEngine undecided = CommunityBudgetsEngine.builder()
        .withoutRule("JCP discretionary funding is judged by whether welfare-to-work objectives improve").build();
    ComparisonReport r = Comparison.of(standard, undecided).assess(List.of(pool).iterator(), PoolFixtures.JUNE_2012);
    assertEquals(0, r.compared());
    assertEquals(1, r.failed());
    assertTrue(r.errors().get(0).startsWith("record 1: no rule decided contribution jcp-flex"), r.errors().toString());
  }
}
