package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.junit.jupiter.api.Test;

class AppraisalParametersTest {
  private static final String HEADER =
      "key\tfrom\tuntil\tvalue\tsource document\tsource location\tnote\n";

  private static String grades(String from) {
    StringBuilder s = new StringBuilder();
    long[] percents = {0, 5, 10, 15, 25, 40};
    for (int g = 1; g <= 6; g++) {
      s.append("optimism-bias-grade-")
          .append(g)
          .append('\t')
          .append(from)
          .append("\t-\t")
          .append(percents[g - 1])
          .append("%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\tASSUMED\n");
    }
    return s.toString();
  }

  private static AppraisalParameters load(String rows) {
    return AppraisalParameters.load(new StringReader(HEADER + rows), "local.tsv");
  }

  private static String rejected(String rows) {
    return assertThrows(IllegalArgumentException.class, () -> load(rows)).getMessage();
  }

  @Test
  void theStandardTableHasTheGreenBookRateAndTheAssumedGrades() {
    AppraisalRates r = AppraisalParameters.standard().valueOn(LocalDate.of(2013, 6, 1));
    assertEquals(Percentage.of("3.5"), r.discountRate());
    assertEquals(LocalDate.of(2013, 6, 1), r.asOf());
    List<Percentage> expected =
        List.of(Percentage.of(0), Percentage.of(5), Percentage.of(10), Percentage.of(15), Percentage.of(25), Percentage.of(40));
    assertEquals(expected, List.copyOf(r.optimismBias().values()));
    assertEquals(12, AppraisalParameters.standard().parameters().size());
    assertEquals(
        List.of("discount-rate", "discount-rate-from-year-31", "discount-rate-from-year-76", "discount-rate-from-year-126",
            "discount-rate-from-year-201", "discount-rate-from-year-301"),
        AppraisalParameters.standard().parameters().stream().map(AppraisalParameter::key).limit(6).toList());
    AppraisalParameter from31 =
        AppraisalParameters.standard().parameterOn("discount-rate-from-year-31", LocalDate.of(2013, 6, 1)).orElseThrow();
    assertEquals(Percentage.of(3), from31.value());
    assertEquals(new PolicySource(org.communitybudgets.source.PolicyDocument.GREEN_BOOK, "Annex 6, paragraph 12 and Table 6.1"), from31.source());
    AppraisalParameter grade6 =
        AppraisalParameters.standard().parameterOn("optimism-bias-grade-6", LocalDate.of(2013, 6, 1)).orElseThrow();
    assertTrue(grade6.note().startsWith("ASSUMED"));
    assertEquals(PolicySource.costBenefitGuidance2014("optimism bias by confidence grade"), grade6.source());
    assertEquals("AppraisalParameters[12 rows]", AppraisalParameters.standard().toString());
  }

  @Test
  void aTableMayGiveRatesFromLaterYearsOrNone() {
    String base = "discount-rate\t2010-04-01\t-\t3.5%\tGREEN_BOOK\tAnnex 6\t-\n" + grades("2010-04-01");
    assertEquals(java.util.Map.of(), load(base).valueOn(LocalDate.of(2013, 6, 1)).laterDiscountRates());
    AppraisalParameters stepped = load(base
        + "discount-rate-from-year-41\t2014-04-01\t-\t2%\tGREEN_BOOK\tAnnex 6\tlocal\n"
        + "discount-rate-from-year-11\t2010-04-01\t2014-03-31\t3%\tGREEN_BOOK\tAnnex 6\t-\n"
        + "discount-rate-from-year-11\t2014-04-01\t-\t2.5%\tGREEN_BOOK\tAnnex 6\t-\n");
    assertEquals(
        List.of("discount-rate", "discount-rate-from-year-11", "discount-rate-from-year-11", "discount-rate-from-year-41"),
        stepped.parameters().stream().map(AppraisalParameter::key).limit(4).toList());
    assertEquals(java.util.Map.of(11, Percentage.of(3)), stepped.valueOn(LocalDate.of(2013, 6, 1)).laterDiscountRates());
    assertEquals(
        java.util.Map.of(11, Percentage.of("2.5"), 41, Percentage.of(2)), stepped.valueOn(LocalDate.of(2014, 4, 1)).laterDiscountRates());
    assertEquals(stepped, AppraisalParameters.of(stepped.parameters()));
    assertEquals(
        "local.tsv line 10: dates of 'discount-rate-from-year-11' must not overlap those of local.tsv line 9 (2010-04-01..), was 2011-04-01..",
        rejected(base
            + "discount-rate-from-year-11\t2010-04-01\t-\t3%\tGREEN_BOOK\tAnnex 6\t-\n"
            + "discount-rate-from-year-11\t2011-04-01\t-\t2.5%\tGREEN_BOOK\tAnnex 6\t-\n"));
    for (String key : List.of("discount-rate-from-year-1", "discount-rate-from-year-0", "discount-rate-from-year-031",
        "discount-rate-from-year-1001", "discount-rate-from-year-x", "discount-rate-from-year-")) {
      assertEquals(
          "local.tsv line 9, column 'key': must be one of discount-rate, optimism-bias-grade-1, optimism-bias-grade-2, optimism-bias-grade-3,"
              + " optimism-bias-grade-4, optimism-bias-grade-5, optimism-bias-grade-6, or discount-rate-from-year-N for a year N of 2–1000,"
              + " was '" + key + "'",
          rejected(base + key + "\t2010-04-01\t-\t3%\tGREEN_BOOK\tAnnex 6\t-\n"),
          key);
    }
  }

