package org.communitybudgets.rules;

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
import org.communitybudgets.family.Phase1Criterion;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.internal.conditions.Conditions;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why not, from the conditions table: a criterion or a results measure that no rule meets is
 * reported with the table's reason, a council's rule that meets it another way, naming it with
 * {@code @condition}, keeps the why-not right, and a malformed table is refused with the condition
 * and what is wrong.
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
    assertEquals(List.of("tf.phase1.out-of-work-benefits", "tf.in-work-benefits"), work.parameters().stream().map(p -> p.key()).toList());
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

  private static final LocalDate ATTACHED = LocalDate.of(2012, 9, 1);
  private static final Family ATTACHED_FAMILY =
      Family.builder(FamilyId.of("f-2"), AreaId.of("birmingham"))
          .member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1)))
          .attachedOn(ATTACHED)
          .build();

  private static Set<String> unmet(Results r) {
    return Set.copyOf(r.decision().unmetConditions().stream().map(UnmetCondition::code).toList());
  }

  private static Reason notMet(Results r, String code) {
    return r.decision().reasons(Effect.NOT_MET).stream()
        .filter(x -> x.unmetCondition().orElseThrow().code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aResultsMeasureNoRuleMeetsIsReportedFromTheTableWithTheFamilysFacts() {
    Results r = CommunityBudgetsEngine.standard().results(ATTACHED_FAMILY, LocalDate.of(2013, 1, 10));
    assertEquals(Set.of("results-window", "progress-to-work", "continuous-employment"), unmet(r));
    Reason window = notMet(r, "results-window");
    assertEquals("Less than six months since attachment is too soon for the crime ASB and education result", window.rule());
    assertEquals("the family was attached on 2012-09-01, less than 6 months before 2013-01-10", window.statement());
    assertEquals("the 6 months measured all fall after attachment", window.unmetCondition().orElseThrow().description());
    assertEquals(org.communitybudgets.source.PolicySource.troubledFamiliesFramework2012("crime/ASB/education result"), window.source());
    assertEquals(List.of("tf.phase1.results.window-months"), window.parameters().stream().map(p -> p.key()).toList());
    Reason work = notMet(r, "progress-to-work");
    assertEquals("no adult's step towards work is recorded from 2012-09-01 to 2013-01-10", work.statement());
    Reason employment = notMet(r, "continuous-employment");
    assertEquals("A family with no adult in continuous work after out-of-work benefits does not achieve the phase-1 continuous-employment result",
        employment.rule());
    assertEquals(List.of("adults"), employment.facts().stream().map(f -> f.name()).toList());
    assertFalse(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT));
  }

  @Test
  void aCouncilRuleNamingTheMeasureItMeetsKeepsTheWhyNotRightAndCountsTowardsTheResult() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRules("org/council/rules/local.drl", """
        package org.council.rules;
        import org.communitybudgets.rules.troubledfamilies.ResultsCase;
        import org.communitybudgets.rules.troubledfamilies.ResultConditionMet;
        import org.communitybudgets.rules.Findings;
        import org.communitybudgets.source.PolicyDocument;
        import org.communitybudgets.source.PolicySource;
        global Findings findings;
        rule "A family the council's panel has signed off meets the results window"
          @condition("results-window")
        when
          $r : ResultsCase(id == "f-2")
        then
          insert(new ResultConditionMet($r.id(), "results-window"));
          findings.met($r.familyCase(), new PolicySource(PolicyDocument.local("PANEL", "Panel minutes", "Results panel minutes"), "2013"),
              "the council's results panel signed the family off");
        end
        """).build();
    Results r = engine.results(ATTACHED_FAMILY, LocalDate.of(2013, 1, 10));
    assertEquals(Set.of("progress-to-work", "continuous-employment"), unmet(r));
    assertTrue(r.has(ClaimKind.CRIME_ASB_EDUCATION_RESULT), "every measure of the result is now met");
  }

  @Test
  void aPhaseTwoFamilyWithProblemsIsJudgedByItsProgressAndOneWithoutByNone() {
    Results r = CommunityBudgetsEngine.standard().results(
        Family.builder(FamilyId.of("f-3"), AreaId.of("birmingham"))
            .member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1)))
            .attachedOn(LocalDate.of(2016, 1, 4))
            .build(),
        LocalDate.of(2017, 1, 10));
    assertEquals(Set.of("problems-at-attachment", "continuous-employment"), unmet(r));
    assertEquals("A family with no adult in continuous work after out-of-work benefits does not achieve the phase-2 continuous-employment result",
        notMet(r, "continuous-employment").rule());
  }

  @Test
  void aClaimConditionNoRuleMeetsRefusesTheClaimWithTheTablesReasonForItsPhase() {
    Claim fee = Claim.of(org.communitybudgets.payment.ClaimId.of("cl-1"), FamilyId.of("f-2"), AreaId.of("birmingham"),
        ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    Claim again = Claim.of(org.communitybudgets.payment.ClaimId.of("cl-2"), FamilyId.of("f-2"), AreaId.of("birmingham"),
        ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED.plusDays(1));
    AuthorityTarget target = new AuthorityTarget(AreaId.of("birmingham"), ProgrammePhase.PHASE_1, 120);
    ClaimDecision d = CommunityBudgetsEngine.standard().assessClaim(again, ATTACHED_FAMILY, List.of(fee), target, 1, again.claimedOn());
    assertFalse(d.isPayable());
    assertEquals(List.of("duplicate-claim"), d.decision().unmetConditions().stream().map(UnmetCondition::code).toList());
    Reason duplicate = d.decision().reasons(Effect.NOT_MET).get(0);
    assertEquals("A claim of a kind already paid for the family is refused as a duplicate", duplicate.rule());
    assertEquals("claim cl-2 repeats a claim already paid", duplicate.statement());
    assertEquals(org.communitybudgets.source.PolicySource.troubledFamiliesFramework2012("each payment made once for a family"), duplicate.source());
    assertEquals(List.of("earlier claims"), duplicate.facts().stream().map(f -> f.name()).toList());
    assertFalse(d.decision().rules().contains("A claim no condition refuses is payable at the amount for its year, up to the maximum per family"),
        "the payable rule waits for the conditions to be judged");
  }

  private static final String PANEL_TABLE = """
      # The council's results panel signs off every claim before it is made.
      council-sign-off:
        subject: claim
        rule: A claim the council's results panel has not signed off is refused
        document: {id: PANEL, short-name: Panel minutes, title: Birmingham results panel minutes}
        location: terms of reference, paragraph 3
        requirement: the council's results panel has signed the claim off
        statement: claim {claim-id} for family {family-id} is not in the panel's minutes
        parameters: []
      """;

  private static final String PANEL_RULES = """
      package org.council.rules;
      import org.communitybudgets.rules.Policy;
      import org.communitybudgets.rules.troubledfamilies.ClaimCase;
      import org.communitybudgets.rules.Findings;
      import org.communitybudgets.source.PolicyDocument;
      import org.communitybudgets.source.PolicySource;
      global Findings findings;
      rule "Every claim is judged by the council's results panel"
      when
        $p : Policy()
        $c : ClaimCase()
      then
        findings.expect($c, $p, "council-sign-off");
      end
      rule "A claim in the panel's minutes meets the sign-off condition"
        @condition("council-sign-off")
      when
        $c : ClaimCase(id == "cl-1")
      then
        findings.met($c.familyCase(), new PolicySource(PolicyDocument.local("PANEL", "Panel minutes", "Birmingham results panel minutes"),
            "minutes of 3 September 2012"), "the panel signed claim " + $c.id() + " off");
      end
      """;

  @Test
  void aCouncilsOwnConditionsTableGivesItsRulesWhyNotAndRefusesTheClaimsThatMissIt() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder()
        .localRules("org/council/rules/panel.drl", PANEL_RULES)
        .localConditions("council/conditions.yaml", PANEL_TABLE)
        .build();
    AuthorityTarget target = new AuthorityTarget(AreaId.of("birmingham"), ProgrammePhase.PHASE_1, 120);
    Claim signed = Claim.of(org.communitybudgets.payment.ClaimId.of("cl-1"), FamilyId.of("f-2"), AreaId.of("birmingham"),
        ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    assertTrue(engine.assessClaim(signed, ATTACHED_FAMILY, List.of(), target, 0, ATTACHED).isPayable());
    Claim unsigned = Claim.of(org.communitybudgets.payment.ClaimId.of("cl-9"), FamilyId.of("f-2"), AreaId.of("birmingham"),
        ClaimKind.ATTACHMENT_FEE_PHASE_1, ATTACHED);
    ClaimDecision d = engine.assessClaim(unsigned, ATTACHED_FAMILY, List.of(), target, 0, ATTACHED);
    assertFalse(d.isPayable());
    assertEquals(List.of("council-sign-off"), d.decision().unmetConditions().stream().map(UnmetCondition::code).toList());
    Reason r = d.decision().reasons(Effect.NOT_MET).get(0);
    assertEquals("A claim the council's results panel has not signed off is refused", r.rule());
    assertEquals("claim cl-9 for family f-2 is not in the panel's minutes", r.statement());
    assertEquals("PANEL", r.source().document().id());
    assertFalse(engine.fingerprint().equals(CommunityBudgetsEngine.builder().localRules("org/council/rules/panel.drl", PANEL_RULES)
        .localConditions("council/conditions.yaml", PANEL_TABLE.replace("is not in", "is missing from")).build().fingerprint()),
        "the conditions table is part of the rule set's fingerprint");
  }

  @Test
  void aLocalConditionsTableWithProblemsIsRefusedWithEachFileLineAndCondition() {
    String table = PANEL_TABLE + """
        work:
          subject: family
          rule: A family out of work
          document: TROUBLED_FAMILIES_FRAMEWORK_2012
          location: criterion 3
          requirement: work
          statement: none
        late:
          subject: claim
          rule: A late claim is refused
          document: NO_SUCH_DOCUMENT
          location: here
          requirement: on time
          statement: claimed {yesterday}
        """;
    RuleSetException e = assertThrows(RuleSetException.class,
        () -> CommunityBudgetsEngine.builder().localConditions("council/conditions.yaml", table).build());
    assertEquals(List.of(
            "council/conditions.yaml:17 [late]: no standard document NO_SUCH_DOCUMENT (give a council's own as {id: ..., short-name: ..., title: ...})",
            "council/conditions.yaml:10 [work]: a condition named 'work' is in the table already (the standard table or an earlier local one): "
                + "a local table adds conditions of names of its own"),
        e.problems().stream().map(Object::toString).toList());
    RuleSetException notYaml = assertThrows(RuleSetException.class,
        () -> CommunityBudgetsEngine.builder().localConditions("council/conditions.yaml", "late: [unclosed").build());
    assertTrue(notYaml.problems().get(0).toString().startsWith("council/conditions.yaml:1: is not YAML: "), notYaml.problems().toString());
  }

  private static String refusal(String yaml) {
    return assertThrows(IllegalStateException.class, () -> Conditions.load("council/conditions.yaml", yaml, StandardSubjects.kinds())).getMessage();
  }

  private static final String ENTRY = """
      late:
        subject: results
        rule: A late family fails
        document: TROUBLED_FAMILIES_FRAMEWORK_2012
        location: results
        requirement: attached in time
        statement: %s
      """;

  @Test
  void aMalformedTableIsRefusedWithTheConditionAndWhatIsWrong() {
    assertEquals("council/conditions.yaml, condition late: no placeholder {tomorrow} for a results condition",
        refusal(ENTRY.formatted("attached on {tomorrow}")));
    assertEquals("council/conditions.yaml, condition late: {integer} takes 1 parameter key(s), was given 0",
        refusal(ENTRY.formatted("more than {integer} months")));
    assertEquals("council/conditions.yaml, condition late: no placeholder {asb-counts} for a family condition",
        refusal(ENTRY.replace("subject: results", "subject: family").formatted("counts {asb-counts tf.phase1.results.window-months}")));
    assertEquals("council/conditions.yaml, condition late: statement must be text (quote a text that starts with '{' or '[')",
        refusal(ENTRY.formatted("{attachment}")));
    assertEquals("council/conditions.yaml, condition late: subject pool is not one of contribution, family, results, claim",
        refusal(ENTRY.replace("subject: results", "subject: pool").formatted("late")));
    assertEquals("council/conditions.yaml, condition late: only a claim's condition may name its phase's parameter tf.PHASE.last-day",
        refusal(ENTRY.formatted("after {date tf.PHASE.last-day}")));
    assertEquals("council/conditions.yaml, condition late: a placeholder is {name} or {name KEY ...}, of lower-case words and parameter keys, in 'on {Attachment}'",
        refusal(ENTRY.formatted("on {Attachment}")));
    assertTrue(Conditions.load("council/conditions.yaml", ENTRY.formatted("attached on {attachment}, {integer tf.phase1.results.window-months} months"), StandardSubjects.kinds())
        .condition("late").isPresent());
  }
}
