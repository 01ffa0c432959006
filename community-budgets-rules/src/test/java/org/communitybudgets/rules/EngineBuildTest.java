package org.communitybudgets.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Effect;
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
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building engines: local rules, switched-off rules, parameter overrides, and the problems reported. */
class EngineBuildTest {
  private static final LocalDate AS_OF = LocalDate.of(2012, 6, 1);
  private static CommunityBudgetsEngine standard;

  @BeforeAll
  static void buildStandard() {
    standard = CommunityBudgetsEngine.standard();
  }

  /** A pool with one Work Programme contribution of the given size, which the standard rules allow. */
  private static Pool workProgrammePool(long pounds) {
    BudgetHolder prime = BudgetHolder.of(HolderId.of("wp-prime"), "Work Programme prime", HolderKind.WORK_PROGRAMME_PRIME_CONTRACTOR, AreaId.of("greater-manchester"));
    return Pool.builder(PoolId.of("gm-families"), AreaId.of("greater-manchester"), "Greater Manchester families")
        .purpose(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS)
        .years(FinancialYear.of(2011), FinancialYear.of(2014))
        .holder(prime)
        .contribution(
            Contribution.builder(ContributionId.of("wp"), FundingLineId.of("work-programme-funding"), prime.id(), ContributionMode.LOCALLY_POOLED)
                .amount(FinancialYear.of(2012), Money.ofPounds(pounds))
                .build())
        .build();
  }

  private static String problems(CommunityBudgetsEngine.Builder builder) {
    RuleSetException e = assertThrows(RuleSetException.class, builder::build);
    return e.problems().stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n"));
  }

  private static final String LOCAL_HEAD =
      "package org.council.rules;\nimport org.communitybudgets.rules.pooling.ContributionCase;\n";

  @Test
  void theStandardEngineNamesItsRulesVersionAndFingerprint() {
    assertTrue(standard.ruleNames().contains("YOT grant may be pooled or aligned where core youth justice services are delivered and it is agreed locally"));
    assertEquals("0.1.0", standard.libraryVersion());
    assertTrue(standard.fingerprint().matches("sha256:[0-9a-f]{64}"), standard.fingerprint());
    assertEquals(standard.fingerprint(), CommunityBudgetsEngine.standard().fingerprint());
  }

  @Test
  void decisionsCarryTheFingerprintAndVersion() {
    PoolAssessment a = standard.assess(workProgrammePool(10), AS_OF);
    Decision<ContributionVerdict> d = a.contribution("wp").orElseThrow();
    assertEquals(ContributionVerdict.ALLOWED, d.verdict());
    assertEquals(standard.fingerprint(), d.provenance().ruleSetFingerprint());
    assertEquals("0.1.0", d.provenance().libraryVersion());
    assertEquals(a.provenance(), d.provenance());
  }

  @Test
  void aLocalRuleFromTheClasspathAddsItsReason() {
    CommunityBudgetsEngine engine =
        CommunityBudgetsEngine.builder()
            .localRulesOnClasspath(getClass().getClassLoader(), "org/council/rules/local-flag.drl")
            .build();
    assertNotEquals(standard.fingerprint(), engine.fingerprint());
    Decision<ContributionVerdict> big = engine.assess(workProgrammePool(2_000_000), AS_OF).contribution("wp").orElseThrow();
    assertEquals(ContributionVerdict.ALLOWED, big.verdict());
    assertEquals(1, big.reasons(Effect.FLAG).size());
    assertEquals("Contributions over a million pounds go to cabinet", big.reasons(Effect.FLAG).get(0).rule());
    assertEquals("Constitution part 3", big.reasons(Effect.FLAG).get(0).source().toString());
    Decision<ContributionVerdict> small = engine.assess(workProgrammePool(10), AS_OF).contribution("wp").orElseThrow();
    assertEquals(List.of(), small.reasons(Effect.FLAG));
  }

