package org.communitybudgets.pool;

import static org.communitybudgets.pool.Fixtures.COUNCIL;
import static org.communitybudgets.pool.Fixtures.DWP;
import static org.communitybudgets.pool.Fixtures.MOJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.junit.jupiter.api.Test;

class SavingsSharingTermsTest {

  private static Map<Party, Percentage> shares(Object... partyThenPercent) {
    Map<Party, Percentage> map = new LinkedHashMap<>();
    for (int i = 0; i < partyThenPercent.length; i += 2) {
      map.put((Party) partyThenPercent[i], Percentage.of((String) partyThenPercent[i + 1]));
    }
    return map;
  }

  @Test
  void holdsSharesSummingToTheWhole() {
    SavingsSharingTerms t =
        new SavingsSharingTerms(
            SharingBasis.PROPORTIONATE_TO_INVESTMENT,
            shares(COUNCIL, "60", DWP, "30", MOJ, "10"),
            " Shared by investment ");
    assertEquals(Optional.of(Percentage.of(60)), t.shareOf(COUNCIL));
    assertEquals(Optional.empty(), t.shareOf(Fixtures.YOT));
    assertEquals(List.of(COUNCIL, DWP, MOJ), List.copyOf(t.parties()));
    assertEquals("Shared by investment", t.description());
  }

  @Test
  void oneShareOfTheWholeIsEnough() {
    SavingsSharingTerms t = SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, shares(DWP, "100"));
    assertEquals("", t.description());
  }

  @Test
  void dividesSavingsToThePenny() {
    SavingsSharingTerms t =
        SavingsSharingTerms.of(
            SharingBasis.FIXED_SHARES,
            shares(COUNCIL, "33.33", DWP, "33.33", MOJ, "33.34"));
    Map<Party, Money> parts = t.divide(Money.ofPounds(100));
    assertEquals(Money.of("33.33"), parts.get(COUNCIL));
    assertEquals(Money.of("33.33"), parts.get(DWP));
    assertEquals(Money.of("33.34"), parts.get(MOJ));
    Map<Party, Money> odd = t.divide(Money.ofPence(1));
    assertEquals(Money.ofPence(1), Money.sum(odd.values()));
    SavingsSharingTerms half =
        SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, shares(COUNCIL, "50", DWP, "50"));
    assertEquals(Money.ofPounds(5), half.divide(Money.ofPounds(10)).get(DWP));
  }

  @Test
  void sharesMustSumToExactlyOneHundredPercent() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                SavingsSharingTerms.of(
                    SharingBasis.FIXED_SHARES, shares(COUNCIL, "60", DWP, "39.99")));
    assertEquals(
        "shares must be summing to exactly 100%, was a sum of 99.99% for savings-sharing terms",
        e.getMessage());
    assertEquals("shares", e.field());
    InvalidValueException over =
        assertThrows(
            InvalidValueException.class,
            () -> SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, shares(COUNCIL, "60", DWP, "41")));
    assertEquals("a sum of 101%", over.value());
  }

  @Test
  void eachShareIsWithinTheWhole() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                SavingsSharingTerms.of(
                    SharingBasis.FIXED_SHARES, shares(COUNCIL, "120", DWP, "-20")));
    assertEquals(
        "share of Manchester City Council must be within 0–100%, was 120% for savings-sharing terms",
        e.getMessage());
  }

  @Test
  void needsAtLeastOneParty() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, Map.of()));
    assertEquals(
        "shares must be given for at least one party, was none for savings-sharing terms",
        e.getMessage());
  }

  @Test
  void requiresEveryComponent() {
    assertEquals(
        "sharing basis is required for savings-sharing terms",
        assertThrows(
                NullPointerException.class,
                () -> SavingsSharingTerms.of(null, shares(DWP, "100")))
            .getMessage());
    assertEquals(
        "description is required for savings-sharing terms",
        assertThrows(
                NullPointerException.class,
                () -> new SavingsSharingTerms(SharingBasis.FIXED_SHARES, shares(DWP, "100"), null))
            .getMessage());
  }

  @Test
  void sharesCannotBeChangedAfterwards() {
    SavingsSharingTerms t = SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, shares(DWP, "100"));
    assertThrows(UnsupportedOperationException.class, () -> t.shares().put(MOJ, Percentage.ZERO));
  }
}
