package org.communitybudgets.appraisal;

import static org.communitybudgets.appraisal.Fixtures.COUNCIL;
import static org.communitybudgets.appraisal.Fixtures.DH;
import static org.communitybudgets.appraisal.Fixtures.DWP;
import static org.communitybudgets.appraisal.Fixtures.Y0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.funding.Department;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Agreement;
import org.communitybudgets.pool.AgreementId;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.pool.SharingBasis;
import org.junit.jupiter.api.Test;

/**
 * Sharing the hand-checked appraisal of {@link AppraisalTest}: present value of costs £16,500
 * (council £14,400, DWP £2,100, DH nothing); savings shared = present value of cashable benefits,
 * £22,400, all landing on DWP.
 */
class SharingProposalTest {
  private final Appraisal appraisal = Fixtures.keyWorkers().appraise(Fixtures.rates25());

  @Test
  void proportionateToInvestmentGivesEachTheSameReturn() {
    SharingProposal p = SharingProposal.proportionateToInvestment(appraisal);
    // basis points: 10,000 × 14,400/16,500 = 8,727.27 → 8,727; 10,000 × 2,100/16,500 = 1,272.73
    // → 1,272, plus the one point left over (largest remainder) → 1,273; DH 0
    Map<Party, Percentage> expected = new LinkedHashMap<>();
    expected.put(COUNCIL, Percentage.of("87.27"));
    expected.put(DWP, Percentage.of("12.73"));
    expected.put(DH, Percentage.ZERO);
    assertEquals(expected, p.terms().shares());
    assertEquals(SharingBasis.PROPORTIONATE_TO_INVESTMENT, p.basis());
    assertEquals(Money.ofPounds(22_400), p.savings());
    // the savings divided by the exact shares, not the rounded percentages: £22,400 × 14,400/16,500
    // = £19,549.0909…, × 2,100/16,500 = £2,850.9090…; the penny left goes to the larger remainder
    assertEquals(Money.of("19549.09"), p.division().get(COUNCIL));
    assertEquals(Money.of("2850.91"), p.division().get(DWP));

    SharingCheck check = p.assess();
    assertTrue(check.isEveryoneBetterOff());
    // the same return on what each put in, to the penny: 5,149.09 / 14,400 = 750.91 / 2,100 = 35.76%
    assertEquals(Money.of("5149.09"), check.position(COUNCIL).orElseThrow().net());
    assertEquals(Money.of("750.91"), check.position(DWP).orElseThrow().net());
    assertEquals(Money.ofPounds(22_400), check.distributed());
  }

  @Test
  void byCashableBenefitLeavesTheCouncilOutOfPocket() {
    SharingProposal p = SharingProposal.byCashableBenefit(appraisal);
    assertEquals(Optional.of(Percentage.ONE_HUNDRED), p.terms().shareOf(DWP));
    assertEquals(Optional.of(Percentage.ZERO), p.terms().shareOf(COUNCIL));
    SharingCheck check = p.assess();
    assertFalse(check.isEveryoneBetterOff());
    // the council invests £14,400 and receives nothing
    assertEquals(
        List.of(new SharingPosition(COUNCIL, Money.ofPounds(14_400), Money.ZERO)), check.netPayers());
    assertEquals(Money.ofPounds(14_400), check.netPayers().get(0).shortfall());
    // DWP invests £2,100 and receives all £22,400
    assertEquals(Money.ofPounds(20_300), check.position(DWP).orElseThrow().net());
    assertEquals(Money.ZERO, check.position(DWP).orElseThrow().shortfall());
  }

