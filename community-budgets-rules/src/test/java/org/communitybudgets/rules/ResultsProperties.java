package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communitybudgets.decision.ResultVerdict;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.Member;
import org.communitybudgets.money.Money;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.testing.FamilyArbitraries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of results and claims over generated families. */
class ResultsProperties {
  private static final LocalDate PHASE_1_DAY = LocalDate.of(2014, 1, 10);
  private static final LocalDate PHASE_2_DAY = LocalDate.of(2017, 1, 10);
  private static CommunityBudgetsEngine engine;

  @BeforeContainer
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.of(PHASE_1_DAY, PHASE_2_DAY);
  }

  @Provide
  Arbitrary<Family> families() {
    return Arbitraries.oneOf(
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).attached(),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).withPhase2Problems(2).attached(),
        FamilyArbitraries.families());
  }

  @Property(tries = 100)
  void everyGeneratedFamilyGetsExplainedResults(@ForAll("families") Family family, @ForAll("days") LocalDate asOf) {
    Results r = engine.results(family, asOf);
    assertEquals(family.id(), r.family());
    assertEquals(r.any(), r.decision().verdict() == ResultVerdict.ACHIEVED);
    assertTrue(r.achieved().stream().allMatch(ClaimKind::isResult));
    r.achieved().forEach(k -> assertEquals(Optional.of(k.phase()), r.phase(), "a result of the phase of attachment"));
    if (r.phase().isEmpty()) {
      assertFalse(r.any());
    }
  }

  @Property(tries = 60)
  void resultsDoNotDependOnTheOrderOfMembersOrIndicators(
      @ForAll("families") Family family, @ForAll("days") LocalDate asOf, @ForAll Random random) {
    List<Member> members = new ArrayList<>(family.members());
    List<Indicator> indicators = new ArrayList<>(family.indicators());
    Collections.shuffle(members, random);
    Collections.shuffle(indicators, random);
    Family shuffled = new Family(family.id(), family.authority(), members, indicators, family.attachment(), family.outcomes());
    assertEquals(engine.results(family, asOf), engine.results(shuffled, asOf));
  }

  @Property(tries = 60)
  void everyClaimOnAGeneratedFamilyIsDecidedWithinTheMaximum(
      @ForAll("families") Family family, @ForAll("days") LocalDate asOf, @ForAll ClaimKind kind) {
    Claim claim = Claim.of(ClaimId.of("cl-1"), family.id(), family.authority(), kind, asOf);
    ClaimDecision d = engine.assessClaim(claim, family, List.of(), new AuthorityTarget(family.authority(), kind.phase(), 100), 0, asOf);
    assertEquals(d.isPayable(), d.payable().isPositive());
    assertFalse(d.payable().isGreaterThan(Money.ofPounds(4000)));
    if (d.isPayable() && kind.isResult()) {
      assertTrue(d.results().has(kind));
    }
  }
}
