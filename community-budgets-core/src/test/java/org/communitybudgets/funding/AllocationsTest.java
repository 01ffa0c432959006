package org.communitybudgets.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

class AllocationsTest {
  private static final FundingLineId YOT = FundingLineId.of("yot-grant");
  private static final FundingLineId EIG = FundingLineId.of("early-intervention-grant");
  private static final AreaId BIRMINGHAM = AreaId.of("birmingham");
  private static final AreaId KENT = AreaId.of("kent");
  private static final FinancialYear FY_2012 = FinancialYear.of(2012);
  private static final FinancialYear FY_2013 = FinancialYear.of(2013);

  private static final Allocation A = Allocation.of(YOT, BIRMINGHAM, FY_2012, Money.ofPounds(100));
  private static final Allocation B = Allocation.of(YOT, BIRMINGHAM, FY_2013, Money.ofPounds(200));
  private static final Allocation C = Allocation.of(EIG, KENT, FY_2012, Money.ofPounds(300));

  @Test
  void findsTheAmountOfEachKey() {
    Allocations all = Allocations.of(List.of(A, B, C));
    assertEquals(Optional.of(Money.ofPounds(100)), all.amountFor(YOT, BIRMINGHAM, FY_2012));
    assertEquals(Optional.of(Money.ofPounds(200)), all.amountFor(YOT, BIRMINGHAM, FY_2013));
    assertEquals(Optional.of(Money.ofPounds(300)), all.amountFor(EIG, KENT, FY_2012));
    assertEquals(Optional.empty(), all.amountFor(EIG, BIRMINGHAM, FY_2012));
    assertEquals(3, all.size());
    assertEquals(Money.ofPounds(600), all.total());
  }

  @Test
  void selectsAnArea() {
    Allocations all = Allocations.of(List.of(A, C, B));
    assertEquals(List.of(A, B), all.forArea(BIRMINGHAM).asList());
    assertEquals(List.of(C), all.forArea(KENT).stream().toList());
    assertTrue(all.forArea(AreaId.of("essex")).isEmpty());
  }

  @Test
  void keepsTheOrderGivenAndIgnoresItForEquality() {
    assertEquals(List.of(C, A, B), Allocations.of(List.of(C, A, B)).asList());
    assertEquals(Allocations.of(List.of(A, B, C)), Allocations.of(List.of(C, B, A)));
    assertEquals(
        Allocations.of(List.of(A, B, C)).hashCode(), Allocations.of(List.of(C, B, A)).hashCode());
    assertNotEquals(Allocations.of(List.of(A)), Allocations.of(List.of(B)));
  }

  @Test
  void emptyHasNothing() {
    assertTrue(Allocations.empty().isEmpty());
    assertEquals(Money.ZERO, Allocations.empty().total());
    assertEquals(Allocations.empty(), Allocations.of(List.of()));
    assertEquals("Allocations[]", Allocations.empty().toString());
  }

  @Test
  void rejectsTwoAllocationsForOneKey() {
    Allocation again = Allocation.of(YOT, BIRMINGHAM, FY_2012, Money.ofPounds(5));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Allocations.of(List.of(A, C, again)));
    assertEquals(
        "allocation (line, area, year) must be unique, was repeated [yot-grant, birmingham, 2012-13]",
        e.getMessage());
  }

  @Test
  void rejectsNulls() {
    assertEquals(
        "allocations is required",
        assertThrows(NullPointerException.class, () -> Allocations.of(null)).getMessage());
    assertEquals(
        "area is required",
        assertThrows(NullPointerException.class, () -> Allocations.empty().forArea(null)).getMessage());
  }
}
