package org.communitybudgets.scenarios;

import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases are decided and checked; what is wrong with a file is said at its file, line and field. */
class ScenarioRunnerTest {
  private static final String FAMILY = """
      family:
              id: f-1
              authority: birmingham
              members:
                - {id: a-1, dateOfBirth: 1980-01-01, role: PARENT_OR_CARER}
                - {id: c-1, dateOfBirth: 2000-01-01, role: CHILD}
              indicators:
                - {indicator: proven-offence, offender: c-1, provenOn: 2013-01-05, offence: theft}
      """;

  private static ScenarioResult only(String yaml) {
    List<Scenario> cases = Scenarios.read("cases.yaml", yaml);
    assertEquals(1, cases.size(), cases.toString());
    return ScenarioRunner.standard().run(cases.get(0));
  }

  private static String identify(String expect) {
    return """
        asOf: 2013-05-10
        cases:
          - name: an offence in the window
            identify:
              %s
            expect:
        %s
        """.formatted(FAMILY.strip(), expect.indent(6).stripTrailing());
  }

  @Test
  void aCaseWhoseExpectationsHoldPasses() {
    ScenarioResult r = only(identify("""
        verdict: NOT_ELIGIBLE
        phase: PHASE_1
        criteriaMet: [CRIME_ASB]
        unmet: [work, education, local-discretion, phase-1-criteria]
        rules: ["A child's proven offence in the last 12 months meets the crime and ASB criterion"]"""));
    assertTrue(r.passed(), r.toText());
  }

  @Test
  void aCaseWhoseExpectationsDoNotHoldSaysWhatDifferedAndWhy() {
    ScenarioResult r = only(identify("""
        verdict: ELIGIBLE
        unmet: [work]"""));
    assertFalse(r.passed());
    assertEquals(List.of("verdict: expected ELIGIBLE, was NOT_ELIGIBLE",
        "unmet: expected [work], was [education, local-discretion, phase-1-criteria, work]; not expected [education, local-discretion, phase-1-criteria]"),
        r.differences());
    assertTrue(r.reasons().stream().anyMatch(w -> w.contains("meets the crime and ASB criterion")), r.reasons().toString());
    assertTrue(r.toText().startsWith("FAILED cases.yaml:3: an offence in the window\n"), r.toText());
  }

  @Test
  void aTypoInAKeyIsAnErrorAtItsLine() {
    ScenarioResult r = only(identify("verdictt: ELIGIBLE"));
    assertFalse(r.passed());
    assertEquals(1, r.differences().size());
    String d = r.differences().get(0);
    assertEquals("cases.yaml:14: unknown field 'verdictt' at expect.verdictt: expected one of [achieved, contributions, criteriaMet, error, payable, phase, rules, unmet, verdict]", d);
    assertTrue(d.startsWith("cases.yaml:14: unknown field 'verdictt' at expect.verdictt"), d);
  }

  @Test
  void aTypoInTheFamilyIsAnErrorAtItsLineAndField() {
    String yaml = identify("verdict: ELIGIBLE").replace("provenOn: 2013-01-05", "provedOn: 2013-01-05");
    ScenarioResult r = only(yaml);
    assertFalse(r.passed());
    String d = r.differences().get(0);
    assertTrue(d.startsWith("cases.yaml:12: unknown field 'provedOn' at identify.family.indicators[0]"), d);
  }

  @Test
  void aValueTheDomainRefusesIsAnErrorWithTheDomainsMessageUnlessExpected() {
    String refused = identify("verdict: ELIGIBLE").replace("provenOn: 2013-01-05", "provenOn: 2005-01-05");
    ScenarioResult r = only(refused);
    assertFalse(r.passed());
    assertTrue(r.differences().get(0).contains("age of criminal responsibility"), r.differences().toString());
    assertTrue(r.differences().get(0).startsWith("cases.yaml:6: "), r.differences().toString());

    ScenarioResult expected = only(identify("error: age of criminal responsibility").replace("provenOn: 2013-01-05", "provenOn: 2005-01-05"));
    assertTrue(expected.passed(), expected.toText());
    ScenarioResult other = only(identify("error: something else").replace("provenOn: 2013-01-05", "provenOn: 2005-01-05"));
    assertFalse(other.passed());
    ScenarioResult notRefused = only(identify("error: age of criminal responsibility"));
    assertFalse(notRefused.passed());
    assertTrue(notRefused.differences().get(0).contains("but the case was decided"), notRefused.toText());
  }

