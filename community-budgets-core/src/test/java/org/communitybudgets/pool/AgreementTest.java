package org.communitybudgets.pool;

import static org.communitybudgets.pool.Fixtures.COUNCIL;
import static org.communitybudgets.pool.Fixtures.DWP;
import static org.communitybudgets.pool.Fixtures.FY11;
import static org.communitybudgets.pool.Fixtures.FY14;
import static org.communitybudgets.pool.Fixtures.FY15;
import static org.communitybudgets.pool.Fixtures.MOJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SpendingReviewPeriod;
import org.junit.jupiter.api.Test;

class AgreementTest {

  @Test
  void holdsItsTerms() {
    Agreement a = Fixtures.mou().build();
    assertEquals("Greater Manchester Community Budget MOU", a.title());
    assertEquals(List.of(COUNCIL, DWP), a.parties());
    assertEquals(List.of("Families with multiple problems"), a.priorities());
    assertTrue(a.savingsSharing().isEmpty());
    assertEquals(FY11.through(FY14), a.years());
    assertEquals(DateRange.of(LocalDate.of(2011, 4, 1), LocalDate.of(2015, 3, 31)), a.dates());
    assertTrue(a.hasParty(DWP));
    assertTrue(a.hasParty(COUNCIL));
    assertFalse(a.hasParty(MOJ));
  }

  @Test
  void coversItsYearsAndNoOthers() {
    Agreement a = Fixtures.mou().build();
    assertFalse(a.covers(FY11.previous()));
    assertTrue(a.covers(FY11));
    assertTrue(a.covers(FY14));
    assertFalse(a.covers(FY15));
    assertTrue(a.covers(SpendingReviewPeriod.SR2010));
    assertFalse(a.covers(SpendingReviewPeriod.SPENDING_ROUND_2013));
    Agreement shorter = Fixtures.mou().years(FY11, FY14.previous()).build();
    assertFalse(shorter.covers(SpendingReviewPeriod.SR2010));
    Agreement later = Fixtures.mou().years(FY11.next(), FY15).build();
    assertFalse(later.covers(SpendingReviewPeriod.SR2010));
    assertTrue(Fixtures.mou().covering(SpendingReviewPeriod.SR2010).build().covers(SpendingReviewPeriod.SR2010));
  }

  @Test
  void isInForceFromSigningWithinItsYears() {
    Agreement a = Fixtures.mou().build();
    assertFalse(a.isInForceOn(LocalDate.of(2011, 6, 14)));
    assertTrue(a.isInForceOn(LocalDate.of(2011, 6, 15)));
    assertTrue(a.isInForceOn(LocalDate.of(2015, 3, 31)));
    assertFalse(a.isInForceOn(LocalDate.of(2015, 4, 1)));
    Agreement early = Fixtures.mou().signedOn(LocalDate.of(2010, 12, 1)).build();
    assertFalse(early.isInForceOn(LocalDate.of(2011, 3, 31)));
    assertTrue(early.isInForceOn(LocalDate.of(2011, 4, 1)));
  }

  @Test
  void needsTwoDistinctParties() {
    InvalidValueException one =
        assertThrows(
            InvalidValueException.class,
            () ->
                Agreement.builder(AgreementId.of("a-1"), "MOU")
                    .party(DWP)
                    .years(FY11, FY14)
                    .signedOn(LocalDate.of(2011, 1, 1))
                    .build());
    assertEquals("parties must be at least two, was [DWP] for agreement a-1", one.getMessage());
    InvalidValueException repeated =
        assertThrows(InvalidValueException.class, () -> Fixtures.mou().party(DWP).build());
    assertEquals("parties must be unique, was repeated [DWP] for agreement gm-mou", repeated.getMessage());
  }

  @Test
  void theLastYearIsNotBeforeTheFirst() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Fixtures.mou().years(FY14, FY11).build());
    assertEquals(
        "last year must be not before the first year 2014-15, was 2011-12 for agreement gm-mou",
        e.getMessage());
    assertEquals(List.of(FY14), Fixtures.mou().years(FY14, FY14).build().years());
  }

  @Test
  void isSignedNoLaterThanTheEndOfItsLastYear() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Fixtures.mou().years(FY11, FY11).signedOn(LocalDate.of(2090, 1, 1)).build());
    assertEquals(
        "signing date must be no later than the end of its last year 2011-12 (2012-03-31), was 2090-01-01 for agreement gm-mou",
        e.getMessage());
    Fixtures.mou().years(FY11, FY11).signedOn(LocalDate.of(2012, 3, 31)).build();
  }

  @Test
  void needsATitleAndNonBlankPriorities() {
    InvalidValueException title =
        assertThrows(
            InvalidValueException.class,
            () -> Agreement.builder(AgreementId.of("a-1"), "").party(DWP).party(MOJ).build());
    assertEquals("title must be non-blank, was \"\" for agreement a-1", title.getMessage());
    InvalidValueException priority =
        assertThrows(InvalidValueException.class, () -> Fixtures.mou().priority(" ").build());
    assertEquals("priority must be non-blank, was \" \" for agreement gm-mou", priority.getMessage());
  }

  @Test
  void requiresItsYearsAndSigningDate() {
    assertEquals(
        "first year is required for agreement a-1",
        assertThrows(
                NullPointerException.class,
                () ->
                    Agreement.builder(AgreementId.of("a-1"), "MOU")
                        .party(DWP)
                        .party(MOJ)
                        .signedOn(LocalDate.of(2011, 1, 1))
                        .build())
            .getMessage());
    assertEquals(
        "signing date is required for agreement a-1",
        assertThrows(
                NullPointerException.class,
                () ->
                    Agreement.builder(AgreementId.of("a-1"), "MOU")
                        .party(DWP)
                        .party(MOJ)
                        .years(FY11, FY14)
                        .build())
            .getMessage());
  }

  @Test
  void savingsAreSharedOnlyBetweenItsParties() {
    SavingsSharingTerms between =
        SavingsSharingTerms.of(
            SharingBasis.BY_CASHABLE_BENEFIT,
            Map.of(COUNCIL, Percentage.of(70), DWP, Percentage.of(30)));
    assertEquals(between, Fixtures.mou().savingsSharing(between).build().savingsSharing().get());
    SavingsSharingTerms withMoj =
        SavingsSharingTerms.of(
            SharingBasis.BY_CASHABLE_BENEFIT,
            Map.of(COUNCIL, Percentage.of(70), MOJ, Percentage.of(30)));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> Fixtures.mou().savingsSharing(withMoj).build());
    assertEquals(
        "party sharing savings must be a party to the agreement, was MoJ for agreement gm-mou",
        e.getMessage());
  }

  @Test
  void toBuilderRebuildsAnEqualAgreement() {
    Agreement a =
        Fixtures.mou()
            .savingsSharing(
                SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, Map.of(DWP, Percentage.of(100))))
            .build();
    assertEquals(a, a.toBuilder().build());
    assertEquals(
        FinancialYear.of(2012), a.toBuilder().years(FinancialYear.of(2012), FY14).build().firstYear());
  }

  @Test
  void listsCannotBeChangedAfterwards() {
    Agreement a = Fixtures.mou().build();
    assertThrows(UnsupportedOperationException.class, () -> a.parties().add(MOJ));
    assertThrows(UnsupportedOperationException.class, () -> a.priorities().add("x"));
  }
}
