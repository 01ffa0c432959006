package org.communitybudgets.pool;

import static org.communitybudgets.pool.Fixtures.FY12;
import static org.communitybudgets.pool.Fixtures.FY13;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.junit.jupiter.api.Test;

class LocalFactTest {
  private static final HolderId YOT = HolderId.of("manchester-yot");
  private static final HolderId ESF = HolderId.of("gm-esf");
  private static final DateRange FROM_MARCH_2012 =
      DateRange.of(LocalDate.of(2012, 3, 12), LocalDate.of(2014, 3, 31));

  @Test
  void holdsWithinItsValidity() {
    LocalFact f =
        LocalFact.of(
            LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED,
            YOT,
            FROM_MARCH_2012,
            " YOT management board minutes 12 March 2012 ");
    assertEquals("YOT management board minutes 12 March 2012", f.evidence());
    assertEquals(Optional.empty(), f.share());
    assertFalse(f.holdsOn(LocalDate.of(2012, 3, 11)));
    assertTrue(f.holdsOn(LocalDate.of(2012, 3, 12)));
    assertTrue(f.holdsOn(LocalDate.of(2014, 3, 31)));
    assertFalse(f.holdsOn(LocalDate.of(2014, 4, 1)));
    assertTrue(f.holdsThroughout(FY12));
    assertTrue(f.holdsThroughout(FY13));
    assertFalse(f.holdsThroughout(FY12.previous()));
    assertEquals(
        "fact core youth justice services delivered about holder manchester-yot,"
            + " 2012-03-12..2014-03-31, evidence: YOT management board minutes 12 March 2012",
        f.toString());
  }

  @Test
  void anOpenEndedFactHoldsFromItsStartOn() {
    LocalFact f =
        LocalFact.of(
            LocalFactKind.HOLDER_CONSIDERS_APPROPRIATE,
            HolderId.of("gmp"),
            DateRange.from(LocalDate.of(2011, 4, 1)),
            "Chief Constable's letter");
    assertTrue(f.holdsOn(LocalDate.of(2030, 1, 1)));
    assertTrue(f.holdsThroughout(FY13));
  }

  @Test
  void aTargetedFactCarriesItsShare() {
    LocalFact f = LocalFact.targeted(ESF, FROM_MARCH_2012, Percentage.of(40), "ESF contract");
    assertEquals(LocalFactKind.TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS, f.kind());
    assertEquals(Optional.of(Percentage.of(40)), f.share());
    assertEquals(
        Percentage.ZERO,
        LocalFact.targeted(ESF, FROM_MARCH_2012, Percentage.ZERO, "x").share().get());
    assertEquals(
        Percentage.ONE_HUNDRED,
        LocalFact.targeted(ESF, FROM_MARCH_2012, Percentage.ONE_HUNDRED, "x").share().get());
  }

  @Test
  void aTargetedFactNeedsAShareWithinTheWhole() {
    InvalidValueException missing =
        assertThrows(
            InvalidValueException.class,
            () ->
                LocalFact.of(
                    LocalFactKind.TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS,
                    ESF,
                    FROM_MARCH_2012,
                    "ESF contract"));
    assertEquals(
        "share must be present for a fact of kind TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS,"
            + " was none for fact targeted on families with multiple problems about holder gm-esf",
        missing.getMessage());
    InvalidValueException over =
        assertThrows(
            InvalidValueException.class,
            () -> LocalFact.targeted(ESF, FROM_MARCH_2012, Percentage.of("100.01"), "ESF"));
    assertEquals(
        "share must be within 0–100%, was 100.01%"
            + " for fact targeted on families with multiple problems about holder gm-esf",
        over.getMessage());
    InvalidValueException under =
        assertThrows(
            InvalidValueException.class,
            () -> LocalFact.targeted(ESF, FROM_MARCH_2012, Percentage.of("-0.5"), "ESF"));
    assertEquals("share", under.field());
    assertEquals("-0.5%", under.value());
  }

  @Test
  void otherFactsCarryNoShare() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new LocalFact(
                    LocalFactKind.AGREED_LOCALLY,
                    YOT,
                    FROM_MARCH_2012,
                    Optional.of(Percentage.of(10)),
                    "minutes"));
    assertEquals(
        "share must be absent for a fact of kind AGREED_LOCALLY, was 10%"
            + " for fact agreed at local level about holder manchester-yot",
        e.getMessage());
  }

  @Test
  void needsEvidence() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> LocalFact.of(LocalFactKind.AGREED_LOCALLY, YOT, FROM_MARCH_2012, "  "));
    assertEquals(
        "evidence must be non-blank, was \"  \" for fact agreed at local level about holder manchester-yot",
        e.getMessage());
    assertEquals(
        "evidence is required for fact agreed at local level about holder manchester-yot",
        assertThrows(
                NullPointerException.class,
                () -> LocalFact.of(LocalFactKind.AGREED_LOCALLY, YOT, FROM_MARCH_2012, null))
            .getMessage());
  }

  @Test
  void requiresEveryComponent() {
    assertEquals(
        "fact kind is required",
        assertThrows(
                NullPointerException.class,
                () -> LocalFact.of(null, YOT, FROM_MARCH_2012, "minutes"))
            .getMessage());
    assertEquals(
        "holder is required for fact agreed at local level",
        assertThrows(
                NullPointerException.class,
                () -> LocalFact.of(LocalFactKind.AGREED_LOCALLY, null, FROM_MARCH_2012, "minutes"))
            .getMessage());
    assertEquals(
        "validity is required for fact agreed at local level about holder manchester-yot",
        assertThrows(
                NullPointerException.class,
                () -> LocalFact.of(LocalFactKind.AGREED_LOCALLY, YOT, null, "minutes"))
            .getMessage());
  }
}
