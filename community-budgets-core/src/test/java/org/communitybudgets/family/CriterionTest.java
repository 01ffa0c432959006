package org.communitybudgets.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.communitybudgets.payment.ProgrammePhase;
import org.junit.jupiter.api.Test;

class CriterionTest {
  @Test
  void everyCriterionIsFoundByTheCodeTheRulesRecordItBy() {
    for (Phase1Criterion c : Phase1Criterion.values()) {
      assertEquals(Optional.of(c), Criterion.ofCode(c.code()));
      assertEquals(ProgrammePhase.PHASE_1, c.phase());
    }
    for (Phase2Problem p : Phase2Problem.values()) {
      assertEquals(Optional.of(p), Criterion.ofCode(p.name()));
      assertEquals(ProgrammePhase.PHASE_2, p.phase());
    }
    assertEquals(List.of("crime-asb", "education", "work", "local-discretion"),
        List.of(Phase1Criterion.values()).stream().map(Criterion::code).toList());
    assertEquals(Optional.empty(), Criterion.ofCode("CRIME_ASB"), "phase 1's constants are recorded by their codes");
    assertEquals(Optional.empty(), Criterion.ofCode("health"));
  }

  @Test
  void phaseOnesCriteriaComeFirstEachPhaseInTheFrameworksOrder() {
    TreeSet<Criterion> sorted = new TreeSet<>(Criterion.ORDER);
    sorted.addAll(List.of(Phase2Problem.HEALTH, Phase1Criterion.LOCAL_DISCRETION, Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR,
        Phase1Criterion.CRIME_ASB));
    assertEquals(List.of(Phase1Criterion.CRIME_ASB, Phase1Criterion.LOCAL_DISCRETION,
        Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR, Phase2Problem.HEALTH), List.copyOf(sorted));
  }

  @Test
  void onlyTheLocalDiscretionFilterIsNotANationalCriterion() {
    assertTrue(Phase1Criterion.CRIME_ASB.isNational());
    assertTrue(Phase1Criterion.EDUCATION.isNational());
    assertTrue(Phase1Criterion.WORK.isNational());
    assertFalse(Phase1Criterion.LOCAL_DISCRETION.isNational());
  }
}
