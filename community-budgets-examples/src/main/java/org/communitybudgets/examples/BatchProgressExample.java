package org.communitybudgets.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;

/**
 * A national batch with a progress bar: the 120,000 families of the synthetic phase-1 cohort,
 * records with bad data included, through the engine's batch path, one result per record. The bar
 * counts every record, decided or rejected, on standard error; the counts go to standard output.
 *
 * <p>Run it with {@code ./mvnw -q -pl community-budgets-examples -am package exec:java -DskipTests
 * -Dexample.mainClass=org.communitybudgets.examples.BatchProgressExample}.
 */
public final class BatchProgressExample {
  private BatchProgressExample() {}

  /**
   * Identifies the national phase-1 cohort and prints the counts.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(SyntheticCohort.national(ProgrammePhase.PHASE_1),
        new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8));
  }

  /**
   * Identifies the cohort, drawing the bar on {@code err} as the batch goes, and prints the counts on
   * {@code out}.
   */
  static void run(SyntheticCohort cohort, PrintStream out, PrintStream err) {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    long total = cohort.size();
    BatchOptions options = BatchOptions.defaults().withProgress(done -> err.print("\r" + bar(done, total)));
    long[] counts = new long[3]; // eligible, not eligible, errors
    try (Stream<BatchResult<Identification>> results =
        engine.identifyAll(cohort.stream().iterator(), CohortFamily::toFamily, cohort.identifiedOn(), options)) {
      results.forEach(r -> counts[r instanceof BatchResult.Success<Identification> s ? (s.value().isEligible() ? 0 : 1) : 2]++);
    }
    err.println();
    out.printf("%,d records: %,d families in the programme, %,d not, %,d with data the domain rejects%n",
        total, counts[0], counts[1], counts[2]);
  }

  private static String bar(long done, long total) {
    int width = 40;
    int filled = (int) (width * done / total);
    return "[" + "#".repeat(filled) + " ".repeat(width - filled) + String.format("] %,d of %,d records", done, total);
  }
}