  @Test
  void checksProposedTermsIncludingPartiesThatBearNoCost() {
    Party moj = Party.department(Department.MOJ);
    Map<Party, Percentage> shares = new LinkedHashMap<>();
    shares.put(COUNCIL, Percentage.of(50));
    shares.put(moj, Percentage.of(50));
    SharingCheck check =
        SharingCheck.of(appraisal, SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, shares));
    assertEquals(List.of(COUNCIL, DWP, DH, moj), check.positions().stream().map(SharingPosition::agency).toList());
    // council: £11,200 against £14,400 → pays £3,200 more than it gains; DWP gets nothing for £2,100
    assertEquals(Money.ofPounds(3_200), check.position(COUNCIL).orElseThrow().shortfall());
    assertEquals(Money.ofPounds(2_100), check.position(DWP).orElseThrow().shortfall());
    assertEquals(Money.ofPounds(11_200), check.position(moj).orElseThrow().net());
    assertEquals(2, check.netPayers().size());
  }

  @Test
  void becomesTheSavingsSharingTermsOfAnAgreement() {
    SharingProposal p = SharingProposal.proportionateToInvestment(appraisal);
    Agreement a = p.toAgreement(AgreementId.of("gm-key-workers"), "Key worker investment agreement", LocalDate.of(2012, 3, 1));
    assertEquals(List.of(COUNCIL, DWP, DH), a.parties());
    assertEquals(Y0, a.firstYear());
    assertEquals(Fixtures.Y2, a.lastYear());
    assertEquals(Optional.of(p.terms()), a.savingsSharing());
    assertEquals(
        "Investment in key worker pilot: present value of costs £16,500.00, of cashable savings"
            + " £22,400.00, at a discount rate of 25%.",
        a.fundingAgreement());
  }

  @Test
  void needsSomethingToShareBy() {
    Appraisal noCashable =
        Fixtures.keyWorkers()
            .toBuilder()
            .clearOutcomes()
            .build()
            .appraise(Fixtures.rates25());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> SharingProposal.byCashableBenefit(noCashable));
    assertEquals(
        "present value of cashable benefits must be positive to share savings by cashable benefit,"
            + " was £0.00 for appraisal of intervention key worker pilot",
        e.getMessage());
    Appraisal noCost = Fixtures.keyWorkers().toBuilder().clearCosts().build().appraise(Fixtures.rates25());
    e = assertThrows(InvalidValueException.class, () -> SharingProposal.proportionateToInvestment(noCost));
    assertEquals(
        "present value of costs must be positive to share savings proportionate to investment,"
            + " was £0.00 for appraisal of intervention key worker pilot",
        e.getMessage());
  }

  @Test
  void rejectsTermsNamingAnOutsider() {
    Party moj = Party.department(Department.MOJ);
    SavingsSharingTerms terms = SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, Map.of(moj, Percentage.ONE_HUNDRED));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> new SharingProposal(appraisal, terms));
    assertEquals(
        "party to the terms must be an agency of the appraisal, was MoJ for sharing proposal for"
            + " intervention key worker pilot",
        e.getMessage());
  }

  @Test
  void rowsAndChecksValidate() {
    assertEquals(
        "savings received must be zero or more, was -£1.00 for sharing position of DWP",
        assertThrows(
                InvalidValueException.class,
                () -> new SharingPosition(DWP, Money.ZERO, Money.ofPounds(-1)))
            .getMessage());
    assertEquals(
        "cost borne must be zero or more, was -£1.00 for sharing position of DWP",
        assertThrows(
                InvalidValueException.class,
                () -> new SharingPosition(DWP, Money.ofPounds(-1), Money.ZERO))
            .getMessage());
    SavingsSharingTerms terms = SavingsSharingTerms.of(SharingBasis.FIXED_SHARES, Map.of(DWP, Percentage.ONE_HUNDRED));
    assertEquals(
        "savings received must be adding up to the savings shared £10.00, was £9.00 for sharing check",
        assertThrows(
                InvalidValueException.class,
                () ->
                    new SharingCheck(
                        terms, Money.ofPounds(10), List.of(new SharingPosition(DWP, Money.ZERO, Money.ofPounds(9)))))
            .getMessage());
    assertEquals(
        "agencies of the positions must be unique, was repeated [DWP] for sharing check",
        assertThrows(
                InvalidValueException.class,
                () ->
                    new SharingCheck(
                        terms,
                        Money.ofPounds(2),
                        List.of(
                            new SharingPosition(DWP, Money.ZERO, Money.ofPounds(1)),
                            new SharingPosition(DWP, Money.ZERO, Money.ofPounds(1)))))
            .getMessage());
  }
}
