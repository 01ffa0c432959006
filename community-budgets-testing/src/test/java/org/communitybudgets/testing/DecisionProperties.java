package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.Effect;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.Verdict;

/** Generated decisions are valid, and the explanation laws hold. */
class DecisionProperties {

  @Provide
  Arbitrary<Decision<Verdict>> decisions() {
    return DecisionArbitraries.decisions();
  }

  @Property(tries = 300)
  void generatedDecisionsRebuildEqual(@ForAll("decisions") Decision<Verdict> d) {
    assertEquals(d, new Decision<>(d.subject(), d.verdict(), d.reasons(), d.asOf(), d.provenance()));
    for (Reason r : d.reasons()) {
      assertEquals(
          r,
          new Reason(r.rule(), r.source(), r.effect(), r.statement(), r.facts(), r.parameters(), r.unmetCondition()));
    }
  }

  @Property(tries = 300)
  void anUnfavourableDecisionNamesAnUnmetCondition(@ForAll("decisions") Decision<Verdict> d) {
    if (!d.verdict().isFavourable()) {
      assertFalse(d.unmetConditions().isEmpty());
    }
    assertEquals(d.reasons(Effect.NOT_MET).size(), d.unmetConditions().size());
  }

  @Property(tries = 300)
  void removingEveryWhyNotFromAnUnfavourableDecisionIsRejected(@ForAll("decisions") Decision<Verdict> d) {
    if (d.verdict().isFavourable()) {
      return;
    }
    List<Reason> withoutWhyNot = d.reasons().stream().filter(r -> r.effect() != Effect.NOT_MET).toList();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new Decision<>(d.subject(), d.verdict(), withoutWhyNot, d.asOf(), d.provenance()));
    assertEquals("reasons", e.field());
    assertTrue(e.getMessage().endsWith("for " + d.subject()));
  }
}
