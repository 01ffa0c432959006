package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.pool.Agreement;
import org.communitybudgets.pool.AgreementId;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.pool.SharingBasis;

/**
 * A proposal of how the savings an appraised intervention generates are shared between its
 * agencies, expressed as the {@link SavingsSharingTerms} of a Community Budget agreement (Offer
 * §11; Evidence CB00 §4: "structured investment agreements where costs and benefits are shared
 * more proportionately").
 *
 * <p>Two rules are offered. {@linkplain #proportionateToInvestment(Appraisal) Proportionate to
 * investment}: each agency's share of the savings is its share of the present value of all costs,
 * so every agency earns the same return on what it put in. {@linkplain
 * #byCashableBenefit(Appraisal) By cashable benefit}: each agency's share is its share of the
 * present value of the cashable benefits, so savings stay where they land. The terms state the
 * shares as whole basis points (two decimal places of a percent) summing to exactly 100%, the basis
 * points split by {@link Money#allocate(List)}'s largest-remainder method, as an agreement would
 * write them; the savings themselves are divided by the exact shares, to the penny by the same
 * method, so that sharing by cashable benefit gives each agency exactly its cashable benefit. The
 * savings shared are the present value of the cashable benefits (see {@link SharingCheck}).
 *
 * @param appraisal the appraisal the proposal is made from
 * @param terms the proposed terms; every party to them is an agency of the appraisal
 */
public record SharingProposal(Appraisal appraisal, SavingsSharingTerms terms) {

  /** Validates that the terms only name agencies of the appraisal. */
  public SharingProposal {
    required(appraisal, "appraisal");
    String owner = "sharing proposal for intervention " + appraisal.intervention().name();
    required(terms, "savings-sharing terms", owner);
    List<Party> agencies = appraisal.intervention().agencies();
    for (Party party : terms.parties()) {
      check(agencies.contains(party), "party to the terms", "an agency of the appraisal", party, owner);
    }
  }

  /**
   * Shares the savings in proportion to what each agency invests: its share is the present value
   * of its costs over that of all costs.
   *
   * @throws org.communitybudgets.InvalidValueException if the appraisal has no costs
   */
  public static SharingProposal proportionateToInvestment(Appraisal appraisal) {
    return proposal(
        appraisal,
        SharingBasis.PROPORTIONATE_TO_INVESTMENT,
        AgencyPosition::costBorne,
        "present value of costs",
        "Each agency's share of the cashable savings equals its share of the present value of the"
            + " costs, so that each agency's return is proportionate to what it put in.");
  }

  /**
   * Shares the savings by where the cashable benefits land: an agency's share is the present value
   * of its cashable benefits over that of all cashable benefits.
   *
   * @throws org.communitybudgets.InvalidValueException if the appraisal has no cashable benefit
   */
  public static SharingProposal byCashableBenefit(Appraisal appraisal) {
    return proposal(
        appraisal,
        SharingBasis.BY_CASHABLE_BENEFIT,
        AgencyPosition::cashableBenefit,
        "present value of cashable benefits",
        "Each agency keeps a share of the cashable savings equal to its share of the present value"
            + " of the cashable benefits.");
  }

  private static SharingProposal proposal(
      Appraisal appraisal,
      SharingBasis basis,
      Function<AgencyPosition, Money> weight,
      String weightName,
      String description) {
    required(appraisal, "appraisal");
    List<AgencyPosition> positions = appraisal.positions();
    List<Long> weights = weights(appraisal, weight);
    long total = weights.stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
    check(
        total > 0,
        weightName,
        "positive to share savings " + basis.label(),
        Money.ofPence(total),
        "appraisal of intervention " + appraisal.intervention().name());
    List<Money> basisPoints = Money.ofPence(10_000).allocate(weights);
    Map<Party, Percentage> shares = new LinkedHashMap<>();
    for (int i = 0; i < positions.size(); i++) {
      shares.put(
          positions.get(i).agency(),
          Percentage.of(BigDecimal.valueOf(basisPoints.get(i).pence(), 2)));
    }
    return new SharingProposal(appraisal, new SavingsSharingTerms(basis, shares, description));
  }

  /** The basis of the proposed terms. */
  public SharingBasis basis() {
    return terms.basis();
  }

  /** The savings shared: the present value of the appraisal's cashable benefits. */
  public Money savings() {
    return appraisal.discountedCashableBenefits();
  }

  /**
   * Each agency's part of the savings, to the penny, adding up to {@link #savings()}: for terms
   * this class proposed, by the exact shares their percentages round (an agency's present value of
   * costs, or of cashable benefits, over the total), the pennies left by largest remainder; for
   * other terms, by their percentages.
   */
  public Map<Party, Money> division() {
    Optional<Function<AgencyPosition, Money>> weight = switch (terms.basis()) {
      case PROPORTIONATE_TO_INVESTMENT -> Optional.of(AgencyPosition::costBorne);
      case BY_CASHABLE_BENEFIT -> Optional.of(AgencyPosition::cashableBenefit);
      default -> Optional.empty();
    };
    if (weight.isEmpty() || !equals(proposal(appraisal, terms.basis(), weight.get(), "weights", terms.description()))) {
      return terms.divide(savings());
    }
    List<AgencyPosition> positions = appraisal.positions();
    List<Money> parts = savings().allocate(weights(appraisal, weight.get()));
    Map<Party, Money> division = new LinkedHashMap<>();
    for (int i = 0; i < positions.size(); i++) {
      division.put(positions.get(i).agency(), parts.get(i));
    }
    return Collections.unmodifiableMap(division);
  }

  /** The check of the terms, with the savings divided as {@link #division()} divides them: who ends up paying more than they gain. */
  public SharingCheck assess() {
    return SharingCheck.of(appraisal, terms, division());
  }

  private static List<Long> weights(Appraisal appraisal, Function<AgencyPosition, Money> weight) {
    List<Long> weights = new ArrayList<>();
    for (AgencyPosition position : appraisal.positions()) {
      weights.add(weight.apply(position).pence());
    }
    return weights;
  }

  /**
   * The proposal as a Community Budget agreement (Offer §10–11) between every agency of the
   * appraisal, covering its period, with these savings-sharing terms.
   *
   * @throws org.communitybudgets.InvalidValueException if the appraisal has fewer than two
   *     agencies, or the agreement is otherwise invalid
   */
  public Agreement toAgreement(AgreementId id, String title, LocalDate signedOn) {
    Intervention intervention = appraisal.intervention();
    return Agreement.builder(id, title)
        .parties(intervention.agencies())
        .years(intervention.firstYear(), intervention.lastYear())
        .signedOn(signedOn)
        .fundingAgreement(
            "Investment in "
                + intervention.name()
                + ": present value of costs "
                + appraisal.discountedCosts()
                + ", of cashable savings "
                + savings()
                + ", at a discount rate of "
                + appraisal.discountRate()
                + ".")
        .savingsSharing(terms)
        .build();
  }
}
