package org.communitybudgets.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

class InKindKindTest {

  @Test
  void eachKindCitesTheJobcentrePlusRowOfTheMenu() {
    for (InKindKind kind : InKindKind.values()) {
      assertEquals(PolicySource.offer("menu, DWP, row 1"), kind.source());
    }
  }

  @Test
  void labelsReadAsWords() {
    assertEquals("staff", InKindKind.STAFF.label());
    assertEquals("assets", InKindKind.ASSETS.label());
    assertEquals("data sharing", InKindKind.DATA_SHARING.label());
  }
}
