package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.junit.jupiter.api.Test;

/** A business date outside the years the parameter tables cover is one specific error, for every call. */
class BusinessDateTest {
  private static final CommunityBudgetsEngine ENGINE = CommunityBudgetsEngine.standard();
  private static final Family FAMILY =
      Family.builder(FamilyId.of("f-1"), AreaId.of("kent")).member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1))).build();

  @Test
  void aDateBeforeTheTablesIsRefusedNamingTheDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.identify(FAMILY, LocalDate.of(2010, 3, 31)));
    assertEquals("business date must be within 2010-04-01–2031-03-31, the years the parameter tables cover, was 2010-03-31", e.getMessage());
    ENGINE.identify(FAMILY, LocalDate.of(2010, 4, 1));
  }

  @Test
  void aDateFarBeyondTheProgrammesIsRefusedRatherThanQuietlyDecided() {
    LocalDate far = LocalDate.of(9999, 12, 31);
    assertThrows(IllegalArgumentException.class, () -> ENGINE.identify(FAMILY, far));
    assertThrows(IllegalArgumentException.class, () -> ENGINE.results(FAMILY, far));
    assertThrows(IllegalArgumentException.class, () -> ENGINE.identifyAll(List.of(FAMILY).iterator(), far, BatchOptions.defaults()));
    ENGINE.identify(FAMILY, LocalDate.of(2031, 3, 31));
  }
}
