package org.communitybudgets.rules;

import static org.communitybudgets.rules.PoolFixtures.JUNE_2012;
import static org.communitybudgets.rules.PoolFixtures.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.FactRead;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.pool.LocalFactKind;
import org.communitybudgets.pool.Pool;
import org.communitybudgets.rules.internal.conditions.Conditions;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

/**
 * Why not, for a contribution, from the conditions table: a condition a rule judges a contribution
 * by and no rule meets is reported with the table's reason and limits the verdict to the table's
 * {@code limit}; a council's rule that meets it another way, naming it with {@code @condition},
 * keeps the why-not right; a council's own table judges contributions too; a malformed entry is
 * refused with what is wrong.
 */
class PoolingWhyNotTableTest {
  private static final String PCT = "pct-funding";

  private static Pool pctPool(LocalFactKind... facts) {
    return PoolingHealthRulesTest.pctPool(facts);
  }

  @Test
  void aConditionNoRuleMeetsIsReportedFromTheTableAndLimitsTheVerdict() {
    Decision<ContributionVerdict> d = decision(CommunityBudgetsEngine.standard().assess(pctPool(), JUNE_2012), "pct");
    assertEquals(ContributionVerdict.CONDITIONAL, d.verdict());
    Reason r = d.reasons(Effect.NOT_MET).get(0);
    assertEquals("PCT funding waits until the PCT wishes to contribute", r.rule());
    assertEquals(new UnmetCondition("pct-wishes-to-contribute", "the Primary Care Trust wishes to contribute"), r.unmetCondition().orElseThrow());
    assertEquals("no record that Greater Manchester Primary Care Trust for pct-funding wishes to contribute", r.statement());
    assertEquals(PolicySource.offer("menu, DH, row 1"), r.source());
    assertEquals(List.of(FactRead.of("holder", "pct-funding-holder")), r.facts());
  }

  @Test
  void theRuleThatMeetsTheConditionKeepsItFromBeingReported() {
    Decision<ContributionVerdict> d = decision(
        CommunityBudgetsEngine.standard().assess(pctPool(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE), JUNE_2012), "pct");
    assertEquals(ContributionVerdict.ALLOWED, d.verdict());
    assertEquals(List.of(), d.unmetConditions());
  }

  private static final String COUNCIL_RULES = """
      package org.council.rules;
      import org.communitybudgets.rules.Findings;
      import org.communitybudgets.rules.Policy;
      import org.communitybudgets.rules.pooling.ContributionCase;
      import org.communitybudgets.source.PolicyDocument;
      import org.communitybudgets.source.PolicySource;
      global Findings findings;
      """;

