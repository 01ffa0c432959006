package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overrides are checked against what each parameter may be, and against the relations parameters
 * keep together, with the file and line of the value that breaks them.
 */
class ParameterDomainTest {
  private static List<String> problems(String... files) {
    CommunityBudgetsEngine.Builder b = CommunityBudgetsEngine.builder();
    for (int i = 0; i < files.length; i++) {
      b.parameterOverrides("council/p" + (i + 1) + ".yaml", files[i]);
    }
    return assertThrows(RuleSetException.class, b::build).problems().stream().map(RuleSetProblem::toString).toList();
  }

  private static String override(String key, String value) {
    return """
        %s:
          source: {document: OFFER, location: "a council's choice"}
          values:
            - {from: 2010-04-01, value: %s}
        """.formatted(key, value);
  }

  @Test
  void aValueOutsideItsParametersRangeIsRefusedAtItsLine() {
    assertEquals(List.of("council/p1.yaml:4 [tf.child.age-limit]: value -3 from 2010-04-01 must be at least 10 and at most 25"),
        problems(override("tf.child.age-limit", "-3")));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase1.terms]: value 0 from 2010-04-01 must be at least 1 and at most 9"),
        problems(override("tf.phase1.terms", "0")));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase1.terms]: value 100000 from 2010-04-01 must be at most 9 and at least 1"),
        problems(override("tf.phase1.terms", "100000")));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase1.look-back-months]: value -1 from 2010-04-01 must be at least 1 and at most 60"),
        problems(override("tf.phase1.look-back-months", "-1")));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase2.absence]: value 150% from 2010-04-01 must be at most 100% and at least 0%"),
        problems(override("tf.phase2.absence", "150%")));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase2.attachment-fee]: value -£1,000.00 from 2010-04-01 must be at least £0.00 and at most £100,000.00"),
        problems(override("tf.phase2.attachment-fee", "\"-£1,000\"")));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase1.funded-share-denominator]: value 0 from 2010-04-01 must be at least 1 and at most 1000"),
        problems(override("tf.phase1.funded-share-denominator", "0")));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase1.first-day]: value 2999-01-01 from 2010-04-01 must be at most 2030-03-31 and at least 2010-04-01"),
        problems(override("tf.phase1.first-day", "2999-01-01")));
  }

  @Test
  void unknownCodesInAListAreRefused() {
    List<String> p = problems(override("tf.phase1.out-of-work-benefits", "[JOBSEEKERS_ALLOWANCE, LOTTERY_WIN]"));
    assertEquals(1, p.size(), p.toString());
    assertEquals(true, p.get(0).startsWith("council/p1.yaml:4 [tf.phase1.out-of-work-benefits]: value JOBSEEKERS_ALLOWANCE, LOTTERY_WIN from 2010-04-01 has unknown benefit-types [LOTTERY_WIN]: expected some of ["), p.toString());
  }

  @Test
  void phasesThatWouldRunAtOnceAreRefusedAtTheOverride() {
    assertEquals(List.of("council/p1.yaml:4 [tf.phase2.first-day]: tf.phase1.last-day 2015-03-31 must be before tf.phase2.first-day 2014-04-01 on 2010-04-01: the phases do not overlap",
            "council/p1.yaml:4 [tf.phase2.first-day]: tf.phase2.early-start-day 2014-09-01 must be no later than tf.phase2.first-day 2014-04-01 on 2010-04-01: the early start comes before the phase's first day"),
        problems(override("tf.phase2.first-day", "2014-04-01")));
  }

  @Test
  void aFirstDayAfterTheLastDayIsRefused() {
    List<String> p = problems(override("tf.phase1.first-day", "2016-01-01"));
    assertEquals(List.of("council/p1.yaml:4 [tf.phase1.first-day]: tf.phase1.first-day 2016-01-01 must be before tf.phase1.last-day 2015-03-31 on 2010-04-01: phase 1 begins before it ends"), p);
  }

  @Test
  void moreWeeksInWorkThanTheWeeksCountedAreRefused() {
    assertEquals(List.of("council/p1.yaml:4 [tf.continuous-employment.jsa-weeks]: tf.continuous-employment.jsa-weeks 40 must be no greater than tf.continuous-employment.jsa-window-weeks 30 on 2010-04-01: the weeks in work fit in the weeks counted"),
        problems(override("tf.continuous-employment.jsa-weeks", "40")));
  }

  @Test
  void twoOverrideFilesSettingOneParameterConflict() {
    assertEquals(List.of("council/p2.yaml:1 [tf.child.age-limit]: parameter 'tf.child.age-limit' is overridden already in council/p1.yaml line 1: one override file a parameter"),
        problems(override("tf.child.age-limit", "17"), override("tf.child.age-limit", "16")));
  }

  @Test
  void aStandardDocumentCannotBeRedefinedNorADomainChanged() {
    String redefines = "documents:\n  OFFER: {short-name: Offer, title: Something else}\n" + override("tf.child.age-limit", "17");
    assertEquals(List.of("council/p1.yaml:2 [documents]: document OFFER is a standard document and cannot be redefined"), problems(redefines));
    String widens = """
        tf.child.age-limit:
          domain: {min: 0, max: 99}
          source: {document: OFFER, location: "x"}
          values:
            - {from: 2010-04-01, value: 17}
        """;
    assertEquals(List.of("council/p1.yaml:2 [tf.child.age-limit]: an override cannot change the values a parameter may take (its domain)"), problems(widens));
  }
}