  @Test
  void aNewDatedRowChangesTheValueFromItsDate() {
    AppraisalParameters p =
        load(
            "discount-rate\t2010-04-01\t2014-03-31\t3.5%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n"
                + "discount-rate\t2014-04-01\t-\t3%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\tlocal sensitivity\n"
                + grades("2010-04-01"));
    assertEquals(Percentage.of("3.5"), p.valueOn(LocalDate.of(2014, 3, 31)).discountRate());
    assertEquals(Percentage.of(3), p.valueOn(LocalDate.of(2014, 4, 1)).discountRate());
    assertEquals(Percentage.of(40), p.valueOn(LocalDate.of(2014, 4, 1)).optimismBias(grade(6)));
  }

  @Test
  void aDayBeforeEveryRowHasNoValue() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> AppraisalParameters.standard().valueOn(LocalDate.of(2009, 1, 1)));
    assertEquals(
        "appraisal date must be within the dates of parameter 'discount-rate' [2010-04-01..], was 2009-01-01",
        e.getMessage());
  }

  @Test
  void rejectsAnUnknownKeyNamingFileAndLine() {
    assertEquals(
        "local.tsv line 2, column 'key': must be one of discount-rate, optimism-bias-grade-1,"
            + " optimism-bias-grade-2, optimism-bias-grade-3, optimism-bias-grade-4,"
            + " optimism-bias-grade-5, optimism-bias-grade-6, or discount-rate-from-year-N for a year N of 2–1000, was 'discount'",
        rejected("discount\t2010-04-01\t-\t3.5%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n" + grades("2010-04-01")));
  }

  @Test
  void rejectsOverlapsAndGapsNamingFileAndLines() {
    assertEquals(
        "local.tsv line 3: dates of 'discount-rate' must not overlap those of local.tsv line 2"
            + " (2010-04-01..2014-04-01), was 2014-04-01..",
        rejected(
            "discount-rate\t2010-04-01\t2014-04-01\t3.5%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n"
                + "discount-rate\t2014-04-01\t-\t3%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n"
                + grades("2010-04-01")));
    assertEquals(
        "local.tsv line 3: dates of 'discount-rate' must start the day after those of local.tsv"
            + " line 2 end (2014-04-01), was 2014-05-01.., leaving a gap",
        rejected(
            "discount-rate\t2010-04-01\t2014-03-31\t3.5%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n"
                + "discount-rate\t2014-05-01\t-\t3%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n"
                + grades("2010-04-01")));
    assertEquals(
        "local.tsv line 3: dates of 'discount-rate' must not overlap those of local.tsv line 2"
            + " (2010-04-01..), was 2011-04-01..",
        rejected(
            "discount-rate\t2010-04-01\t-\t3.5%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n"
                + "discount-rate\t2011-04-01\t-\t3%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n"
                + grades("2010-04-01")));
  }

  @Test
  void rejectsAMissingKeyAndBadCells() {
    assertEquals(
        "local.tsv: must give parameter 'discount-rate', was missing", rejected(grades("2010-04-01")));
    assertEquals(
        "local.tsv line 2, column 'value': must be a number followed by %, was '3.5'",
        rejected("discount-rate\t2010-04-01\t-\t3.5\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n" + grades("2010-04-01")));
    assertEquals(
        "local.tsv line 2: value must be within 0–100%, was 120% for appraisal parameter"
            + " discount-rate from 2010-04-01",
        rejected("discount-rate\t2010-04-01\t-\t120%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n" + grades("2010-04-01")));
    assertEquals(
        "local.tsv line 2, column 'until': must be on or after from, 2010-04-01, was '2009-04-01'",
        rejected("discount-rate\t2010-04-01\t2009-04-01\t3%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n" + grades("2010-04-01")));
    assertEquals(
        "local.tsv line 2, column 'from': must be a date like 2011-04-01, was '1 April'",
        rejected("discount-rate\t1 April\t-\t3%\tCOST_BENEFIT_GUIDANCE_2014\tdiscounting\t-\n" + grades("2010-04-01")));
  }

  @Test
  void buildsFromRowsInCode() {
    List<AppraisalParameter> rows = new ArrayList<>(AppraisalParameters.standard().parameters());
    AppraisalParameters same = AppraisalParameters.of(rows);
    assertEquals(AppraisalParameters.standard(), same);
    assertEquals(AppraisalParameters.standard().hashCode(), same.hashCode());
    rows.add(
        new AppraisalParameter(
            "discount-rate",
            DateRange.from(LocalDate.of(2015, 4, 1)),
            Percentage.of(3),
            PolicySource.costBenefitGuidance2014("discounting"),
            ""));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppraisalParameters.of(rows));
    assertEquals(
        "appraisal parameters must be complete, without gaps or overlaps, was appraisal parameter"
            + " discount-rate from 2015-04-01: dates of 'discount-rate' must not overlap those of"
            + " appraisal parameter discount-rate from 2010-04-01 (2010-04-01..), was 2015-04-01..",
        e.getMessage());
  }

  @Test
  void aParameterRejectsAnUnknownKey() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new AppraisalParameter(
                    "optimism-bias-grade-7",
                    DateRange.from(LocalDate.of(2010, 4, 1)),
                    Percentage.of(3),
                    PolicySource.costBenefitGuidance2014("discounting"),
                    ""));
    assertTrue(e.getMessage().startsWith("parameter key must be one of discount-rate, "), e.getMessage());
    assertEquals("optimism-bias-grade-2", AppraisalParameter.optimismBiasKey(grade(2)));
  }
}