  @Test
  void aCouncilRuleNamingTheConditionItMeetsKeepsTheWhyNotRight() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRules("org/council/rules/local.drl", COUNCIL_RULES + """
        rule "PCT funding the health and wellbeing board signed off meets the PCT's wish to contribute"
          @condition("pct-wishes-to-contribute")
        when
          $c : ContributionCase(lineId == "pct-funding")
        then
          findings.met($c, new PolicySource(PolicyDocument.local("HWB", "Board minutes", "Health and wellbeing board minutes"), "2012"),
              "the health and wellbeing board signed the contribution off");
        end
        """).build();
    Decision<ContributionVerdict> d = decision(engine.assess(pctPool(), JUNE_2012), "pct");
    assertEquals(ContributionVerdict.ALLOWED, d.verdict());
    assertEquals(List.of(), d.unmetConditions());
    assertTrue(d.rules().contains("PCT funding the health and wellbeing board signed off meets the PCT's wish to contribute"));
  }

  @Test
  void aCouncilsOwnTableJudgesContributionsByItsConditionsWithTheirLimits() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder()
        .localConditions("council/conditions.yaml", """
            cabinet-approval:
              subject: contribution
              rule: A contribution the cabinet has not approved is refused
              limit: REFUSED
              document: {id: CABINET, short-name: Cabinet minutes, title: Cabinet minutes}
              location: standing orders, 12
              requirement: the cabinet approves what {holder-name} puts into the pool
              statement: no cabinet approval of {line-name} from {holder-name} is recorded
              facts:
                line: "{line-id}"
            """)
        .localRules("org/council/rules/local.drl", COUNCIL_RULES + """
            rule "Every money contribution is judged by the cabinet's approval"
            when
              $p : Policy()
              $c : ContributionCase(money)
            then
              findings.expect($c, $p, "cabinet-approval");
            end
            """)
        .build();
    Decision<ContributionVerdict> d = decision(engine.assess(pctPool(LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE), JUNE_2012), "pct");
    assertEquals(ContributionVerdict.REFUSED, d.verdict());
    Reason r = d.reasons(Effect.NOT_MET).get(0);
    assertEquals("A contribution the cabinet has not approved is refused", r.rule());
    assertEquals("cabinet-approval", r.unmetCondition().orElseThrow().code());
    assertEquals("the cabinet approves what Greater Manchester Primary Care Trust for pct-funding puts into the pool",
        r.unmetCondition().orElseThrow().description());
    assertEquals("no cabinet approval of Primary Care Trust funding from Greater Manchester Primary Care Trust for pct-funding is recorded",
        r.statement());
    assertEquals(List.of(FactRead.of("line", PCT)), r.facts());
  }

  @Test
  void aRuleThatSaysAConditionIsSatisfiedMustNameIt() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRules("org/council/rules/local.drl", COUNCIL_RULES + """
        rule "PCT funding is fine"
        when
          $c : ContributionCase(lineId == "pct-funding")
        then
          findings.satisfied($c);
        end
        """).build();
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.assess(pctPool(), JUNE_2012));
    assertEquals(Optional.of("PCT funding is fine"), e.rule());
    assertTrue(e.getMessage().contains("says the contribution pct satisfies a condition, but names none with @condition"), e.getMessage());
  }

  @Test
  void aContributionJudgedOnlyByTheTableCountsAsDecided() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRules("org/council/rules/local.drl", COUNCIL_RULES + """
        import org.communitybudgets.rules.pooling.Decided;
        import org.communitybudgets.decision.ContributionVerdict;
        rule "A contribution no rule decided is refused"
          salience -100
        when
          $c : ContributionCase()
          not Decided(contribution == $c.id())
        then
          findings.notMet($c, ContributionVerdict.REFUSED, new PolicySource(PolicyDocument.local("LOCAL", "Local", "Local rules"), "1"),
              "decided", "a rule decides the contribution", "no rule decided it");
        end
        """).build();
    Decision<ContributionVerdict> d = decision(engine.assess(pctPool(), JUNE_2012), "pct");
    assertEquals(ContributionVerdict.CONDITIONAL, d.verdict());
    assertEquals(List.of("pct-wishes-to-contribute"), d.unmetConditions().stream().map(UnmetCondition::code).toList());
  }

  private static String refusal(String yaml) {
    return assertThrows(IllegalStateException.class, () -> Conditions.load("council/conditions.yaml", yaml, StandardSubjects.kinds())).getMessage();
  }

  private static final String ENTRY = """
      approval:
        subject: %s
        rule: An unapproved contribution waits
        %s
        document: OFFER
        location: §5
        requirement: approved
        statement: not approved by {holder-name}
      """;

  @Test
  void aContributionsConditionSaysItsLimitAndNoOtherDoes() {
    assertEquals("council/conditions.yaml, condition approval: limit is required",
        refusal(ENTRY.formatted("contribution", "")));
    assertEquals("council/conditions.yaml, condition approval: limit ALLOWED is not one of [CONDITIONAL, ALIGNMENT_ONLY, REFUSED]",
        refusal(ENTRY.formatted("contribution", "limit: ALLOWED")));
    assertEquals("council/conditions.yaml, condition approval: limit is for a contribution's condition; a family condition has none",
        refusal(ENTRY.formatted("family", "limit: REFUSED")));
    assertEquals("council/conditions.yaml, condition approval: no placeholder {holder-name} for a family condition",
        refusal(ENTRY.formatted("family", "")));
    assertEquals(Optional.of(ContributionVerdict.ALIGNMENT_ONLY),
        Conditions.load("council/conditions.yaml", ENTRY.formatted("contribution", "limit: ALIGNMENT_ONLY"), StandardSubjects.kinds()).condition("approval").orElseThrow().limit());
  }
}
