package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import org.communitybudgets.family.Family;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.testing.FamilyArbitraries;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch that puts reasons into words on its threads gives the decisions a lazy batch gives. */
class BatchReasonsTest {
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);

  @Test
  void reasonsPutIntoWordsByTheBatchAreTheReasonsReadLater() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    List<Family> families =
        Arbitraries.oneOf(FamilyArbitraries.families(), FamilyArbitraries.familiesAsOf(AS_OF).withFixedExclusions(3))
            .sampleStream().limit(200).toList();
    List<BatchResult<Identification>> lazy;
    List<BatchResult<Identification>> worded;
    BatchOptions options = BatchOptions.defaults().withChunkSize(16);
    assertFalse(options.reasonsInWords());
    assertTrue(options.withReasonsInWords().reasonsInWords());
    try (Stream<BatchResult<Identification>> s = engine.identifyAll(families.iterator(), AS_OF, options.withReasonsInWords())) {
      worded = s.toList();
    }
    try (Stream<BatchResult<Identification>> s = engine.identifyAll(families.iterator(), AS_OF, options)) {
      lazy = s.toList();
    }
    assertEquals(lazy, worded);
    assertEquals(families.size(), worded.size());
  }
}
