package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.Member;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.testing.FamilyArbitraries;
import org.communitybudgets.testing.TimeArbitraries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of identification and of the batch. */
class IdentificationProperties {
  private static CommunityBudgetsEngine engine;
  private static final LocalDate PHASE_1_DAY = LocalDate.of(2013, 5, 10);

  @BeforeContainer
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  private static final LocalDate PHASE_2_DAY = LocalDate.of(2016, 6, 1);

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(
        Arbitraries.just(PHASE_1_DAY), Arbitraries.just(PHASE_2_DAY), TimeArbitraries.programmeDates());
  }

  /** Families of every kind, many of them near or over the criteria on the two fixed days. */
  @Provide
  Arbitrary<Family> families() {
    java.util.Set<org.communitybudgets.family.BenefitType> outOfWork =
        java.util.Set.of(
            org.communitybudgets.family.BenefitType.JOBSEEKERS_ALLOWANCE,
            org.communitybudgets.family.BenefitType.INCOME_SUPPORT,
            org.communitybudgets.family.BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE);
    java.time.Period year = java.time.Period.ofMonths(12);
    return Arbitraries.oneOf(
        FamilyArbitraries.families(),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).withBenefitOpenOnAsOf(outOfWork).withChildOffenceWithin(year),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).withBenefitOpenOnAsOf(outOfWork).withFixedExclusions(3),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).withChildOffenceWithin(year).withFixedExclusions(2),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).nearAbsenceThreshold(org.communitybudgets.money.Percentage.of(15))
            .withChildOffenceWithin(year).withBenefitOpenOnAsOf(outOfWork),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).withPhase2Problems(1),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).withPhase2Problems(2),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).nearAbsenceThreshold(org.communitybudgets.money.Percentage.of(10)).withPhase2Problems(1));
  }

  @Property(tries = 150)
  void everyGeneratedFamilyGetsAnExplainedVerdict(@ForAll("families") Family family, @ForAll("days") LocalDate asOf) {
    Identification i = engine.identify(family, asOf);
    assertEquals(family.id(), i.family());
    assertEquals(i.isEligible(), i.decision().verdict() == EligibilityVerdict.ELIGIBLE);
    if (i.phase().isEmpty()) {
      assertEquals(EligibilityVerdict.NOT_ELIGIBLE, i.decision().verdict());
    }
  }

  @Property(tries = 300)
  void aPlainJavaReferenceAgreesWithTheRules(@ForAll("families") Family family, @ForAll("days") LocalDate asOf) {
    Identification i = engine.identify(family, asOf);
    IdentificationReference.Answer expected = IdentificationReference.identify(family, new Policy(engine.parameterTable(), asOf));
    assertEquals(java.util.Optional.ofNullable(expected.phase()), i.phase());
    assertEquals(expected.criteria(), i.criteriaMet().stream().map(org.communitybudgets.family.Criterion::code).collect(java.util.stream.Collectors.toSet()));
    assertEquals(expected.eligible(), i.isEligible());
    net.jqwik.api.statistics.Statistics.label("eligible").collect(i.isEligible());
  }

  @Property(tries = 100)
  void theVerdictDoesNotDependOnTheOrderOfMembersOrIndicators(
      @ForAll("families") Family family, @ForAll("days") LocalDate asOf, @ForAll Random random) {
    List<Member> members = new ArrayList<>(family.members());
    List<Indicator> indicators = new ArrayList<>(family.indicators());
    Collections.shuffle(members, random);
    Collections.shuffle(indicators, random);
    Family shuffled = new Family(family.id(), family.authority(), members, indicators, family.attachment(), family.outcomes());
    assertEquals(engine.identify(family, asOf), engine.identify(shuffled, asOf));
  }

  /**
   * Facts that each meet one phase-1 criterion on {@link #PHASE_1_DAY}, for whichever members the
   * family has: an out-of-work benefit and an ASB intervention for an adult, a permanent exclusion
   * for a child of school age, and a local concern.
   */
  private static List<Indicator> oneMoreCriterion(Family family) {
    List<Indicator> facts = new ArrayList<>();
    family.members().stream().filter(m -> m.isBornBy(PHASE_1_DAY) && !m.isUnder(18, PHASE_1_DAY)).findFirst().ifPresent(adult -> {
      facts.add(new org.communitybudgets.family.BenefitClaim(adult.id(), org.communitybudgets.family.BenefitType.INCOME_SUPPORT,
          org.communitybudgets.time.DateRange.from(PHASE_1_DAY.minusMonths(2))));
      facts.add(new AsbIntervention(adult.id(), org.communitybudgets.family.AsbInterventionType.ASBO, PHASE_1_DAY.minusMonths(3)));
    });
    family.members().stream().filter(m -> m.isBornBy(PHASE_1_DAY.minusYears(5)) && m.isUnder(16, PHASE_1_DAY)).findFirst().ifPresent(child ->
        facts.add(new org.communitybudgets.family.Exclusion(child.id(), org.communitybudgets.family.ExclusionKind.PERMANENT,
            org.communitybudgets.time.SchoolTerm.lastCompleted(1, PHASE_1_DAY).get(0), PHASE_1_DAY.minusMonths(1))));
    facts.add(new org.communitybudgets.family.LocalConcern(java.util.Optional.empty(), org.communitybudgets.family.ConcernType.REPEAT_REFERRALS, PHASE_1_DAY.minusMonths(1)));
    return facts;
  }

  @Property(tries = 100)
  void meetingOneMoreCriterionNeverMakesAFamilyIneligible(@ForAll("families") Family family, @ForAll Random random) {
    Identification before = engine.identify(family, PHASE_1_DAY);
    List<Indicator> candidates = oneMoreCriterion(family);
    Indicator added = candidates.get(random.nextInt(candidates.size()));
    Family more = family.toBuilder().indicator(added).build();
    Identification after = engine.identify(more, PHASE_1_DAY);
    assertTrue(after.criteriaMet().containsAll(before.criteriaMet()), () -> before.criteriaMet() + " then " + after.criteriaMet());
    if (before.isEligible()) {
      assertTrue(after.isEligible(), () -> "adding " + added + " made the family ineligible");
    }
  }

  @Property(tries = 10)
  void aBatchGivesOneResultPerFamilyInOrderEqualToDecidingEachAlone(
      @ForAll @IntRange(min = 1, max = 60) int count,
      @ForAll @IntRange(min = 1, max = 9) int chunk,
      @ForAll @IntRange(min = 1, max = 4) int threads) {
    List<Family> input = families().sampleStream().limit(count).toList();
    AtomicLong reported = new AtomicLong();
    List<BatchResult<Identification>> results;
    try (Stream<BatchResult<Identification>> s =
        engine.identifyAll(input.iterator(), PHASE_1_DAY, new BatchOptions(chunk, threads, reported::set))) {
      results = s.toList();
    }
    assertEquals(input.size(), results.size());
    assertEquals(input.size(), reported.get());
    for (int i = 0; i < input.size(); i++) {
      BatchResult<Identification> r = results.get(i);
      assertEquals(i, r.index());
      assertEquals(java.util.Optional.of(input.get(i).id()), r.family());
      BatchResult.Success<?> ok = assertInstanceOf(BatchResult.Success.class, r);
      assertEquals(engine.identify(input.get(i), PHASE_1_DAY), ok.value());
    }
  }

  @Property(tries = 5)
  void aFamilyWhoseDecisionFailsGetsAnErrorAndTheRestGoOn(@ForAll @IntRange(min = 2, max = 30) int count) {
    CommunityBudgetsEngine failing =
        CommunityBudgetsEngine.builder()
            .localRules("test/boom.drl", """
                package org.council.rules;
                import org.communitybudgets.rules.troubledfamilies.FamilyCase;
                rule "Families called boom cannot be decided"
                when
                  $f : FamilyCase(id == "boom")
                then
                  throw new IllegalStateException("no record for family boom");
                end
                """)
            .build();
    List<Family> input = new ArrayList<>(families().sampleStream().limit(count).filter(f -> !f.id().value().equals("boom")).toList());
    int at = input.size() / 2;
    input.add(at, new Family(FamilyId.of("boom"), input.get(0).authority(), input.get(0).members(), List.of(), java.util.Optional.empty(), List.of()));
    List<BatchResult<Identification>> results;
    try (Stream<BatchResult<Identification>> s = failing.identifyAll(input.iterator(), PHASE_1_DAY, new BatchOptions(4, 2, d -> {}))) {
      results = s.toList();
    }
    assertEquals(input.size(), results.size());
    for (int i = 0; i < results.size(); i++) {
      if (i == at) {
        BatchResult.Failure<?> f = assertInstanceOf(BatchResult.Failure.class, results.get(i));
        assertTrue(f.error().contains("Families called boom cannot be decided"), f.error());
        assertTrue(f.error().contains("no record for family boom"), f.error());
      } else {
        assertInstanceOf(BatchResult.Success.class, results.get(i));
      }
    }
  }
}
