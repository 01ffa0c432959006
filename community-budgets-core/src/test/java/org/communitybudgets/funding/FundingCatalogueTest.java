package org.communitybudgets.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

class FundingCatalogueTest {
  private static final String HEADER =
      "id\tname\tdepartment\tholder kind\tring-fence purposes\tring-fence source\texists from"
          + "\texists until\ton menu\tsource document\tsource location\tmenu text\n";
  private static final String GOOD_ROW =
      "local-line\tA local line\tDCLG\tCOUNCIL\t-\t-\t2012-04-01\t-\tno\tOFFER\t§8\t-\n";

  private static final FundingCatalogue STANDARD = FundingCatalogue.standard();

  private static FundingLine line(String id) {
    return STANDARD.require(FundingLineId.of(id));
  }

  private static void assertMenuLine(
      String id, Department department, HolderKind holder, String location, String wordsFromMenu) {
    FundingLine line = line(id);
    assertEquals(department, line.department(), id);
    assertEquals(holder, line.holderKind(), id);
    assertTrue(line.onMenu(), id);
    assertEquals(PolicySource.offer(location), line.source(), id);
    assertTrue(
        line.menuText().contains(wordsFromMenu), () -> id + " menu text: " + line.menuText());
  }

  @Test
  void standardIsLoadedOnceAndShared() {
    assertSame(STANDARD, FundingCatalogue.standard());
  }

  @Test
  void standardHoldsEveryDwpLineOfTheMenu() {
    assertMenuLine(
        "jcp-discretionary-funding",
        Department.DWP,
        HolderKind.JOBCENTRE_PLUS_DISTRICT,
        "menu, DWP, row 1",
        "where welfare to work objectives and priorities are improved by Community Budgets");
    assertMenuLine(
        "work-programme-funding",
        Department.DWP,
        HolderKind.WORK_PROGRAMME_PRIME_CONTRACTOR,
        "menu, DWP, row 2",
        "Prime contractors are free to pool and align Work Programme funding");
    assertMenuLine(
        "european-social-fund",
        Department.DWP,
        HolderKind.ESF_PROVIDER,
        "menu, DWP, row 3",
        "A proportion of the ESF provision to be targeted on families with multiple problems");
  }

  @Test
  void standardHoldsEveryHomeOfficeLineOfTheMenu() {
    assertMenuLine(
        "dip-main-grant",
        Department.HOME_OFFICE,
        HolderKind.DRUG_INTERVENTIONS_PROGRAMME_PARTNERSHIP,
        "menu, HO, row 1",
        "provided the management of drug misusing offenders from custody to sentence and"
            + " post-sentence is being delivered and reducing reoffending outcomes are improved");
    assertMenuLine(
        "police-force-funding",
        Department.HOME_OFFICE,
        HolderKind.POLICE_FORCE,
        "menu, HO, row 1 (related supporting activities)",
        "where they consider it appropriate");
    assertMenuLine(
        "pcc-community-safety-funding",
        Department.HOME_OFFICE,
        HolderKind.POLICE_AND_CRIME_COMMISSIONER,
        "menu, HO, row 2",
        "PCCs will be able to pool resources and funding with local partners");
    // PCCs took office on 22 November 2012, but the money reached them as the Community Safety Fund
    // from 2013-14 (Police Grant Report 2013/14, table 3): the line exists from 1 April 2013.
    assertFalse(line("pcc-community-safety-funding").existsIn(FinancialYear.of(2012)));
    assertFalse(line("pcc-community-safety-funding").existsOn(LocalDate.of(2013, 3, 31)));
    assertTrue(line("pcc-community-safety-funding").existsOn(LocalDate.of(2013, 4, 1)));
    // The DIP main grant went into that fund: it ends with 2012-13.
    assertTrue(line("dip-main-grant").existsIn(FinancialYear.of(2012)));
    assertFalse(line("dip-main-grant").existsIn(FinancialYear.of(2013)));
  }

  @Test
  void standardHoldsEveryJusticeLineOfTheMenu() {
    assertMenuLine(
        "yot-grant",
        Department.MOJ,
        HolderKind.YOUTH_OFFENDING_TEAM,
        "menu, MoJ, row 1",
        "provided core youth justice services are being delivered");
    assertMenuLine(
        "probation-interventions-funding",
        Department.MOJ,
        HolderKind.PROBATION_TRUST,
        "menu, MoJ, row 2",
        "pooled or aligned as agreed at local level");
    assertMenuLine(
        "noms-interventions-funding",
        Department.MOJ,
        HolderKind.NOMS,
        "menu, MoJ, row 2",
        "pooled or aligned as agreed at local level");
  }

