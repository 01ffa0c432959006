package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

class LocalFactKindTest {

  @Test
  void onlyTheTargetedFactCarriesAShare() {
    for (LocalFactKind kind : LocalFactKind.values()) {
      assertEquals(
          kind == LocalFactKind.TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS,
          kind.carriesShare(),
          kind.name());
    }
  }

  @Test
  void everyKindCitesTheOffer() {
    for (LocalFactKind kind : LocalFactKind.values()) {
      assertEquals(PolicyDocument.OFFER, kind.source().document(), kind.name());
      assertFalse(kind.label().isBlank(), kind.name());
    }
  }

  @Test
  void kindsCiteTheMenuRowTheyServe() {
    assertEquals(
        PolicySource.offer("menu, DWP, row 1"),
        LocalFactKind.WELFARE_TO_WORK_OBJECTIVES_IMPROVED.source());
    assertEquals(
        PolicySource.offer("menu, DWP, row 3"),
        LocalFactKind.TARGETED_ON_FAMILIES_WITH_MULTIPLE_PROBLEMS.source());
    assertEquals(
        PolicySource.offer("menu, Home Office, row 1"),
        LocalFactKind.OFFENDER_MANAGEMENT_DELIVERED.source());
    assertEquals(
        PolicySource.offer("menu, Ministry of Justice, row 1"),
        LocalFactKind.CORE_YOUTH_JUSTICE_SERVICES_DELIVERED.source());
    assertEquals(
        PolicySource.offer("menu, Department of Health, row 1"),
        LocalFactKind.HOLDER_WISHES_TO_CONTRIBUTE.source());
    assertEquals(
        PolicySource.offer("§8; menu, preamble"), LocalFactKind.AGREED_WITH_DEPARTMENT.source());
  }

  @Test
  void labelsAreDistinct() {
    assertEquals(
        LocalFactKind.values().length,
        Arrays.stream(LocalFactKind.values())
            .map(LocalFactKind::label)
            .collect(Collectors.toSet())
            .size());
    assertTrue(LocalFactKind.FAMILIES_TARGETED.label().contains("families"));
  }
}
