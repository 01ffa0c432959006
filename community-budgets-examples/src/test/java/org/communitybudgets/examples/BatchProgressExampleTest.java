package org.communitybudgets.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.payment.ProgrammePhase;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar goes to standard error and fills: it counts every record, rejected ones included. */
class BatchProgressExampleTest {
  @Test
  void theBarIsOnStandardErrorAndEndsFullWithEveryRecordCounted() {
    SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("kent"), ProgrammePhase.PHASE_1, 3_000, SyntheticCohort.STANDARD_SEED);
    long rejected = cohort.stream().filter(CohortFamily.Invalid.class::isInstance).count();
    assertTrue(rejected > 0, "the cohort has records the domain rejects");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BatchProgressExample.run(cohort, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1, lines.size(), "standard output holds only the counts: " + lines);
    assertTrue(lines.get(0).startsWith("3,000 records: ") && lines.get(0).endsWith(String.format("%,d with data the domain rejects", rejected)), lines.get(0));
    String bar = err.toString(StandardCharsets.UTF_8);
    String last = bar.substring(bar.lastIndexOf('\r') + 1).strip();
    assertEquals("[" + "#".repeat(40) + "] 3,000 of 3,000 records", last);
  }
}
