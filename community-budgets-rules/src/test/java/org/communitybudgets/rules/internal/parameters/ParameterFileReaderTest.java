package org.communitybudgets.rules.internal.parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.RuleSetException;
import org.communitybudgets.rules.RuleSetProblem;
import org.communitybudgets.rules.internal.Problems;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterFileReaderTest {
  private static final String FILE = "params.yaml";

  private static final String GOOD =
      """
      documents:
        ESSEX_CABINET:
          short-name: Essex cabinet
          title: Essex County Council cabinet decision, 12 March 2012
      tf.attachment-fee:
        description: The attachment fee per family.
        type: money
        source: {document: TROUBLED_FAMILIES_FRAMEWORK_2012, location: "§4 table"}
        values:
          - from: 2012-04-01
            until: 2013-03-31
            value: £3,200
          - from: 2013-04-01
            until: 2014-03-31
            value: £2,400
          - from: 2014-04-01
            value: £1,600
            note: assumed
            source: {document: ESSEX_CABINET, location: "item 4"}
      tf.absence-threshold:
        description: Unauthorised absence at or above which the education criterion is met.
        type: percentage
        source: {document: TROUBLED_FAMILIES_FRAMEWORK_2012, location: "§4 criterion 2"}
        values:
          - {from: 2012-04-01, value: 15%}
      tf.out-of-work-benefits:
        description: The benefits that count as out of work.
        type: text-list
        source: {document: TROUBLED_FAMILIES_FRAMEWORK_2012, location: "§4 criterion 3"}
        values:
          - from: 2012-04-01
            value: [JOBSEEKERS_ALLOWANCE, INCOME_SUPPORT]
      """;

  private static List<RuleSetProblem> problems(String text, ParameterFileReader.Mode mode, Map<String, ParameterDefinition> existing) {
    Problems problems = new Problems();
    ParameterFileReader.read(FILE, text, mode, existing, problems);
    try {
      problems.throwIfAny();
      return List.of();
    } catch (RuleSetException e) {
      return e.problems();
    }
  }

  private static List<RuleSetProblem> problems(String text) {
    return problems(text, ParameterFileReader.Mode.DEFINITIONS, Map.of());
  }

  private static ParameterTable table(String text) {
    Problems problems = new Problems();
    List<ParameterDefinition> defs = ParameterFileReader.read(FILE, text, ParameterFileReader.Mode.DEFINITIONS, Map.of(), problems);
    problems.throwIfAny();
    return ParameterTable.of(defs);
  }

  private static String describe(List<RuleSetProblem> problems) {
    return problems.stream().map(RuleSetProblem::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void readsTypedDatedValuesWithTheirSources() {
    ParameterTable t = table(GOOD);
    Policy on2013 = new Policy(t, LocalDate.of(2013, 4, 1));
    assertEquals(Money.ofPounds(2_400), on2013.money("tf.attachment-fee"));
    assertEquals(Money.ofPounds(3_200), on2013.on(LocalDate.of(2013, 3, 31)).money("tf.attachment-fee"));
    assertEquals(Percentage.of(15), on2013.percentage("tf.absence-threshold"));
    assertEquals(List.of("JOBSEEKERS_ALLOWANCE", "INCOME_SUPPORT"), on2013.texts("tf.out-of-work-benefits"));
    assertTrue(on2013.listContains("tf.out-of-work-benefits", "INCOME_SUPPORT"));
    ParameterRead read = on2013.read("tf.attachment-fee");
    assertEquals("£2,400.00", read.value());
    assertEquals(DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2014, 3, 31)), read.effective());
    assertEquals(PolicySource.troubledFamiliesFramework2012("§4 table"), read.source());
    ParameterRead local = on2013.on(LocalDate.of(2020, 1, 1)).read("tf.attachment-fee");
    assertEquals("Essex cabinet item 4", local.source().toString());
    assertEquals(DateRange.from(LocalDate.of(2014, 4, 1)), local.effective());
  }

  @Test
  void askingOutsideTheDatesOrForTheWrongTypeSaysSo() {
    Policy early = new Policy(table(GOOD), LocalDate.of(2011, 1, 1));
    assertEquals(
        "parameter 'tf.attachment-fee' has no value on 2011-01-01: its values run from 2012-04-01 to no end",
        assertThrows(IllegalStateException.class, () -> early.money("tf.attachment-fee")).getMessage());
    assertEquals(
        "parameter 'tf.absence-threshold' is a percentage, not a money",
        assertThrows(IllegalArgumentException.class, () -> early.money("tf.absence-threshold")).getMessage());
    assertEquals(
        "unknown parameter 'tf.nope'",
        assertThrows(IllegalArgumentException.class, () -> early.money("tf.nope")).getMessage());
  }

  @Test
  void reportsGapsAndOverlapsWithFileAndLine() {
    String text =
        """
        a.b:
          description: d
          type: integer
          source: {document: OFFER, location: "§5"}
          values:
            - {from: 2012-04-01, until: 2013-03-31, value: 1}
            - {from: 2013-04-02, until: 2014-03-31, value: 2}
            - {from: 2014-03-01, value: 3}
            - {from: 2015-04-01, value: 4}
        """;
    assertEquals(
        """
        params.yaml:7 [a.b]: gap from 2013-04-01 to 2013-04-01 between the value 2012-04-01..2013-03-31 (line 6) and the value from 2013-04-02
        params.yaml:8 [a.b]: value from 2014-03-01 overlaps the value 2013-04-02..2014-03-31 (line 7)
        params.yaml:9 [a.b]: value from 2015-04-01 overlaps the open-ended value from 2014-03-01 (line 8)""",
        describe(problems(text)));
  }

  @Test
  void reportsUnknownFieldsTypesDocumentsAndBadValues() {
    String text =
        """
        a.b:
          description: d
          type: money
          sauce: x
          source: {document: NOPE, location: "§5"}
          values:
            - {from: 2012-04-01, value: 4000}
        a.c:
          description: d
          type: float
          values:
            - {from: 2012-04-01, value: 1}
        a.d:
          description: d
          type: date
          source: {document: OFFER, location: "§5"}
          values:
            - {from: 2012-13-01, value: 2013-03-31, until: 2012-01-01, extra: 1}
        """;
    String expected =
        """
        params.yaml:4 [parameter 'a.b']: unknown field 'sauce' in parameter 'a.b': expected description, type, domain, source, values
        params.yaml:5 [a.b]: unknown document 'NOPE': expected one of BUDGET_2014, COST_BENEFIT_GUIDANCE_2014, CYP_NOW_EIG, DFE_ABSENCE_GUIDE_2016, EDUCATION_ACT_1996, EVIDENCE_CB00, GREEN_BOOK, LGA_UPDATE, NAO_FAMILIES_2013, OFFER, PCA_2014, POLICE_GRANT_REPORT_2013, SPENDING_ROUND_2019, TROUBLED_FAMILIES_FRAMEWORK_2012, TROUBLED_FAMILIES_FRAMEWORK_2015, WPC_HC_549, WPC_HC_718, or declare it under 'documents'
        params.yaml:7 [a.b]: value expected an amount like £4,000 or £3,200.00, was '4000'
        params.yaml:10 [a.c]: unknown type 'float': expected one of date, money, percentage, integer, boolean, text, text-list
        params.yaml:18 [a value of 'a.d']: unknown field 'extra' in a value of 'a.d': expected from, until, value, source, note
        params.yaml:18 [a.d]: '2012-13-01' is not a date: expected an ISO date like 2013-03-31""";
    assertEquals(expected, describe(problems(text)));
  }

  @Test
  void reportsMissingPartsAndRepeatedKeys() {
    String text =
        """
        a.b:
          type: text
          values:
            - {from: 2012-04-01, value: x}
        a.b:
          description: again
        Bad Key:
          description: d
        a.e:
          description: d
          type: text
          source: {document: OFFER, location: "§5"}
          values: []
        """;
    String expected =
        """
        params.yaml:5 [a.b]: 'a.b' is given twice (first on line 1)
        params.yaml:2 [a.b]: missing field 'description'
        params.yaml:4 [a.b]: no source: give the parameter or the value a source {document, location}
        params.yaml:7 [Bad Key]: 'Bad Key' is not a parameter key: expected dotted lower-case words like pooling.pcc.first-day
        params.yaml:13 [a.e]: values must be a non-empty list of {from, until, value} entries""";
    assertEquals(expected, describe(problems(text)));
  }

  @Test
  void reportsInvalidYamlWithItsLine() {
    List<RuleSetProblem> problems = problems("a.b:\n  description: [unclosed\n  type: text\n");
    assertEquals(1, problems.size());
    assertEquals(FILE, problems.get(0).source());
    assertTrue(problems.get(0).line() > 0);
    assertTrue(problems.get(0).message().startsWith("not valid YAML: "), problems.get(0).message());
    assertEquals(Optional.empty(), problems.get(0).rule());
  }

  @Test
  void overridesChangeOnlyKnownParametersAndKeepTheirType() {
    ParameterTable standard = table(GOOD);
    String overrides =
        """
        tf.absence-threshold:
          source: {document: OFFER, location: "§8"}
          values:
            - {from: 2012-04-01, value: 10%}
        tf.unknown:
          values:
            - {from: 2012-04-01, value: 1}
        tf.attachment-fee:
          type: percentage
          values:
            - {from: 2012-04-01, value: 1%}
        """;
    assertEquals(
        """
        params.yaml:5 [tf.unknown]: unknown parameter 'tf.unknown': an override can only change a parameter the rules define
        params.yaml:9 [tf.attachment-fee]: type 'percentage' differs from the rules' type 'money'""",
        describe(problems(overrides, ParameterFileReader.Mode.OVERRIDES, standard.asMap())));

    Problems p = new Problems();
    List<ParameterDefinition> ok =
        ParameterFileReader.read(FILE, overrides.substring(0, overrides.indexOf("tf.unknown")), ParameterFileReader.Mode.OVERRIDES, standard.asMap(), p);
    p.throwIfAny();
    Policy policy = new Policy(standard.overriddenBy(ok), LocalDate.of(2013, 1, 1));
    assertEquals(Percentage.of(10), policy.percentage("tf.absence-threshold"));
    assertEquals("Unauthorised absence at or above which the education criterion is met.", standard.overriddenBy(ok).definition("tf.absence-threshold").orElseThrow().description());
    assertEquals(Money.ofPounds(3_200), policy.money("tf.attachment-fee"));
  }

  @Test
  void aDefinitionCannotBeRepeatedAcrossFiles() {
    ParameterTable standard = table(GOOD);
    String again =
        """
        tf.absence-threshold:
          description: d
          type: percentage
          source: {document: OFFER, location: "§8"}
          values:
            - {from: 2012-04-01, value: 10%}
        """;
    assertEquals(
        "params.yaml:1 [tf.absence-threshold]: parameter 'tf.absence-threshold' is already defined in params.yaml line 20",
        describe(problems(again, ParameterFileReader.Mode.DEFINITIONS, standard.asMap())));
  }
}
