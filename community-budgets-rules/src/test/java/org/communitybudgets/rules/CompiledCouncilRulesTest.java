package org.communitybudgets.rules;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.rules.compile.RuleModelCompiler;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A council compiles its own rules at its own build, as the library does its standard ones. */
class CompiledCouncilRulesTest {
  private static final String RULE = "Families known to the council's early help team are flagged";
  private static final String DRL = """
      package org.council.compiled;
      import org.communitybudgets.rules.troubledfamilies.FamilyCase;
      import org.communitybudgets.rules.Findings;
      import org.communitybudgets.source.PolicyDocument;
      import org.communitybudgets.source.PolicySource;
      global Findings findings;
      rule "%s"
      when
        $f : FamilyCase()
      then
        findings.flag($f, new PolicySource(PolicyDocument.local("EARLY_HELP", "Early help", "Early help strategy"), "section 2"),
            "the family is known to the early help team");
      end
      """.formatted(RULE);

  private static final Family FAMILY =
      Family.builder(FamilyId.of("f-1"), AreaId.of("birmingham")).member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1))).build();

  @Test
  void rulesCompiledAtTheCouncilsBuildJoinTheStandardOnes(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("org/council/compiled"));
    Files.writeString(classes.resolve("org/council/compiled/early-help.drl"), DRL);
    assertEquals(1, RuleModelCompiler.compile(classes, "org/council/compiled", dir.resolve("sources"), "org/council/compiled/council.models"));
    String list = Files.readString(classes.resolve("org/council/compiled/council.models"));
    assertTrue(list.contains("\nsource org/council/compiled/early-help.drl\n"), list);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().compiledRules(loader, "org/council/compiled/council.models").build();
      assertTrue(engine.ruleNames().contains(RULE));
      Identification i = engine.identify(FAMILY, LocalDate.of(2013, 5, 10));
      assertEquals(RULE, i.decision().reasons(Effect.FLAG).get(0).rule());
      assertNotEquals(CommunityBudgetsEngine.standard().fingerprint(), engine.fingerprint(), "the council's rules are part of the fingerprint");
      CommunityBudgetsEngine without =
          CommunityBudgetsEngine.builder().compiledRules(loader, "org/council/compiled/council.models").withoutRule(RULE).build();
      assertTrue(without.identify(FAMILY, LocalDate.of(2013, 5, 10)).decision().reasons(Effect.FLAG).isEmpty());
    }
  }

  @Test
  void aRuleFileThatDoesNotCompileStopsTheCompilerNamingIt(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("org/council/compiled"));
    Files.writeString(classes.resolve("org/council/compiled/broken.drl"), "package org.council.compiled;\nrule \"Broken\"\nwhen\n  Household()\nthen\nend\n");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RuleModelCompiler.compile(classes, "org/council/compiled", dir.resolve("sources"), "org/council/compiled/council.models"));
    assertTrue(e.getMessage().contains("org/council/compiled/broken.drl"), e.getMessage());
  }

  @Test
  void aMissingModelsListIsAProblemOfTheRuleSet() {
    RuleSetException e = assertThrows(RuleSetException.class,
        () -> CommunityBudgetsEngine.builder().compiledRules(getClass().getClassLoader(), "org/council/none.models").build());
    assertTrue(e.getMessage().contains("org/council/none.models"), e.getMessage());
  }
}
