package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitybudgets.funding.Department;
import org.junit.jupiter.api.Test;

class PartyTest {

  @Test
  void aDepartmentPartyIsNamedForItsDepartment() {
    Party moj = Party.department(Department.MOJ);
    assertEquals(new DepartmentParty(Department.MOJ), moj);
    assertEquals("Ministry of Justice", moj.name());
    assertEquals("MoJ", moj.toString());
    assertNotEquals(Party.department(Department.DWP), moj);
  }

  @Test
  void aBudgetHolderPartyIsNamedByItsName() {
    Party yot = Fixtures.YOT;
    assertEquals("Manchester Youth Offending Team", yot.name());
  }

  @Test
  void theDepartmentIsRequired() {
    assertEquals(
        "department is required",
        assertThrows(NullPointerException.class, () -> Party.department(null)).getMessage());
  }

  @Test
  void partiesAreEitherDepartmentsOrHolders() {
    assertEquals(
        "department DWP",
        describe(Party.department(Department.DWP)));
    assertEquals("holder gm-jcp", describe(Fixtures.JCP));
  }

  private static String describe(Party party) {
    if (party instanceof DepartmentParty d) {
      return "department " + d.department().abbreviation();
    }
    return "holder " + ((BudgetHolder) party).id();
  }
}