  @Test
  void aCaseMustSayWhatItExpectsAndDecideOneSubject() {
    ScenarioResult noExpect = only(identify("").replace("    expect:\n", ""));
    assertTrue(noExpect.differences().get(0).contains("expect is required"), noExpect.toText());
    ScenarioResult emptyExpect = only(identify("{}"));
    assertTrue(emptyExpect.differences().get(0).contains("expect says nothing"), emptyExpect.toText());
    ScenarioResult noSubject = only("""
        cases:
          - name: nothing
            asOf: 2013-05-10
            expect: {verdict: ELIGIBLE}
        """);
    assertTrue(noSubject.differences().get(0).contains("give exactly one of identify, results, claim or assess"), noSubject.toText());
    ScenarioResult notApplicable = only(identify("payable: £100.00"));
    assertTrue(notApplicable.differences().get(0).startsWith("expect.payable: not decided for identify"), notApplicable.toText());
    ScenarioResult unknownVerdict = only(identify("verdict: MAYBE"));
    assertTrue(unknownVerdict.differences().get(0).startsWith("verdict: \"MAYBE\" is not one of [ELIGIBLE, NOT_ELIGIBLE"), unknownVerdict.toText());
  }

  @Test
  void problemsOfTheFileAreFailingCasesAtTheirLines() {
    assertEquals("cases.yaml:1: a scenario file must be a mapping with 'cases', a list of cases",
        ScenarioRunner.standard().run(Scenarios.read("cases.yaml", "- a\n- b\n").get(0)).differences().get(0));
    assertEquals("cases.yaml:2: unknown key 'case' at the top of a scenario file: expected one of [asOf, cases, description, parameters]",
        ScenarioRunner.standard().run(Scenarios.read("cases.yaml", "asOf: 2013-05-10\ncase: []\n").get(0)).differences().get(0));
    assertTrue(ScenarioRunner.standard().run(Scenarios.read("cases.yaml", "cases: [\n").get(0)).differences().get(0).startsWith("cases.yaml:2: not YAML"));
    assertEquals("cases.yaml:1: a scenario file must have 'cases', a list of at least one case",
        ScenarioRunner.standard().run(Scenarios.read("cases.yaml", "cases: []\n").get(0)).differences().get(0));
  }

  @Test
  void parameterOverridesApplyToTheirCaseAndTheirProblemsAreAtTheFilesLines() {
    String lowered = """
        asOf: 2013-05-10
        cases:
          - name: a three-month window leaves the offence out
            parameters:
              tf.phase1.look-back-months:
                source: {document: OFFER, location: "a council's choice"}
                values:
                  - {from: 2010-04-01, value: 3, note: assumed for the case}
            identify:
              %s
            expect:
              criteriaMet: []
          - name: the standard window keeps it in
            identify:
              %s
            expect:
              criteriaMet: [CRIME_ASB]
        """.formatted(FAMILY.strip(), FAMILY.strip());
    ScenarioReport report = ScenarioRunner.standard().run(Scenarios.read("cases.yaml", lowered));
    assertEquals("2 passed, 0 failed", report.summary(), report.results().toString());

    ScenarioResult bad = only(lowered.substring(0, lowered.indexOf("  - name: the standard")).replace("value: 3,", "value: -3,"));
    assertFalse(bad.passed());
    assertTrue(bad.differences().get(0).contains("cases.yaml:8"), bad.toText());
  }
}
