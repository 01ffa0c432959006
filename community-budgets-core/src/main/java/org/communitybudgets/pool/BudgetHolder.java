package org.communitybudgets.pool;

import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import org.communitybudgets.area.AreaId;
import org.communitybudgets.funding.HolderKind;

/**
 * A local body that holds a funding line and contributes some of it to a pool. It stays
 * accountable for what it contributes: "Local agencies remain accountable for the resources that
 * they invest in Community Budgets" (Evidence CB00 §4). A budget holder may also be a party to an
 * agreement.
 *
 * @param id the holder's identifier, unique within a pool
 * @param name its name, e.g. {@code Greater Manchester Jobcentre Plus district}; non-blank
 * @param kind the kind of body
 * @param area the area it serves
 */
public record BudgetHolder(HolderId id, String name, HolderKind kind, AreaId area) implements Party {
  /** Validates every component; the name is stripped. */
  public BudgetHolder {
    required(id, "holder id");
    name = nonBlank(name, "name", () -> "budget holder " + id);
    required(kind, "holder kind", () -> "budget holder " + id);
    required(area, "area", () -> "budget holder " + id);
  }

  /** The holder {@code id}, called {@code name}, of that kind in that area. */
  public static BudgetHolder of(HolderId id, String name, HolderKind kind, AreaId area) {
    return new BudgetHolder(id, name, kind, area);
  }

  /**
   * The holder as {@code holder gm-jcp (Greater Manchester district, Jobcentre Plus district,
   * greater-manchester)}: id, name, kind and area.
   */
  @Override
  public String toString() {
    return "holder " + id + " (" + name + ", " + kind.label() + ", " + area + ")";
  }
}
