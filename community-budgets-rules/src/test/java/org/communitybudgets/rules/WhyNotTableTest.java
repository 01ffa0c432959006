package org.communitybudgets.rules;

import org.communitybudgets.family.Phase1Criterion;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why not, from the conditions table: a criterion that no rule meets is reported with the table's
 * reason, and a council's rule that meets it another way, naming it with {@code @condition}, keeps
 * the why-not right.
 */
class WhyNotTableTest {
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final Family FAMILY =
      Family.builder(FamilyId.of("f-1"), AreaId.of("birmingham")).member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1))).build();

  private static Set<String> unmet(Identification i) {
    return Set.copyOf(i.decision().unmetConditions().stream().map(UnmetCondition::code).toList());
  }

  @Test
  void aCriterionNoRuleMeetsIsReportedFromTheTable() {
    Identification i = CommunityBudgetsEngine.standard().identify(FAMILY, AS_OF);
    assertEquals(Set.of("crime-asb", "education", "work", "local-discretion", "phase-1-criteria"), unmet(i));
    Reason work = i.decision().reasons(Effect.NOT_MET).stream()
        .filter(r -> r.unmetCondition().orElseThrow().code().equals("work")).findFirst().orElseThrow();
    assertEquals("A family with no adult on an out-of-work benefit does not meet the work criterion", work.rule());
    assertEquals("no adult claims an out-of-work benefit on 2013-05-10", work.statement());
    assertEquals("an adult on an out-of-work benefit", work.unmetCondition().orElseThrow().description());
    assertEquals(org.communitybudgets.source.PolicySource.troubledFamiliesFramework2012("criterion 3"), work.source());
    assertEquals(List.of("tf.phase1.out-of-work-benefits"), work.parameters().stream().map(p -> p.key()).toList());
  }

  @Test
  void aCouncilRuleNamingTheCriterionItMeetsKeepsTheWhyNotRight() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRules("org/council/rules/local.drl", """
        package org.council.rules;
        import org.communitybudgets.rules.troubledfamilies.FamilyFacts;
        import org.communitybudgets.rules.troubledfamilies.CriterionMet;
        import org.communitybudgets.rules.Findings;
        import org.communitybudgets.source.PolicyDocument;
        import org.communitybudgets.source.PolicySource;
        global Findings findings;
        rule "A family on the council's own high-cost list meets the local-discretion criterion"
          @condition("local-discretion")
        when
          $f : FamilyFacts(id == "f-1")
        then
          insert(new CriterionMet($f.id(), "local-discretion", false));
          findings.met($f, new PolicySource(PolicyDocument.local("HIGH_COST", "High-cost list", "High-cost families list"), "2013"),
              () -> "the family is on the council's high-cost list");
        end
        """).build();
    Identification i = engine.identify(FAMILY, AS_OF);
    assertFalse(unmet(i).contains("local-discretion"), String.valueOf(unmet(i)));
    assertTrue(i.criteriaMet().contains(Phase1Criterion.LOCAL_DISCRETION));
    assertTrue(i.decision().rules().contains("A family on the council's own high-cost list meets the local-discretion criterion"));
  }
}
