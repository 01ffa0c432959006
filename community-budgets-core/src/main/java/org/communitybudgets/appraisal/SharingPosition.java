package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.money.Money;
import org.communitybudgets.pool.Party;

/**
 * One agency's place under proposed savings-sharing terms: what it invests (the present value of
 * its costs) against the savings the terms give it.
 *
 * @param agency the agency
 * @param costBorne the present value of its costs, zero or more
 * @param savingsReceived its part of the shared savings, zero or more
 */
public record SharingPosition(Party agency, Money costBorne, Money savingsReceived) {
  /** Validates every component. */
  public SharingPosition {
    required(agency, "agency");
    String owner = "sharing position of " + agency;
    required(costBorne, "cost borne", owner);
    check(!costBorne.isNegative(), "cost borne", "zero or more", costBorne, owner);
    required(savingsReceived, "savings received", owner);
    check(!savingsReceived.isNegative(), "savings received", "zero or more", savingsReceived, owner);
  }

  /** The savings received less the cost borne: negative if the agency pays more than it gains. */
  public Money net() {
    return savingsReceived.minus(costBorne);
  }

  /** True if the agency bears more cost than it receives in savings. */
  public boolean paysMoreThanItGains() {
    return net().isNegative();
  }

  /** By how much the agency's cost exceeds its savings; nothing if it does not. */
  public Money shortfall() {
    return Money.max(Money.ZERO, net().negate());
  }
}
