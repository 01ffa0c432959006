package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.rules.internal.parameters.ParameterDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payment-by-results parameters, by financial year (TF frameworks 2012 and 2015). */
class TroubledFamiliesPaymentParametersTest {
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  private static Policy on(int year, int month, int day) {
    return new Policy(engine.parameterTable(), LocalDate.of(year, month, day));
  }

  private static Money pounds(long p) {
    return Money.ofPounds(p);
  }

  @Test
  void theAttachmentFeeFallsEachYearOfPhaseOne() {
    assertEquals(pounds(3200), on(2012, 4, 1).money("tf.phase1.attachment-fee"));
    assertEquals(pounds(3200), on(2013, 3, 31).money("tf.phase1.attachment-fee"));
    assertEquals(pounds(2400), on(2013, 4, 1).money("tf.phase1.attachment-fee"));
    assertEquals(pounds(1600), on(2015, 3, 31).money("tf.phase1.attachment-fee"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> on(2015, 4, 1).money("tf.phase1.attachment-fee"));
    assertEquals("parameter 'tf.phase1.attachment-fee' has no value on 2015-04-01: its values run from 2012-04-01 to 2015-03-31", e.getMessage());
  }

  @Test
  void theResultsPaymentsOfEachYearAddUpToTheResultsShare() {
    for (int year : List.of(2012, 2013, 2014)) {
      Policy p = on(year, 6, 1);
      Money parts = p.money("tf.phase1.crime-asb-education-payment").plus(p.money("tf.phase1.progress-to-work-payment"));
      assertEquals(p.money("tf.phase1.continuous-employment-payment"), parts, "FY " + year);
      assertEquals(p.money("tf.phase1.maximum-per-family"), p.money("tf.phase1.attachment-fee").plus(parts), "FY " + year);
    }
    assertEquals(pounds(700), on(2012, 6, 1).money("tf.phase1.crime-asb-education-payment"));
    assertEquals(pounds(1500), on(2013, 6, 1).money("tf.phase1.crime-asb-education-payment"));
    assertEquals(pounds(2300), on(2014, 6, 1).money("tf.phase1.crime-asb-education-payment"));
    for (int year : List.of(2012, 2013, 2014)) {
      Policy p = on(year, 6, 1);
      assertEquals(pounds(100), p.money("tf.phase1.progress-to-work-payment"), "FY " + year);
      assertEquals(pounds(3900), p.money("tf.phase1.attachment-fee").plus(p.money("tf.phase1.crime-asb-education-payment")),
          "£3,900 for the crime/ASB/education result with the attachment fee, FY " + year);
    }
    for (String key : List.of("tf.phase1.crime-asb-education-payment", "tf.phase1.progress-to-work-payment")) {
      ParameterDefinition d = engine.parameterTable().definition(key).orElseThrow();
      for (int year : List.of(2012, 2013, 2014)) {
        assertEquals("", d.valueOn(LocalDate.of(year, 6, 1)).orElseThrow().note(), key + " in FY " + year + " follows the framework");
      }
    }
  }

  @Test
  void phaseOneClaimsAreTakenUntilTheEndOfMay2015() {
    assertEquals(LocalDate.of(2015, 3, 31), on(2015, 5, 1).date("tf.phase1.last-day"));
    assertEquals(LocalDate.of(2015, 5, 31), on(2015, 5, 1).date("tf.phase1.last-claim-day"));
    ParameterDefinition d = engine.parameterTable().definition("tf.phase1.last-claim-day").orElseThrow();
    assertTrue(d.valueOn(LocalDate.of(2015, 5, 1)).orElseThrow().note().startsWith("Assumed"), "the day within May is assumed");
    assertEquals(LocalDate.of(2020, 3, 31), on(2019, 5, 1).date("tf.phase2.last-claim-day"));
  }

  @Test
  void phaseTwoPaysOneThousandAndEightHundredPounds() {
    Policy p = on(2016, 1, 1);
    assertEquals(pounds(1000), p.money("tf.phase2.attachment-fee"));
    assertEquals(pounds(800), p.money("tf.phase2.results-payment"));
    assertEquals(pounds(1800), p.money("tf.phase2.maximum-per-family"));
  }

  @Test
  void theInterventionCostAndItsCentralShare() {
    Policy p = on(2013, 6, 1);
    assertEquals(pounds(10000), p.money("tf.phase1.intervention-cost"));
    assertEquals(Percentage.of(40), p.percentage("tf.phase1.central-share"));
    assertEquals(pounds(4500), p.money("tf.phase2.intervention-cost"));
    assertEquals(Percentage.of(40), p.percentage("tf.phase2.central-share"));
  }

  @Test
  void theResultsThresholds() {
    Policy p = on(2013, 6, 1);
    assertEquals(Percentage.of(60), p.percentage("tf.phase1.results.asb-fall"));
    assertEquals(Percentage.of(33), p.percentage("tf.phase1.results.offending-fall"));
    assertEquals(6, p.integer("tf.phase1.results.window-months"));
    assertEquals(3, p.integer("tf.phase1.results.terms"));
    assertEquals(3, p.integer("tf.phase1.results.fixed-exclusions"));
    assertEquals(Percentage.of(15), p.percentage("tf.phase1.results.unauthorised-absence"));
    assertEquals(5, p.integer("tf.phase1.funded-share-numerator"));
    assertEquals(6, p.integer("tf.phase1.funded-share-denominator"));
    assertEquals(List.of(26, 30, 13, 15), List.of(
        p.integer("tf.continuous-employment.jsa-weeks"), p.integer("tf.continuous-employment.jsa-window-weeks"),
        p.integer("tf.continuous-employment.other-weeks"), p.integer("tf.continuous-employment.other-window-weeks")));
  }
}
