package org.communitybudgets.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

class AllocationTest {
  private static final FundingLineId YOT = FundingLineId.of("yot-grant");
  private static final AreaId BIRMINGHAM = AreaId.of("birmingham");
  private static final FinancialYear FY_2012 = FinancialYear.of(2012);

  @Test
  void acceptsZeroAndMore() {
    assertEquals(Money.ZERO, Allocation.of(YOT, BIRMINGHAM, FY_2012, Money.ZERO).amount());
    Allocation a = Allocation.of(YOT, BIRMINGHAM, FY_2012, Money.ofPounds(1000));
    assertEquals("yot-grant, birmingham, 2012-13", a.key());
    assertEquals("yot-grant, birmingham, 2012-13: £1,000.00", a.toString());
  }

  @Test
  void rejectsNegativeAmount() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Allocation.of(YOT, BIRMINGHAM, FY_2012, Money.ofPence(-1)));
    assertEquals(
        "amount must be zero or more, was -£0.01 for allocation of yot-grant to birmingham in 2012-13",
        e.getMessage());
  }

  @Test
  void rejectsMissingFields() {
    assertEquals(
        "funding line is required",
        assertThrows(NullPointerException.class, () -> Allocation.of(null, BIRMINGHAM, FY_2012, Money.ZERO))
            .getMessage());
    assertEquals(
        "area is required",
        assertThrows(NullPointerException.class, () -> Allocation.of(YOT, null, FY_2012, Money.ZERO))
            .getMessage());
    assertEquals(
        "financial year is required",
        assertThrows(NullPointerException.class, () -> Allocation.of(YOT, BIRMINGHAM, null, Money.ZERO))
            .getMessage());
    assertEquals(
        "amount is required",
        assertThrows(NullPointerException.class, () -> Allocation.of(YOT, BIRMINGHAM, FY_2012, null))
            .getMessage());
  }
}
