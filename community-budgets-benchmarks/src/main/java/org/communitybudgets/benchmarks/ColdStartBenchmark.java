package org.communitybudgets.benchmarks;

import java.util.concurrent.TimeUnit;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.family.Family;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: in a fresh JVM, building the engine (the standard rules from the executable model
 * generated with the library, the parameter tables and the funding catalogue read; with {@code
 * rules=withOneLocalFile}, one council rule file compiled as well) and deciding a first family.
 * Each fork is a fresh JVM and measures it once; JVM start-up itself is not counted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  /** The standard rules alone, or with one council rule file compiled when the engine is built. */
  @Param({"standard", "withOneLocalFile"})
  public String rules;

  private static final String LOCAL = """
      package org.council.rules;
      import org.communitybudgets.rules.troubledfamilies.FamilyCase;
      import org.communitybudgets.rules.Findings;
      import org.communitybudgets.source.PolicyDocument;
      import org.communitybudgets.source.PolicySource;
      global Findings findings;
      rule "Families known to the council's early help team are flagged"
      when
        $f : FamilyCase()
      then
        findings.flag($f, new PolicySource(PolicyDocument.local("EARLY_HELP", "Early help", "Early help strategy"), "section 2"),
            "the family is known to the early help team");
      end
      """;

  private Family family;
  private java.time.LocalDate identifiedOn;

  /** The first family of the phase-1 national cohort. */
  @Setup
  public void setUp() {
    SyntheticCohort cohort = SyntheticCohort.national(ProgrammePhase.PHASE_1);
    family = ((CohortFamily.Valid) cohort.family(0)).family();
    identifiedOn = cohort.identifiedOn();
  }

  /** Builds the engine and decides the first family. */
  @Benchmark
  public Identification engineBuiltAndFirstDecision() {
    CommunityBudgetsEngine.Builder builder = CommunityBudgetsEngine.builder();
    if (rules.equals("withOneLocalFile")) {
      builder.localRules("org/council/rules/early-help.drl", LOCAL);
    }
    return builder.build().identify(family, identifiedOn);
  }
}
