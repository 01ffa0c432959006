package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule names are unique across the standard and local rules, a rule is switched off only by the
 * name of a rule that exists, and a local rules directory is read within itself.
 */
class RuleNamesTest {
  private static final String STANDARD_NAME = "A child's proven offence in the last 12 months meets the crime and ASB criterion";

  private static List<String> problems(CommunityBudgetsEngine.Builder builder) {
    return assertThrows(RuleSetException.class, builder::build).problems().stream().map(RuleSetProblem::toString).toList();
  }

  @Test
  void aLocalRuleNamedAsAStandardRuleOfAnotherPackageIsADuplicate() {
    String drl = """
        package org.council.rules;

        rule "%s"
        when
        then
        end
        """.formatted(STANDARD_NAME);
    List<String> p = problems(CommunityBudgetsEngine.builder().localRules("council/twin.drl", drl));
    assertEquals(List.of("council/twin.drl:3 [" + STANDARD_NAME + "]: Duplicate rule name: " + STANDARD_NAME
        + " (rule names are unique across the standard and local rules); also declared at"
        + " org/communitybudgets/rules/troubledfamilies/phase1-identification.drl:21"), p);
  }

  @Test
  void twoLocalRulesOfOneNameInDifferentPackagesAreDuplicates() {
    String a = "package org.council.a;\nrule \"Local check\"\nwhen\nthen\nend\n";
    String b = "package org.council.b;\nrule \"Local check\"\nwhen\nthen\nend\n";
    List<String> p = problems(CommunityBudgetsEngine.builder().localRules("council/a.drl", a).localRules("council/b.drl", b));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("council/b.drl:2 [Local check]: Duplicate rule name: Local check"), p.toString());
  }

  @Test
  void aRuleNamedOnlyInACommentCannotBeSwitchedOff() {
    String drl = "package org.council.rules;\n/* rule \"Ghost\" when then end */\nrule \"Real\"\nwhen\nthen\nend\n";
    List<String> p = problems(CommunityBudgetsEngine.builder().localRules("council/ghost.drl", drl).withoutRule("Ghost"));
    assertEquals(List.of("switched-off rules [Ghost]: there is no rule named 'Ghost' to switch off"), p);
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRules("council/ghost.drl", drl).withoutRule("Real").build();
    assertTrue(engine.ruleNames().stream().noneMatch(n -> n.equals("Real") || n.equals("Ghost")));
  }

  @Test
  void theStandardRulesAddedAgainAsLocalRulesAreReported() {
    List<String> p = problems(CommunityBudgetsEngine.builder()
        .localRulesOnClasspath(RuleNamesTest.class.getClassLoader(), "org/communitybudgets/rules/troubledfamilies/phases.drl"));
    assertEquals(5, p.size(), "every rule of the file: " + p);
    assertTrue(p.stream().allMatch(s -> s.contains("Duplicate rule name")), p.toString());
  }

  @Test
  void aSymbolicLinkOutOfTheLocalRulesDirectoryIsNotFollowed(@TempDir Path dir) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    Path outside = Files.writeString(dir.resolve("outside.drl"), "package org.council.rules;\nrule \"Outside\"\nwhen\nthen\nend\n");
    Files.writeString(rules.resolve("inside.drl"), "package org.council.rules;\nrule \"Inside\"\nwhen\nthen\nend\n");
    Files.createSymbolicLink(rules.resolve("link.drl"), outside);
    List<String> p = problems(CommunityBudgetsEngine.builder().localRules(rules));
    assertEquals(List.of(rules.resolve("link.drl") + ": a symbolic link out of the rules directory " + rules + ", not followed"), p);
  }

  @Test
  void aConsequenceThatDoesNotCompileIsReportedAtItsLineNamingWhatIsMissing() {
    String drl = """
        package org.council.rules;
        import org.communitybudgets.rules.pooling.ContributionCase;

        rule "Bad consequence"
        when
          $c : ContributionCase()
        then
          int x = 1;
          noSuchMethod($c);
        end
        """;
    assertEquals(List.of("council/bad.drl:9 [Bad consequence]: in the consequence of rule \"Bad consequence\": cannot find method noSuchMethod(ContributionCase)"),
        problems(CommunityBudgetsEngine.builder().localRules("council/bad.drl", drl)));
  }
}
