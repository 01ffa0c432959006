package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.money.Money;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.SavingsSharingTerms;

/**
 * The check of proposed savings-sharing terms against an appraisal: for each agency, the present
 * value of what it invests against its part of the shared savings, and so who ends up paying more
 * than they gain, and by how much (Evidence CB00 §4: investment agreements "where costs and
 * benefits are shared more proportionately").
 *
 * <p>The savings shared are the present value of the appraisal's cashable benefits: only cashable
 * savings can be moved from one budget to another. The terms divide them to the penny, so the
 * parts always add up to exactly the savings.
 *
 * @param terms the terms checked
 * @param savings the savings shared, zero or more
 * @param positions one row per agency of the appraisal and per party to the terms, agencies
 *     unique; the savings received add up to exactly {@code savings}
 */
public record SharingCheck(SavingsSharingTerms terms, Money savings, List<SharingPosition> positions) {
  private static final String OWNER = "sharing check";

  /** Validates every component; the rows are copied. */
  public SharingCheck {
    required(terms, "savings-sharing terms", OWNER);
    required(savings, "savings", OWNER);
    check(!savings.isNegative(), "savings", "zero or more", savings, OWNER);
    positions = listOf(required(positions, "positions", OWNER), "positions of " + OWNER);
    uniqueBy(positions, SharingPosition::agency, "agencies of the positions", OWNER);
    Money received = Money.sum(positions.stream().map(SharingPosition::savingsReceived).toList());
    check(
        received.equals(savings),
        "savings received",
        "adding up to the savings shared " + savings,
        received,
        OWNER);
  }

  /**
   * Checks the terms against the appraisal: the appraisal's agencies in their order, then any
   * further party to the terms (which bears no cost).
   */
  public static SharingCheck of(Appraisal appraisal, SavingsSharingTerms terms) {
    required(appraisal, "appraisal");
    required(terms, "savings-sharing terms");
    return of(appraisal, terms, terms.divide(appraisal.discountedCashableBenefits()));
  }

  /** Checks the terms with the savings divided into the parts given, which add up to them. */
  static SharingCheck of(Appraisal appraisal, SavingsSharingTerms terms, Map<Party, Money> parts) {
    Money savings = appraisal.discountedCashableBenefits();
    Set<Party> agencies = new LinkedHashSet<>(appraisal.intervention().agencies());
    agencies.addAll(terms.parties());
    List<SharingPosition> rows = new ArrayList<>();
    for (Party agency : agencies) {
      Money cost = appraisal.position(agency).map(AgencyPosition::costBorne).orElse(Money.ZERO);
      rows.add(new SharingPosition(agency, cost, parts.getOrDefault(agency, Money.ZERO)));
    }
    return new SharingCheck(terms, savings, rows);
  }

  /** The agency's row, if it has one. */
  public Optional<SharingPosition> position(Party agency) {
    required(agency, "agency");
    return positions.stream().filter(p -> p.agency().equals(agency)).findFirst();
  }

  /** The savings the terms hand out: always exactly {@link #savings()}. */
  public Money distributed() {
    return Money.sum(positions.stream().map(SharingPosition::savingsReceived).toList());
  }

  /** The agencies that pay more than they gain, in the order of the rows. */
  public List<SharingPosition> netPayers() {
    return positions.stream().filter(SharingPosition::paysMoreThanItGains).toList();
  }

  /** True if no agency pays more than it gains. */
  public boolean isEveryoneBetterOff() {
    return netPayers().isEmpty();
  }
}
