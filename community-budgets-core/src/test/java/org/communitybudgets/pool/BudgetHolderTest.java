package org.communitybudgets.pool;

import static org.communitybudgets.pool.Fixtures.GM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitybudgets.InvalidValueException;
import org.communitybudgets.funding.HolderKind;
import org.junit.jupiter.api.Test;

class BudgetHolderTest {
  private static final HolderId ID = HolderId.of("gm-police");

  @Test
  void holdsItsComponentsAndStripsTheName() {
    BudgetHolder h = BudgetHolder.of(ID, "  Greater Manchester Police ", HolderKind.POLICE_FORCE, GM);
    assertEquals(ID, h.id());
    assertEquals("Greater Manchester Police", h.name());
    assertEquals(HolderKind.POLICE_FORCE, h.kind());
    assertEquals(GM, h.area());
    assertEquals(
        "holder gm-police (Greater Manchester Police, police force, greater-manchester)",
        h.toString());
    assertTrue(h instanceof Party);
  }

  @Test
  void rejectsABlankName() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> BudgetHolder.of(ID, " ", HolderKind.POLICE_FORCE, GM));
    assertEquals("name must be non-blank, was \" \" for budget holder gm-police", e.getMessage());
  }

  @Test
  void requiresEveryComponent() {
    assertEquals(
        "holder id is required",
        assertThrows(
                NullPointerException.class,
                () -> BudgetHolder.of(null, "GMP", HolderKind.POLICE_FORCE, GM))
            .getMessage());
    assertEquals(
        "name is required for budget holder gm-police",
        assertThrows(
                NullPointerException.class,
                () -> BudgetHolder.of(ID, null, HolderKind.POLICE_FORCE, GM))
            .getMessage());
    assertEquals(
        "holder kind is required for budget holder gm-police",
        assertThrows(NullPointerException.class, () -> BudgetHolder.of(ID, "GMP", null, GM))
            .getMessage());
    assertEquals(
        "area is required for budget holder gm-police",
        assertThrows(
                NullPointerException.class,
                () -> BudgetHolder.of(ID, "GMP", HolderKind.POLICE_FORCE, null))
            .getMessage());
  }
}
