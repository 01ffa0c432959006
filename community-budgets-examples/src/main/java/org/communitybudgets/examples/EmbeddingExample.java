package org.communitybudgets.examples;

import java.time.LocalDate;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;

/**
 * Embedding the library in ten lines: build the engine once, decide a family on a business date,
 * read the verdict and why.
 *
 * <p>Run it with {@code ./mvnw -q -pl community-budgets-examples -am package exec:java -DskipTests
 * -Dexample.mainClass=org.communitybudgets.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Decides the first family of the national phase-1 cohort.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Family family = ((CohortFamily.Valid) SyntheticCohort.national(ProgrammePhase.PHASE_1).family(0)).family();

    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard(); // once, shared by every thread
    Identification id = engine.identify(family, LocalDate.of(2012, 10, 1));
    System.out.println("family " + id.family() + ": " + id.decision().verdict() + " in " + id.phase().orElseThrow());
    System.out.println("criteria met: " + id.criteriaMet());
    id.decision().reasons().forEach(r -> System.out.println("  " + r.effect() + "  " + r.statement() + "  [" + r.source() + "]"));
    id.decision().unmetConditions().forEach(u -> System.out.println("  not met: " + u.description()));
  }
}
