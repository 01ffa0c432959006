package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.funding.Department;

/**
 * A government department as a party to a Community Budget agreement (Offer §10–11).
 *
 * @param department the department
 */
public record DepartmentParty(Department department) implements Party {
  /** Validates that the department is given. */
  public DepartmentParty {
    required(department, "department");
  }

  /** The department's full name, e.g. {@code Department for Work and Pensions}. */
  @Override
  public String name() {
    return department.title();
  }

  /** The department's abbreviation, e.g. {@code DWP}. */
  @Override
  public String toString() {
    return department.abbreviation();
  }
}
