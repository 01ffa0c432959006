package org.communitybudgets.rules.internal.ruleset;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitybudgets.rules.RuleSetException;
import org.communitybudgets.rules.RuleSetProblem;
import org.communitybudgets.rules.internal.Problems;
import org.communitybudgets.rules.internal.RuleSource;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleCompilerTest {
  private static final String HEAD =
      "package org.council.rules;\nimport org.communitybudgets.money.Money;\n";

  private static String problems(List<RuleSource> sources, List<String> off) {
    Problems problems = new Problems();
    Optional<KieBase> base = RuleCompiler.compile(sources, off, problems);
    try {
      problems.throwIfAny();
      assertTrue(base.isPresent());
      return "";
    } catch (RuleSetException e) {
      assertTrue(base.isEmpty());
      return e.problems().stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n"));
    }
  }

  private static String problems(String drl) {
    return problems(List.of(new RuleSource("org/council/rules/local.drl", HEAD + drl)), List.of());
  }

  @Test
  void syntaxErrorNamesLineAndRuleWithoutTheSpuriousNullPackage() {
    assertEquals(
        "org/council/rules/local.drl:6 [Missing paren]: mismatched input 'then' in rule \"Missing paren\"",
        problems("rule \"Missing paren\"\nwhen\n  Money(pence > 0\nthen\nend\n"));
  }

  @Test
  void unknownTypeNamesThePatternLine() {
    assertEquals(
        "org/council/rules/local.drl:5 [Unknown type]: Unable to resolve ObjectType 'Household'",
        problems("rule \"Unknown type\"\nwhen\n  Household()\nthen\nend\n"));
  }

  @Test
  void unknownFieldIsOneCleanLine() {
    assertEquals(
        "org/council/rules/local.drl:5 [Unknown field]: Unable to Analyse Expression salary > 3: unable to resolve method using strict-mode: org.communitybudgets.money.Money.salary()",
        problems("rule \"Unknown field\"\nwhen\n  Money(salary > 3)\nthen\nend\n"));
  }

  @Test
  void badConsequenceIsReportedAtTheRule() {
    assertEquals(
        "org/council/rules/local.drl:7 [Bad consequence]: in the consequence of rule \"Bad consequence\": cannot find method nonexistent() on Money",
        problems("rule \"Bad consequence\"\nwhen\n  $m : Money()\nthen\n  $m.nonexistent();\nend\n"));
  }

  @Test
  void duplicateRuleInOneFileIsOneProblem() {
    assertEquals(
        "org/council/rules/local.drl:8 [Twice]: Duplicate rule name: Twice",
        problems("rule \"Twice\"\nwhen\n  Money()\nthen\nend\nrule \"Twice\"\nwhen\n  Money()\nthen\nend\n"));
  }

  @Test
  void duplicateRuleAcrossFilesIsAProblem() {
    String rule = "rule \"Twice\"\nwhen\n  Money()\nthen\nend\n";
    assertEquals(
        "org/council/rules/b.drl:3 [Twice]: Duplicate rule name: Twice",
        problems(
            List.of(new RuleSource("org/council/rules/a.drl", HEAD + rule), new RuleSource("org/council/rules/b.drl", HEAD + rule)),
            List.of()));
  }

  @Test
  void everyFileIsReportedNotJustTheFirst() {
    String out =
        problems(
            List.of(
                new RuleSource("a.drl", HEAD + "rule \"A\"\nwhen\n  Household()\nthen\nend\n"),
                new RuleSource("b.drl", HEAD + "rule \"B\"\nwhen\n  Money(salary > 3)\nthen\nend\n")),
            List.of());
    assertEquals(2, out.lines().count(), out);
    assertTrue(out.startsWith("a.drl:5 [A]"), out);
  }

  @Test
  void switchingOffRemovesTheRuleAndAnUnknownNameIsAProblem() {
    String drl = HEAD + "rule \"Keep\"\nwhen\n  Money()\nthen\nend\nrule \"Drop\"\nwhen\n  Money()\nthen\nend\n";
    Problems problems = new Problems();
    KieBase base =
        RuleCompiler.compile(List.of(new RuleSource("x.drl", drl)), List.of("Drop"), problems).orElseThrow();
    assertEquals(List.of("Keep"), RuleCompiler.ruleNames(base));
    assertEquals(
        "switched-off rules [Nope]: there is no rule named 'Nope' to switch off",
        problems(List.of(new RuleSource("x.drl", drl)), List.of("Nope")));
  }

  @Test
  void cleanMessagesKeepOnlyTheFirstLineAndTheDetail() {
    assertEquals(
        "Unable to Analyse Expression a > 1: unable to resolve x",
        RuleCompiler.clean("Unable to Analyse Expression a > 1:\n[Error: unable to resolve x]\n[Near : {... a > 1 ....}]\n ^\n[Line: 5, Column: 2]"));
  }
}