  @Test
  void standardHoldsEveryHealthLineOfTheMenuWithItsDates() {
    assertMenuLine(
        "pct-funding",
        Department.DH,
        HolderKind.PRIMARY_CARE_TRUST,
        "menu, DH, row 1",
        "where PCTs wish to contribute, in 2011-12 and 2012-13");
    assertEquals(
        DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2013, 3, 31)), line("pct-funding").exists());
    assertMenuLine(
        "ccg-nhs-funding",
        Department.DH,
        HolderKind.CLINICAL_COMMISSIONING_GROUP,
        "menu, DH, row 2",
        "joint commissioning");
    assertMenuLine(
        "public-health-grant",
        Department.DH,
        HolderKind.COUNCIL,
        "menu, DH, row 2; §3",
        "Local Authorities for health improvement");
    assertMenuLine(
        "social-care-funding",
        Department.DH,
        HolderKind.COUNCIL,
        "menu, DH, row 2",
        "Local Authorities for social care");
    assertMenuLine(
        "nhs-cb-specialised-services",
        Department.DH,
        HolderKind.NHS_COMMISSIONING_BOARD,
        "menu, DH, row 2",
        "the NHS Commissioning Board for some specialised services");
    assertMenuLine(
        "earmarked-drugs-money",
        Department.DH,
        HolderKind.DRUG_AND_ALCOHOL_TREATMENT_PARTNERSHIP,
        "menu, DH, row 2 (related supporting activities)",
        "ear-marked drugs money along with other pooled funds");
    assertEquals(DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2013, 3, 31)), line("earmarked-drugs-money").exists());
    for (String id : List.of("ccg-nhs-funding", "nhs-cb-specialised-services", "public-health-grant", "social-care-funding")) {
      assertEquals(DateRange.from(LocalDate.of(2013, 4, 1)), line(id).exists(), id);
    }
    assertEquals(
        Optional.of(RingFence.to(Purpose.PUBLIC_HEALTH, PolicySource.offer("§3"))),
        line("public-health-grant").ringFence());
  }

  @Test
  void standardHoldsEveryEducationLineOfTheMenu() {
    assertMenuLine(
        "early-intervention-grant",
        Department.DFE,
        HolderKind.COUNCIL,
        "menu, DfE, row 1; §3",
        "passed to councils in un-ring fenced form");
    assertFalse(line("early-intervention-grant").isRingFenced());
    assertEquals(DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2013, 3, 31)), line("early-intervention-grant").exists(),
        "the grant ceased in its current form from 2013");
    FundingLine schools = line("simplified-school-grants");
    assertEquals(Department.DFE, schools.department());
    assertEquals(HolderKind.COUNCIL, schools.holderKind(), "Offer §3: ring-fenced grants for councils");
    assertFalse(schools.onMenu(), "the annex names only the Early Intervention Grant for DfE");
    assertEquals(PolicySource.offer("§3"), schools.source());
    assertEquals(
        Optional.of(RingFence.to(Purpose.SCHOOLS, PolicySource.offer("§3"))),
        line("simplified-school-grants").ringFence());
  }

  @Test
  void onlyTheSchoolAndPublicHealthGrantsAreRingFenced() {
    // Offer §3: all revenue grants un-ring-fenced from 2011-12 except these two.
    assertEquals(
        Set.of(FundingLineId.of("public-health-grant"), FundingLineId.of("simplified-school-grants")),
        Set.copyOf(
            STANDARD.lines().stream().filter(FundingLine::isRingFenced).map(FundingLine::id).toList()));
  }

  @Test
  void standardHasTwoOffMenuLines() {
    FundingLine tf = line("troubled-families-pbr");
    assertFalse(tf.onMenu());
    assertEquals("", tf.menuText());
    assertEquals(Department.DCLG, tf.department());
    assertEquals(PolicyDocument.EVIDENCE_CB00, tf.source().document());
    assertEquals(LocalDate.of(2012, 4, 1), tf.exists().start());
    assertTrue(tf.existsIn(FinancialYear.of(2020)), "extended into 2020-21 by the Spending Round 2019");
    assertFalse(tf.existsIn(FinancialYear.of(2021)));
    assertEquals(18, STANDARD.size());
    assertEquals(16, STANDARD.menuLines().size());
    assertFalse(line("simplified-school-grants").onMenu());
    assertEquals(List.of(tf), STANDARD.byDepartment(Department.DCLG));
  }

  /**
   * The Work Programme was rolled out nationally in June 2011 (HC 718) and took its last referrals
   * on 31 March 2017, each staying up to 104 weeks: its line runs to 31 March 2019 (assumed).
   */
  @Test
  void theWorkProgrammeRunsFromJune2011ToThe2018To19FinancialYear() {
    FundingLine wp = line("work-programme-funding");
    assertEquals(DateRange.of(LocalDate.of(2011, 6, 1), LocalDate.of(2019, 3, 31)), wp.exists());
    assertTrue(wp.existsIn(FinancialYear.of(2011)), "from June in 2011-12");
    assertTrue(wp.existsIn(FinancialYear.of(2018)));
    assertFalse(wp.existsIn(FinancialYear.of(2019)));
    assertFalse(wp.existsIn(FinancialYear.of(2010)));
  }

  @Test
  void linesWithoutAStatedStartStartWithTheSpendingReviewPeriod() {
    for (String id :
        List.of(
            "jcp-discretionary-funding",
            "european-social-fund",
            "police-force-funding",
            "yot-grant",
            "noms-interventions-funding")) {
      assertEquals(DateRange.from(LocalDate.of(2011, 4, 1)), line(id).exists(), id);
    }
  }

  @Test
  void theProbationTrustsLineEndsTheDayBeforeTheTrustsWereDissolved() {
    // Probation Chiefs Association 2014: "From today, 1 June 2014, the 35 Probation Trusts ... will
    // be succeeded by 21 Community rehabilitation Companies (CRCs) and a National Probation Service".
    FundingLine probation = line("probation-interventions-funding");
    assertEquals(DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2014, 5, 31)), probation.exists());
    assertTrue(probation.existsOn(LocalDate.of(2014, 5, 31)));
    assertFalse(probation.existsOn(LocalDate.of(2014, 6, 1)));
    assertTrue(probation.existsIn(FinancialYear.of(2014)), "two months of 2014-15");
    assertFalse(probation.existsIn(FinancialYear.of(2015)));
    assertTrue(line("noms-interventions-funding").existsIn(FinancialYear.of(2015)), "NOMS's own line goes on");
  }

  @Test
  void groupsByDepartmentInFileOrder() {
    assertEquals(
        List.of("jcp-discretionary-funding", "work-programme-funding", "european-social-fund"),
        STANDARD.byDepartment(Department.DWP).stream().map(l -> l.id().value()).toList());
    assertEquals(3, STANDARD.byDepartment(Department.MOJ).size());
    assertEquals(6, STANDARD.byDepartment(Department.DH).size());
  }

  @Test
  void requireNamesAMissingId() {
    assertEquals(Optional.empty(), STANDARD.line(FundingLineId.of("no-such-line")));
    NoSuchElementException e =
        assertThrows(
            NoSuchElementException.class, () -> STANDARD.require(FundingLineId.of("no-such-line")));
    assertEquals("no funding line 'no-such-line' in the catalogue", e.getMessage());
  }

  @Test
  void ofRejectsRepeatedIds() {
    FundingLine yot = line("yot-grant");
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> FundingCatalogue.of(List.of(yot, yot)));
    assertEquals("funding line id must be unique, was repeated [yot-grant]", e.getMessage());
  }

  @Test
  void loadsALocalTableAndAddsItToTheStandard() {
    FundingCatalogue local =
        FundingCatalogue.load(new StringReader("# local lines\n\n" + HEADER + GOOD_ROW), "local.tsv");
    FundingLine expected =
        FundingLine.builder(FundingLineId.of("local-line"))
            .name("A local line")
            .department(Department.DCLG)
            .holderKind(HolderKind.COUNCIL)
            .exists(DateRange.from(LocalDate.of(2012, 4, 1)))
            .source(PolicySource.offer("§8"))
            .build();
    assertEquals(List.of(expected), local.lines());
    FundingCatalogue both = STANDARD.plus(local);
    assertEquals(19, both.size());
    assertEquals(both, STANDARD.withLinesFrom(new StringReader(HEADER + GOOD_ROW), "local.tsv"));
    assertEquals(FundingCatalogue.of(both.lines()), both);
    assertEquals(FundingCatalogue.empty(), FundingCatalogue.load(new StringReader(HEADER), "x.tsv"));
  }

  @Test
  void readsRingFencesFromTheTable() {
    String row =
        "fenced\tFenced\tDH\tCOUNCIL\tPUBLIC_HEALTH, DRUG_AND_ALCOHOL\tOFFER §3\t2013-04-01"
            + "\t2015-03-31\tyes\tOFFER\tmenu, DH, row 2\tSome words\n";
    FundingLine line = FundingCatalogue.load(new StringReader(HEADER + row), "x.tsv").lines().get(0);
    assertEquals(
        Optional.of(
            RingFence.of(List.of(Purpose.PUBLIC_HEALTH, Purpose.DRUG_AND_ALCOHOL), PolicySource.offer("§3"))),
        line.ringFence());
    assertEquals(DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2015, 3, 31)), line.exists());
    assertTrue(line.onMenu());
    assertEquals("Some words", line.menuText());
  }

  private static String loadError(String rows) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> FundingCatalogue.load(new StringReader(HEADER + rows), "local.tsv"))
        .getMessage();
  }

  private static String withCell(int column, String value) {
    String[] cells = GOOD_ROW.strip().split("\t", -1);
    cells[column] = value;
    return String.join("\t", cells) + "\n";
  }

  @Test
  void loaderNamesTheLineAndColumnOfABadCell() {
    assertEquals(
        "local.tsv line 2, column 'department': must be one of DWP, HOME_OFFICE, MOJ, DH, DFE,"
            + " DCLG, was 'DWQ'",
        loadError(withCell(2, "DWQ")));
    assertEquals(
        "local.tsv line 2, column 'id': must be lower-case words or digits joined by hyphens, was 'Local Line'",
        loadError(withCell(0, "Local Line")));
    assertEquals(
        "local.tsv line 2, column 'name': must be given, was '-'", loadError(withCell(1, "-")));
    assertEquals(
        "local.tsv line 2, column 'exists from': must be a date like 2011-04-01, was '2012-13-01'",
        loadError(withCell(6, "2012-13-01")));
    assertEquals(
        "local.tsv line 2, column 'exists until': must be on or after exists from, 2012-04-01,"
            + " was '2012-03-31'",
        loadError(withCell(7, "2012-03-31")));
    assertEquals(
        "local.tsv line 2, column 'on menu': must be yes or no, was 'maybe'",
        loadError(withCell(8, "maybe")));
    assertEquals(
        "local.tsv line 2, column 'source document': must be one of OFFER, EVIDENCE_CB00,"
            + " LGA_UPDATE, TROUBLED_FAMILIES_FRAMEWORK_2012, TROUBLED_FAMILIES_FRAMEWORK_2015, BUDGET_2014, SPENDING_ROUND_2019, NAO_FAMILIES_2013, DFE_ABSENCE_GUIDE_2016,"
            + " COST_BENEFIT_GUIDANCE_2014, GREEN_BOOK, EDUCATION_ACT_1996, WPC_HC_549, POLICE_GRANT_REPORT_2013, CYP_NOW_EIG, PCA_2014, WPC_HC_718, was 'Offer'",
        loadError(withCell(9, "Offer")));
    assertEquals(
        "local.tsv line 2, column 'ring-fence source': must be given exactly when ring-fence"
            + " purposes are, was '-'",
        loadError(withCell(4, "SCHOOLS")));
    assertEquals(
        "local.tsv line 2, column 'ring-fence source': must be a document constant, a space and a"
            + " location, like OFFER §3, was 'Offer §3'",
        loadError(withCell(4, "SCHOOLS").replace("\t-\t2012", "\tOffer §3\t2012")));
    assertEquals(
        "local.tsv line 2, column 'ring-fence purposes': must be one of FAMILIES_WITH_MULTIPLE_PROBLEMS,"
            + " EARLY_INTERVENTION, SCHOOLS, PUBLIC_HEALTH, HEALTH_CARE, MENTAL_HEALTH,"
            + " DRUG_AND_ALCOHOL, SOCIAL_CARE, OLDER_PEOPLE, YOUTH_JUSTICE, REDUCING_REOFFENDING,"
            + " COMMUNITY_SAFETY, WORK_AND_SKILLS, HOUSING, NEIGHBOURHOOD_SERVICES, was 'SCHOOL'",
        loadError(withCell(4, "SCHOOL")));
  }

  @Test
  void loaderNamesTheLineOfABadRow() {
    assertEquals(
        "local.tsv line 2: menu text must be non-blank for a line on the menu, was \"\" for"
            + " funding line local-line",
        loadError(withCell(8, "yes")));
    assertEquals(
        "local.tsv line 2: must have 12 tab-separated columns, was 11",
        loadError(GOOD_ROW.replace("\t-\n", "\n")));
    assertEquals(
        "local.tsv line 3, column 'id': must be unique (also on line 2), was 'local-line'",
        loadError(GOOD_ROW + GOOD_ROW));
    String yot = withCell(0, "yot-grant");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> STANDARD.withLinesFrom(new StringReader(HEADER + yot), "local.tsv"));
    assertEquals(
        "local.tsv line 2, column 'id': must be unique (already in the catalogue), was 'yot-grant'",
        e.getMessage());
  }

  @Test
  void loaderChecksTheHeader() {
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class,
            () -> FundingCatalogue.load(new StringReader("# c\nid\tname\n"), "local.tsv"));
    assertEquals(
        "local.tsv line 2: header must be '" + FundingCatalogue.HEADER_TEXT
            + "' (tab-separated), was 'id, name'",
        wrong.getMessage());
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> FundingCatalogue.load(new StringReader("# only a comment\n"), "local.tsv"));
    assertEquals(
        "local.tsv: must have a header row '" + FundingCatalogue.HEADER_TEXT + "', was none",
        none.getMessage());
  }

  @Test
  void aTableMayGiveWhereALinesDatesAreStated() {
    String header = HEADER.replace("\tmenu text\n", "\tmenu text\tlife source\n");
    String row = GOOD_ROW.replace("\n", "") + "\tPOLICE_GRANT_REPORT_2013 table 3\n";
    FundingLine line = FundingCatalogue.load(new StringReader(header + row), "local.tsv").lines().get(0);
    assertEquals(Optional.of(new PolicySource(PolicyDocument.POLICE_GRANT_REPORT_2013, "table 3")), line.lifeSource());
    assertEquals(Optional.empty(), FundingCatalogue.load(new StringReader(HEADER + GOOD_ROW), "local.tsv").lines().get(0).lifeSource(),
        "a table without the column has none");
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> FundingCatalogue.load(new StringReader(header + GOOD_ROW.replace("\n", "") + "\tPoliceGrant\n"), "local.tsv"));
    assertTrue(bad.getMessage().startsWith("local.tsv line 2, column 'life source': "), bad.getMessage());
  }

  @Test
  void theStandardLinesWhoseMenuRowStatesNoDatesCiteWhereTheirDatesAreStated() {
    assertEquals(PolicyDocument.POLICE_GRANT_REPORT_2013, STANDARD.require(FundingLineId.of("dip-main-grant")).lifeCitation().document());
    assertEquals(PolicyDocument.POLICE_GRANT_REPORT_2013, STANDARD.require(FundingLineId.of("pcc-community-safety-funding")).lifeCitation().document());
    assertEquals(PolicyDocument.PCA_2014, STANDARD.require(FundingLineId.of("probation-interventions-funding")).lifeCitation().document());
    assertEquals(PolicyDocument.WPC_HC_718, STANDARD.require(FundingLineId.of("work-programme-funding")).lifeCitation().document());
    assertEquals(PolicyDocument.CYP_NOW_EIG, STANDARD.require(FundingLineId.of("early-intervention-grant")).lifeCitation().document());
    assertEquals(PolicyDocument.NAO_FAMILIES_2013, STANDARD.require(FundingLineId.of("troubled-families-pbr")).lifeCitation().document());
    assertEquals(STANDARD.require(FundingLineId.of("pct-funding")).source(), STANDARD.require(FundingLineId.of("pct-funding")).lifeCitation(),
        "the menu row states the PCT line's dates");
  }
}
