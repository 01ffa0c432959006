package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.time.DateRange;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage counts each rule's firings and each named condition's subjects, over batches too. */
class RuleCoverageTest {
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final String OFFENCE_RULE = "A child's proven offence in the last 12 months meets the crime and ASB criterion";
  private static final String WORK_RULE = "An adult on an out-of-work benefit meets the work criterion";

  private static Family family(String id, boolean offence, boolean benefit) {
    Family.Builder b = Family.builder(FamilyId.of(id), AreaId.of("birmingham"))
        .member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1)))
        .member(Member.child(MemberId.of("c-1"), LocalDate.of(2000, 1, 1)));
    if (offence) {
      b.indicator(new ProvenOffence(MemberId.of("c-1"), LocalDate.of(2013, 1, 5), "theft"));
    }
    if (benefit) {
      b.indicator(new BenefitClaim(MemberId.of("a-1"), BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2011, 1, 1))));
    }
    return b.build();
  }

  @Test
  void anEngineNotAskedToRecordHasNoCoverage() {
    assertTrue(CommunityBudgetsEngine.standard().coverage().isEmpty());
  }

  @Test
  void everyRuleIsListedAndTheNeverFiredComeFirst() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().recordingCoverage().build();
    RuleCoverage before = engine.coverage().orElseThrow();
    assertEquals(engine.ruleNames().size(), before.rules().size());
    assertEquals(before.rules().size(), before.neverFired().size());

    engine.identify(family("f-1", true, true), AS_OF);
    engine.identify(family("f-2", true, false), AS_OF);
    engine.identify(family("f-3", false, false), AS_OF);
    RuleCoverage after = engine.coverage().orElseThrow();

    assertEquals(2, firings(after, OFFENCE_RULE));
    assertEquals(1, firings(after, WORK_RULE));
    List<RuleCoverage.RuleUse> rules = after.rules();
    int firstFired = rules.indexOf(rules.stream().filter(r -> r.firings() > 0).findFirst().orElseThrow());
    assertTrue(rules.subList(0, firstFired).stream().allMatch(r -> r.firings() == 0));
    assertTrue(rules.subList(firstFired, rules.size()).stream().allMatch(r -> r.firings() > 0));
    assertEquals("org.communitybudgets.rules.troubledfamilies",
        rules.stream().filter(r -> r.rule().equals(OFFENCE_RULE)).findFirst().orElseThrow().subject());
  }

  @Test
  void conditionsCountTheSubjectsThatMetThemAndThatDidNot() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().recordingCoverage().build();
    engine.identify(family("f-1", true, true), AS_OF);
    engine.identify(family("f-2", true, false), AS_OF);
    engine.identify(family("f-3", false, false), AS_OF);
    RuleCoverage coverage = engine.coverage().orElseThrow();

    RuleCoverage.ConditionUse crime = condition(coverage, "crime-asb");
    assertEquals(2, crime.met());
    assertEquals(1, crime.notMet());
    assertTrue(crime.rules().contains(OFFENCE_RULE));
    RuleCoverage.ConditionUse work = condition(coverage, "work");
    assertEquals(1, work.met());
    assertEquals(2, work.notMet());
    RuleCoverage.ConditionUse education = condition(coverage, "education");
    assertEquals(0, education.met());
    assertEquals(3, education.notMet());
    assertTrue(coverage.neverMet().contains(education));
    assertFalse(coverage.neverMet().contains(crime));
    String text = coverage.toText();
    assertTrue(text.contains("education") && text.contains("(evaluated, never met)"), text);
    assertTrue(text.endsWith("; conditions never met: " + coverage.neverMet().size() + "\n"), text);
  }

  @Test
  void aBatchCountsAsTheSameDecisionsOneByOne() {
    List<Family> families = List.of(family("f-1", true, true), family("f-2", true, false), family("f-3", false, true));
    CommunityBudgetsEngine oneByOne = CommunityBudgetsEngine.builder().recordingCoverage().build();
    families.forEach(f -> oneByOne.identify(f, AS_OF));
    CommunityBudgetsEngine batch = CommunityBudgetsEngine.builder().recordingCoverage().build();
    try (var results = batch.identifyAll(families.iterator(), AS_OF, BatchOptions.defaults().withThreads(2).withChunkSize(1))) {
      assertEquals(3, results.count());
    }
    assertEquals(oneByOne.coverage().orElseThrow(), batch.coverage().orElseThrow());
  }

  @Test
  void coverageOfTwoEnginesAddsUp() {
    CommunityBudgetsEngine a = CommunityBudgetsEngine.builder().recordingCoverage().build();
    CommunityBudgetsEngine b = CommunityBudgetsEngine.builder().recordingCoverage().build();
    a.identify(family("f-1", true, false), AS_OF);
    b.identify(family("f-2", true, true), AS_OF);
    RuleCoverage sum = a.coverage().orElseThrow().plus(b.coverage().orElseThrow());
    assertEquals(2, firings(sum, OFFENCE_RULE));
    assertEquals(1, firings(sum, WORK_RULE));
    assertEquals(2, condition(sum, "crime-asb").met());
    assertEquals(1, condition(sum, "work").notMet());
    assertEquals(a.ruleNames().size(), sum.rules().size());
    assertEquals(sum.rules().stream().map(RuleCoverage.RuleUse::rule).collect(Collectors.toSet()).size(), sum.rules().size());
  }

  private static long firings(RuleCoverage coverage, String rule) {
    return coverage.rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow().firings();
  }

  private static RuleCoverage.ConditionUse condition(RuleCoverage coverage, String code) {
    return coverage.conditions().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }
}
