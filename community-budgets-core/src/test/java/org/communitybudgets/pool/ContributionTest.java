package org.communitybudgets.pool;

import static org.communitybudgets.pool.Fixtures.FY11;
import static org.communitybudgets.pool.Fixtures.FY12;
import static org.communitybudgets.pool.Fixtures.FY13;
import static org.communitybudgets.pool.Fixtures.FY14;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.funding.Purpose;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;
import org.junit.jupiter.api.Test;

class ContributionTest {

  private static InvalidValueException invalid(Contribution.Builder b) {
    return assertThrows(InvalidValueException.class, b::build);
  }

  @Test
  void sumsAndReadsItsAmountsByYear() {
    Contribution c = Fixtures.yotGrant().earmark(Purpose.YOUTH_JUSTICE).build();
    assertEquals(Money.ofPounds(250_000), c.amountIn(FY12));
    assertEquals(Money.ofPounds(300_000), c.amountIn(FY13));
    assertEquals(Money.ZERO, c.amountIn(FY11));
    assertEquals(Money.ZERO, c.amountIn(FY14));
    assertEquals(Money.ofPounds(550_000), c.total());
    assertEquals(List.of(FY12, FY13), c.years());
    assertFalse(c.isInKind());
    assertEquals(Optional.of(Purpose.YOUTH_JUSTICE), c.earmark());
    assertEquals(Optional.empty(), c.inKind());
    assertEquals("", c.description());
  }

  @Test
  void keepsItsYearsInOrderWhateverOrderTheyCameIn() {
    Map<FinancialYear, Money> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.put(FY14, Money.ofPounds(1));
    reversed.put(FY11, Money.ofPounds(2));
    Contribution c =
        new Contribution(
            ContributionId.of("c-1"),
            FundingLineId.of("eig"),
            HolderId.of("manchester"),
            ContributionMode.ALIGNED,
            Optional.empty(),
            new TreeMap<>(reversed),
            Optional.empty(),
            " text ");
    assertEquals(List.of(FY11, FY14), c.years());
    assertEquals(FY11, c.amounts().firstKey());
    assertEquals("text", c.description());
  }

  @Test
  void theAmountsCannotBeChangedAfterwards() {
    Contribution c = Fixtures.yotGrant().build();
    assertThrows(
        UnsupportedOperationException.class, () -> c.amounts().put(FY14, Money.ofPounds(1)));
  }

  @Test
  void anInKindContributionCarriesItsKindAndMayBeWorthNothing() {
    Contribution c = Fixtures.jcpCaseWorkers().amount(FY12, Money.ZERO).build();
    assertTrue(c.isInKind());
    assertEquals(Optional.of(InKindKind.STAFF), c.inKind());
    assertEquals(Money.ZERO, c.total());
    assertEquals("Two seconded case workers", c.description());
  }

  @Test
  void anInKindContributionNeedsItsKind() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Contribution(
                    ContributionId.of("jcp-staff"),
                    FundingLineId.of("jcp"),
                    HolderId.of("gm-jcp"),
                    ContributionMode.IN_KIND,
                    Optional.empty(),
                    new TreeMap<>(Map.of(FY12, Money.ofPounds(1))),
                    Optional.empty(),
                    ""));
    assertEquals(
        "in-kind kind must be present for an in-kind contribution, was none for contribution jcp-staff",
        e.getMessage());
    assertEquals("in-kind kind", e.field());
  }

  @Test
  void aMoneyContributionHasNoInKindKind() {
    InvalidValueException e = invalid(Fixtures.yotGrant().inKind(InKindKind.ASSETS));
    assertEquals(
        "in-kind kind must be absent for a locally pooled contribution, was assets for contribution yot-grant",
        e.getMessage());
  }

  @Test
  void needsAtLeastOneYear() {
    InvalidValueException e =
        invalid(
            Contribution.builder(
                ContributionId.of("c-1"),
                FundingLineId.of("eig"),
                HolderId.of("manchester"),
                ContributionMode.ALIGNED));
    assertEquals(
        "amounts must be given for at least one financial year, was none for contribution c-1",
        e.getMessage());
  }

  @Test
  void rejectsANegativeAmount() {
    InvalidValueException e = invalid(Fixtures.yotGrant().amount(FY14, Money.ofPence(-1)));
    assertEquals(
        "amount in 2014-15 must be zero or more, was -£0.01 for contribution yot-grant",
        e.getMessage());
  }

  @Test
  void aMoneyContributionIsPositiveInSomeYear() {
    InvalidValueException e =
        invalid(
            Fixtures.yotGrant().amount(FY12, Money.ZERO).amount(FY13, Money.ZERO));
    assertEquals(
        "amounts must be positive in at least one year for a locally pooled contribution,"
            + " was {2012-13=£0.00, 2013-14=£0.00} for contribution yot-grant",
        e.getMessage());
    Contribution onePenny =
        Fixtures.yotGrant().amount(FY12, Money.ZERO).amount(FY13, Money.ofPence(1)).build();
    assertEquals(Money.ofPence(1), onePenny.total());
  }

  @Test
  void requiresEveryComponent() {
    assertEquals(
        "contribution id is required",
        assertThrows(
                NullPointerException.class,
                () ->
                    Contribution.builder(
                            null,
                            FundingLineId.of("eig"),
                            HolderId.of("manchester"),
                            ContributionMode.ALIGNED)
                        .build())
            .getMessage());
    assertEquals(
        "funding line is required for contribution c-1",
        assertThrows(
                NullPointerException.class,
                () ->
                    Contribution.builder(
                            ContributionId.of("c-1"),
                            null,
                            HolderId.of("manchester"),
                            ContributionMode.ALIGNED)
                        .build())
            .getMessage());
    assertEquals(
        "holder is required for contribution c-1",
        assertThrows(
                NullPointerException.class,
                () ->
                    Contribution.builder(
                            ContributionId.of("c-1"),
                            FundingLineId.of("eig"),
                            null,
                            ContributionMode.ALIGNED)
                        .build())
            .getMessage());
    assertEquals(
        "mode is required for contribution c-1",
        assertThrows(
                NullPointerException.class,
                () ->
                    Contribution.builder(
                            ContributionId.of("c-1"),
                            FundingLineId.of("eig"),
                            HolderId.of("manchester"),
                            null)
                        .build())
            .getMessage());
    Map<FinancialYear, Money> withNull = new TreeMap<>();
    withNull.put(FY12, null);
    assertEquals(
        "amount in 2012-13 is required for contribution c-1",
        assertThrows(
                NullPointerException.class,
                () ->
                    new Contribution(
                        ContributionId.of("c-1"),
                        FundingLineId.of("eig"),
                        HolderId.of("manchester"),
                        ContributionMode.ALIGNED,
                        Optional.empty(),
                        new TreeMap<>(withNull),
                        Optional.empty(),
                        ""))
            .getMessage());
  }

  @Test
  void toBuilderRebuildsAnEqualContribution() {
    Contribution c = Fixtures.jcpCaseWorkers().amount(FY13, Money.ofPounds(5)).build();
    assertEquals(c, c.toBuilder().build());
    assertEquals(c.hashCode(), c.toBuilder().build().hashCode());
  }
}
