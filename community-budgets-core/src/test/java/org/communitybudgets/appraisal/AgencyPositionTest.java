package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.DWP;
import static org.communitybudgets.appraisal.Fixtures.Y0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.money.Money;
import org.junit.jupiter.api.Test;

class AgencyPositionTest {
  private static final Money ONE = Money.ofPounds(1);
  private static final Money MINUS = Money.ofPounds(-1);

  @Test
  void netIsFiscalBenefitLessCost() {
    AgencyPosition p = new AgencyPosition(DWP, Money.ofPounds(3), Money.ofPounds(5), ONE, ONE, ONE);
    assertEquals(Money.ofPounds(2), p.net());
    assertFalse(p.isNetInvestor());
  }

  @Test
  void rejectsNegativeFiguresAndCashableAboveFiscal() {
    assertEquals(
        "cost borne must be zero or more, was -£1.00 for position of DWP",
        assertThrows(InvalidValueException.class, () -> new AgencyPosition(DWP, MINUS, ONE, ONE, ONE, ONE))
            .getMessage());
    assertEquals(
        "cashable benefit must be at most the fiscal benefit £1.00, was £2.00 for position of DWP",
        assertThrows(
                InvalidValueException.class,
                () -> new AgencyPosition(DWP, ONE, ONE, Money.ofPounds(2), ONE, ONE))
            .getMessage());
    assertEquals(
        "social benefit must be zero or more, was -£1.00 for position of DWP",
        assertThrows(InvalidValueException.class, () -> new AgencyPosition(DWP, ONE, ONE, ONE, ONE, MINUS))
            .getMessage());
  }

  @Test
  void aYearRejectsAFactorAboveOne() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new AppraisalYear(
                    Y0, 0, new BigDecimal("1.1"), ONE, ONE, ONE, ONE, ONE, ONE, ONE, ONE));
    assertEquals(
        "discount factor must be above 0 and at most 1, was 1.1 for appraisal year 2012-13", e.getMessage());
    e =
        assertThrows(
            InvalidValueException.class,
            () -> new AppraisalYear(Y0, 0, BigDecimal.ONE, MINUS, ONE, ONE, ONE, ONE, ONE, ONE, ONE));
    assertEquals("costs must be zero or more, was -£1.00 for appraisal year 2012-13", e.getMessage());
  }
}
