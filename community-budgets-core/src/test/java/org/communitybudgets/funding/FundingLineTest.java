package org.communitybudgets.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

class FundingLineTest {
  private static final FundingLineId PCT = FundingLineId.of("pct-funding");

  private static FundingLine.Builder pct() {
    return FundingLine.builder(PCT)
        .name("Primary Care Trust funding")
        .department(Department.DH)
        .holderKind(HolderKind.PRIMARY_CARE_TRUST)
        .exists(DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2013, 3, 31)))
        .onMenu(true)
        .source(PolicySource.offer("menu, DH, row 1"))
        .menuText("suitable for pooling, where PCTs wish to contribute");
  }

  private static FundingLine publicHealth() {
    return FundingLine.builder(FundingLineId.of("public-health-grant"))
        .name("Public health grant")
        .department(Department.DH)
        .holderKind(HolderKind.COUNCIL)
        .ringFence(RingFence.to(Purpose.PUBLIC_HEALTH, PolicySource.offer("§3")))
        .exists(DateRange.from(LocalDate.of(2013, 4, 1)))
        .onMenu(true)
        .source(PolicySource.offer("menu, DH, row 2"))
        .menuText("Local Authorities for health improvement")
        .build();
  }

  @Test
  void builderAndConstructorAgree() {
    FundingLine line = pct().build();
    assertEquals(
        new FundingLine(
            PCT,
            "Primary Care Trust funding",
            Department.DH,
            HolderKind.PRIMARY_CARE_TRUST,
            Optional.empty(),
            DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2013, 3, 31)),
            true,
            PolicySource.offer("menu, DH, row 1"),
            "suitable for pooling, where PCTs wish to contribute",
            Optional.empty()),
        line);
    assertEquals(line, line.toBuilder().build());
    assertEquals(line.source(), line.lifeCitation(), "the menu row states the PCT line's dates");
    PolicySource report = new PolicySource(org.communitybudgets.source.PolicyDocument.POLICE_GRANT_REPORT_2013, "table 3");
    FundingLine dated = line.toBuilder().lifeSource(report).build();
    assertEquals(report, dated.lifeCitation());
    assertEquals(dated, dated.toBuilder().build());
    assertEquals("pct-funding (Primary Care Trust funding)", line.toString());
  }

  @Test
  void stripsNameAndMenuText() {
    FundingLine line = pct().name("  PCT funding ").menuText(" text  ").build();
    assertEquals("PCT funding", line.name());
    assertEquals("text", line.menuText());
  }

  @Test
  void existsOnItsDaysOnly() {
    FundingLine line = pct().build();
    assertFalse(line.existsOn(LocalDate.of(2011, 3, 31)));
    assertTrue(line.existsOn(LocalDate.of(2011, 4, 1)));
    assertTrue(line.existsOn(LocalDate.of(2013, 3, 31)));
    assertFalse(line.existsOn(LocalDate.of(2013, 4, 1)));
  }

  @Test
  void existsInAYearIfItExistsOnAnyDayOfIt() {
    FundingLine line = pct().build();
    assertFalse(line.existsIn(FinancialYear.of(2010)));
    assertTrue(line.existsIn(FinancialYear.of(2011)));
    assertTrue(line.existsIn(FinancialYear.of(2012)));
    assertFalse(line.existsIn(FinancialYear.of(2013)));
    FundingLine oneDay = pct().exists(DateRange.day(LocalDate.of(2015, 3, 31))).build();
    assertTrue(oneDay.existsIn(FinancialYear.of(2014)));
    assertFalse(oneDay.existsIn(FinancialYear.of(2015)));
    FundingLine open = publicHealth();
    assertFalse(open.existsIn(FinancialYear.of(2012)));
    assertTrue(open.existsIn(FinancialYear.of(2013)));
    assertTrue(open.existsIn(FinancialYear.of(2998)));
  }

  @Test
  void unRingFencedLinePermitsEveryPurpose() {
    FundingLine line = pct().build();
    assertFalse(line.isRingFenced());
    for (Purpose p : Purpose.values()) {
      assertTrue(line.permits(p), p::name);
    }
  }

  @Test
  void ringFencedLinePermitsOnlyItsPurposes() {
    FundingLine line = publicHealth();
    assertTrue(line.isRingFenced());
    assertTrue(line.permits(Purpose.PUBLIC_HEALTH));
    assertFalse(line.permits(Purpose.FAMILIES_WITH_MULTIPLE_PROBLEMS));
  }

  @Test
  void offMenuLineMayHaveNoMenuText() {
    FundingLine line = pct().onMenu(false).menuText("").build();
    assertEquals("", line.menuText());
    assertFalse(line.onMenu());
  }

  @Test
  void menuLineNeedsMenuText() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> pct().menuText("  ").build());
    assertEquals(
        "menu text must be non-blank for a line on the menu, was \"\" for funding line pct-funding",
        e.getMessage());
    assertEquals("menu text", e.field());
  }

  @Test
  void rejectsBlankName() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> pct().name(" ").build());
    assertEquals("name must be non-blank, was \" \" for funding line pct-funding", e.getMessage());
  }

  @Test
  void rejectsMissingFields() {
    assertEquals(
        "funding line id is required",
        assertThrows(NullPointerException.class, () -> FundingLine.builder(null).build()).getMessage());
    assertEquals(
        "name is required for funding line pct-funding",
        assertThrows(NullPointerException.class, () -> pct().name(null).build()).getMessage());
    assertEquals(
        "department is required for funding line pct-funding",
        assertThrows(NullPointerException.class, () -> pct().department(null).build()).getMessage());
    assertEquals(
        "holder kind is required for funding line pct-funding",
        assertThrows(NullPointerException.class, () -> pct().holderKind(null).build()).getMessage());
    assertEquals(
        "ring-fence is required for funding line pct-funding",
        assertThrows(
                NullPointerException.class,
                () -> pct().ringFence((Optional<RingFence>) null).build())
            .getMessage());
    assertEquals(
        "existence dates is required for funding line pct-funding",
        assertThrows(NullPointerException.class, () -> pct().exists(null).build()).getMessage());
    assertEquals(
        "source is required for funding line pct-funding",
        assertThrows(NullPointerException.class, () -> pct().source(null).build()).getMessage());
    assertEquals(
        "menu text is required for funding line pct-funding",
        assertThrows(NullPointerException.class, () -> pct().menuText(null).build()).getMessage());
  }
}
