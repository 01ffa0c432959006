package org.communitybudgets.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCohortTest {
  @Test
  void theNationalPhase1CohortSpreads120000FamiliesOver152Authorities() {
    SyntheticCohort cohort = SyntheticCohort.national(ProgrammePhase.PHASE_1);
    List<AuthorityTarget> targets = cohort.targets();
    assertEquals(152, targets.size());
    assertEquals(120_000, targets.stream().mapToInt(AuthorityTarget::families).sum());
    assertEquals(120_000, cohort.size());
    assertEquals(152, targets.stream().map(AuthorityTarget::authority).distinct().count());
    assertTrue(targets.stream().allMatch(t -> t.families() > 0 && t.phase() == ProgrammePhase.PHASE_1));
  }

  @Test
  void theNationalPhase2CohortSpreads400000FamiliesOverTheSameAuthorities() {
    SyntheticCohort one = SyntheticCohort.national(ProgrammePhase.PHASE_1);
    SyntheticCohort two = SyntheticCohort.national(ProgrammePhase.PHASE_2);
    assertEquals(400_000, two.targets().stream().mapToInt(AuthorityTarget::families).sum());
    assertEquals(
        one.targets().stream().map(AuthorityTarget::authority).toList(),
        two.targets().stream().map(AuthorityTarget::authority).toList());
    assertEquals(152, two.plans().size());
    assertEquals(List.of(), one.plans());
  }

  @Test
  void theSameSeedMakesTheSameFamilyAndAnotherSeedAnother() {
    SyntheticCohort a = SyntheticCohort.national(ProgrammePhase.PHASE_2);
    SyntheticCohort b = SyntheticCohort.national(ProgrammePhase.PHASE_2);
    SyntheticCohort c = SyntheticCohort.national(ProgrammePhase.PHASE_2, 7);
    for (long i : new long[] {0, 1, 123_456, 399_999}) {
      assertEquals(a.family(i), b.family(i));
      assertNotEquals(a.family(i), c.family(i));
    }
    assertThrows(IndexOutOfBoundsException.class, () -> a.family(400_000));
  }

  @Test
  void aboutOneFamilyInAHundredHasDataTheDomainRejects() {
    SyntheticCohort cohort = SyntheticCohort.national(ProgrammePhase.PHASE_1);
    List<CohortFamily> sample = cohort.stream().limit(20_000).toList();
    List<CohortFamily.Invalid> invalid =
        sample.stream().filter(CohortFamily.Invalid.class::isInstance).map(CohortFamily.Invalid.class::cast).toList();
    assertTrue(invalid.size() > 120 && invalid.size() < 280, invalid.size() + " invalid of 20,000");
    assertTrue(invalid.stream().allMatch(i -> i.error().contains(" must be ")), invalid.get(0).error());
    for (int i = 0; i < sample.size(); i++) {
      assertEquals(i, sample.get(i).index());
    }
  }

  @Test
  void claimsAreTheFamilysOwnWithinThePhaseAndAfterAttachment() {
    SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("kent"), ProgrammePhase.PHASE_2, 2_000, 1);
    cohort.stream().filter(CohortFamily.Valid.class::isInstance).map(CohortFamily.Valid.class::cast).forEach(v -> {
      Family f = v.family();
      for (Claim c : v.claims()) {
        assertEquals(f.id(), c.family());
        assertEquals(ProgrammePhase.PHASE_2, c.phase());
        assertTrue(f.attachment().orElseThrow().attachedOn().isBefore(c.claimedOn()));
        assertTrue(!c.claimedOn().isAfter(cohort.reviewedOn()));
      }
    });
  }

  @Test
  void theEnginesBatchOfRecordsGivesOneResultPerRecordInOrderWithTheInvalidInTheirPlace() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("kent"), ProgrammePhase.PHASE_1, 700, 3);
    LocalDate asOf = cohort.identifiedOn();
    List<BatchResult<Identification>> results;
    try (Stream<BatchResult<Identification>> s =
        engine.identifyAll(cohort.stream().iterator(), CohortFamily::toFamily, asOf, BatchOptions.defaults().withChunkSize(50))) {
      results = s.toList();
    }
    assertEquals(700, results.size());
    long invalid = 0;
    for (int i = 0; i < 700; i++) {
      BatchResult<Identification> r = results.get(i);
      CohortFamily record = cohort.family(i);
      assertEquals(i, r.index());
      if (record instanceof CohortFamily.Invalid bad) {
        invalid++;
        assertEquals(java.util.Optional.empty(), r.family(), "an invalid record became no family");
        assertEquals(bad.error(), assertInstanceOf(BatchResult.Failure.class, r).error());
      } else {
        assertEquals(java.util.Optional.of(record.id()), r.family());
        Family f = ((CohortFamily.Valid) record).family();
        Identification alone = engine.identify(f, asOf);
        assertEquals(alone.isEligible(), ((BatchResult.Success<Identification>) r).value().isEligible());
      }
    }
    assertTrue(invalid > 0, "the sample holds invalid records");
  }
}
