package org.communitybudgets.pool;

import org.communitybudgets.funding.Department;

/**
 * A party to a Community Budget agreement: a government department or a local budget holder.
 * The Offer envisages an agreement or MOU "between relevant local partners and departments"
 * (Offer §10), and savings shared between "relevant agencies and departments" (Offer §11).
 *
 * <p>Two parties are the same party when they are equal records: the same department, or a budget
 * holder with the same id, name, kind and area.
 */
public sealed interface Party permits DepartmentParty, BudgetHolder {

  /** The department as a party. */
  static Party department(Department department) {
    return new DepartmentParty(department);
  }

  /** The party's name as a person would read it, e.g. {@code Ministry of Justice}. */
  String name();
}