  @Test
  void localRulesAreReadFromADirectory(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("pooling"));
    Files.writeString(sub.resolve("refuse-wp.drl"), LOCAL_HEAD
        + "import org.communitybudgets.rules.Findings;\nimport org.communitybudgets.decision.ContributionVerdict;\n"
        + "import org.communitybudgets.source.PolicySource;\nglobal Findings findings;\n"
        + "rule \"Work Programme funding is kept out of this council's pools\"\nwhen\n  $c : ContributionCase(lineId == \"work-programme-funding\")\nthen\n"
        + "  findings.notMet($c, ContributionVerdict.REFUSED, PolicySource.offer(\"§8\"), \"council-policy\", \"the council's policy allows it\", \"the council keeps Work Programme funding out\");\nend\n");
    Files.writeString(dir.resolve("notes.txt"), "not a rule file");
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRules(dir).build();
    Decision<ContributionVerdict> d = engine.assess(workProgrammePool(10), AS_OF).contribution("wp").orElseThrow();
    assertEquals(ContributionVerdict.REFUSED, d.verdict());
    assertEquals(List.of("council-policy"), d.unmetConditions().stream().map(c -> c.code()).toList());
  }

  @Test
  void aStandardRuleCanBeSwitchedOff() {
    String rule = "Work Programme prime contractors are free to pool and align Work Programme funding";
    CommunityBudgetsEngine engine =
        CommunityBudgetsEngine.builder()
            .withoutRule(rule)
            .localRules("org/council/rules/wp.drl", LOCAL_HEAD
                + "import org.communitybudgets.rules.Findings;\nimport org.communitybudgets.source.PolicySource;\nglobal Findings findings;\n"
                + "rule \"Work Programme funding is aligned locally\"\nwhen\n  $c : ContributionCase(lineId == \"work-programme-funding\")\nthen\n"
                + "  findings.met($c, PolicySource.offer(\"menu, DWP, row 2\"), \"aligned locally\");\nend\n")
            .build();
    assertFalse(engine.ruleNames().contains(rule));
    assertEquals(standard.ruleNames().size(), engine.ruleNames().size());
    assertEquals(
        List.of("Work Programme funding is aligned locally"),
        engine.assess(workProgrammePool(10), AS_OF).contribution("wp").orElseThrow().rules());
  }

  @Test
  void aContributionNoRuleDecidesIsAnError() {
    CommunityBudgetsEngine engine =
        CommunityBudgetsEngine.builder()
            .withoutRule("Work Programme prime contractors are free to pool and align Work Programme funding")
            .build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> engine.assess(workProgrammePool(10), AS_OF));
    assertEquals(
        "no rule decided contribution wp (work-programme-funding, LOCALLY_POOLED) to pool gm-families on 2012-06-01: a rule set must decide every contribution",
        e.getMessage());
  }

  @Test
  void brokenLocalRulesAreAllReportedWithPathLineAndRule() {
    String out =
        problems(
            CommunityBudgetsEngine.builder()
                .localRules("council/syntax.drl", LOCAL_HEAD + "rule \"Missing paren\"\nwhen\n  ContributionCase(money\nthen\nend\n")
                .localRules("council/type.drl", LOCAL_HEAD + "rule \"Unknown type\"\nwhen\n  Household()\nthen\nend\n")
                .localRules("council/field.drl", LOCAL_HEAD + "rule \"Unknown field\"\nwhen\n  ContributionCase(salary > 3)\nthen\nend\n")
                .localRules("council/consequence.drl", LOCAL_HEAD + "rule \"Bad consequence\"\nwhen\n  $c : ContributionCase()\nthen\n  $c.explode();\nend\n")
                .localRules("council/duplicate.drl", LOCAL_HEAD + "rule \"Twice\"\nwhen\n  ContributionCase()\nthen\nend\nrule \"Twice\"\nwhen\n  ContributionCase()\nthen\nend\n")
                .withoutRule("No such rule"));
    List<String> lines = out.lines().toList();
    assertEquals(6, lines.size(), out);
    assertTrue(lines.contains("council/syntax.drl:6 [Missing paren]: mismatched input 'then' in rule \"Missing paren\""), out);
    assertTrue(lines.contains("council/type.drl:5 [Unknown type]: Unable to resolve ObjectType 'Household'"), out);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("council/field.drl:5 [Unknown field]: Unable to Analyse Expression salary > 3")), out);
    assertTrue(lines.contains("council/consequence.drl:7 [Bad consequence]: in the consequence of rule \"Bad consequence\": cannot find method explode() on ContributionCase"), out);
    assertTrue(lines.contains("council/duplicate.drl:8 [Twice]: Duplicate rule name: Twice"), out);
    assertTrue(lines.contains("switched-off rules [No such rule]: there is no rule named 'No such rule' to switch off"), out);
    assertFalse(out.contains("null Package"), out);
  }

  @Test
  void aLocalRuleNamedLikeAStandardRuleIsRefusedNamingBothFilesAndLines() {
    String out =
        problems(
            CommunityBudgetsEngine.builder()
                .localRules("council/yot.drl", LOCAL_HEAD + "\nrule \"YOT grant's pooling is agreed at a local level\"\nwhen\n  ContributionCase()\nthen\nend\n"));
    assertEquals("council/yot.drl:4 [YOT grant's pooling is agreed at a local level]: Duplicate rule name: YOT grant's pooling is agreed at a local level"
        + " (rule names are unique across the standard and local rules); also declared at org/communitybudgets/rules/pooling/moj.drl:34", out);
  }

  @Test
  void aLocalRuleNamedLikeAReasonOfTheConditionsTableIsRefused() {
    String out =
        problems(
            CommunityBudgetsEngine.builder()
                .localRules("council/yot.drl", LOCAL_HEAD + "rule \"YOT grant waits until its pooling is agreed at a local level\"\nwhen\n  ContributionCase()\nthen\nend\n"));
    assertEquals("council/yot.drl:3 [YOT grant waits until its pooling is agreed at a local level]: the conditions table writes the why-not of condition"
        + " 'yot-agreed-locally' under this name (org/communitybudgets/rules/conditions.yaml:191): an explanation would show two different reasons"
        + " as one; name the rule for what it decides", out);
  }

  @Test
  void missingLocalFilesAreProblemsToo(@TempDir Path dir) {
    String out =
        problems(
            CommunityBudgetsEngine.builder()
                .localRules(dir.resolve("absent"))
                .localRulesOnClasspath(getClass().getClassLoader(), "org/council/rules/absent.drl")
                .parameterOverrides(dir.resolve("absent.yaml")));
    List<String> lines = out.lines().toList();
    assertEquals(3, lines.size(), out);
    assertEquals(dir.resolve("absent") + ": not a directory of rule files", lines.get(0));
    assertEquals("org/council/rules/absent.drl: no such resource on the classpath", lines.get(1));
    assertTrue(lines.get(2).startsWith(dir.resolve("absent.yaml") + ": could not be read: "), out);
  }

  @Test
  void parameterOverridesChangeDecisionsAndTheFingerprint() {
    String overrides =
        """
        documents:
          MOPAC_ORDER:
            short-name: MOPAC order
            title: "The Mayor's Office for Policing and Crime, established 16 January 2012"
        pooling.pcc.first-day:
          source: {document: MOPAC_ORDER, location: "London"}
          values:
            - from: 2010-04-01
              value: 2012-01-16
        """;
    CommunityBudgetsEngine engine =
        CommunityBudgetsEngine.builder().parameterOverrides("council/parameters.yaml", overrides).build();
    assertNotEquals(standard.fingerprint(), engine.fingerprint());
    Policy policy = new Policy(engine.parameterTable(), LocalDate.of(2012, 5, 1));
    assertEquals(LocalDate.of(2012, 1, 16), policy.date("pooling.pcc.first-day"));
    assertEquals("MOPAC order London", policy.read("pooling.pcc.first-day").source().toString());
  }

  @Test
  void brokenParameterOverridesNameFileAndLine() {
    String overrides =
        """
        pooling.pcc.first-day:
          source: {document: OFFER, location: "menu, HO, row 2"}
          values:
            - {from: 2010-04-01, until: 2012-03-31, value: 2012-11-22}
            - {from: 2012-05-01, value: 2012-01-16}
        pooling.pcc.firstday:
          values:
            - {from: 2010-04-01, value: 2012-11-22}
        pooling.whole-line.share:
          source: {document: OFFER, location: "menu, preamble"}
          values:
            - {from: 2010-04-01, value: 100}
        """;
    assertEquals(
        """
        council/parameters.yaml:5 [pooling.pcc.first-day]: gap from 2012-04-01 to 2012-04-30 between the value 2010-04-01..2012-03-31 (line 4) and the value from 2012-05-01
        council/parameters.yaml:6 [pooling.pcc.firstday]: unknown parameter 'pooling.pcc.firstday': an override can only change a parameter the rules define
        council/parameters.yaml:12 [pooling.whole-line.share]: value expected a percentage like 15% or 3.5%, was '100'""",
        problems(CommunityBudgetsEngine.builder().parameterOverrides("council/parameters.yaml", overrides)));
  }

  @Test
  void problemsOfRulesAndParametersComeTogether() {
    RuleSetException e =
        assertThrows(
            RuleSetException.class,
            () ->
                CommunityBudgetsEngine.builder()
                    .parameterOverrides("p.yaml", "nope.key:\n  values: []\n")
                    .localRules("r.drl", LOCAL_HEAD + "rule \"R\"\nwhen\n  Household()\nthen\nend\n")
                    .build());
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().startsWith("the rule set could not be built: 2 problems\n  p.yaml:1 [nope.key]"), e.getMessage());
    assertEquals(Optional.of("R"), e.problems().get(1).rule());
  }

  @Test
  void assessmentsFollowTheBusinessDateNotTheClock() {
    Pool pool = workProgrammePool(10);
    assertEquals(standard.assess(pool, AS_OF), standard.assess(pool, AS_OF));
    assertEquals(AS_OF, standard.assess(pool, AS_OF).asOf());
  }

  @Test
  void aClasspathFolderIsReadFromADirectory() {
    CommunityBudgetsEngine engine =
        CommunityBudgetsEngine.builder().localRulesOnClasspath(getClass().getClassLoader(), "org/council/rules/").build();
    assertTrue(engine.ruleNames().contains("Contributions over a million pounds go to cabinet"));
  }

  @Test
  void aClasspathFolderIsReadFromAJar(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("council-rules.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      for (String folder : List.of("org/", "org/jarred/", "org/jarred/rules/")) {
        out.putNextEntry(new java.util.jar.JarEntry(folder)); // as jar tools write folders
        out.closeEntry();
      }
      out.putNextEntry(new java.util.jar.JarEntry("org/jarred/rules/a.drl"));
      out.write((LOCAL_HEAD + "import org.communitybudgets.rules.Findings;\nimport org.communitybudgets.source.PolicySource;\nglobal Findings findings;\n"
          + "rule \"Jarred rule\"\nwhen\n  $c : ContributionCase(lineId == \"nothing\")\nthen\nend\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new java.util.jar.JarEntry("org/jarred/rules/readme.txt"));
      out.write("not a rule".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().localRulesOnClasspath(loader, "org/jarred/rules").build();
      assertTrue(engine.ruleNames().contains("Jarred rule"));
      assertEquals(
          "org/empty/: no .drl files in this classpath folder",
          problems(CommunityBudgetsEngine.builder().localRulesOnClasspath(loader, "org/empty/")));
    }
  }
}
