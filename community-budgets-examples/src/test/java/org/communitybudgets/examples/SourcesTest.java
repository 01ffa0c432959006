package org.communitybudgets.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.appraisal.AppraisalParameter;
import org.communitybudgets.appraisal.AppraisalParameters;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.cohort.CohortFamily;
import org.communitybudgets.cohort.SyntheticCohort;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.family.Family;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.funding.FundingLine;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.report.GreaterManchesterPool;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.internal.parameters.ParameterDefinition;
import org.communitybudgets.rules.internal.parameters.ParameterValue;
import org.communitybudgets.rules.internal.ruleset.RuleSetLoader;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.junit.jupiter.api.Test;

/**
 * The Sources list ({@code docs/sources.md}, the guide the README points to) names every standard document, and every rule, parameter and catalogue
 * entry of the library cites one of them, so that a user can open what a decision rests on.
 */
class SourcesTest {
  private static final Set<PolicyDocument> STANDARD = Set.copyOf(PolicyDocument.standard());

  private static String sourcesSection() throws IOException {
    Path guide = Files.exists(Path.of("docs/sources.md")) ? Path.of("docs/sources.md") : Path.of("../docs/sources.md");
    String text = Files.readString(guide, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# Sources\n"), "docs/sources.md is the Sources list");
    return text;
  }

  private static void assertStandard(PolicySource source, String where) {
    assertTrue(STANDARD.contains(source.document()), where + " cites " + source.document().id() + ", which is not a standard document");
  }

  @Test
  void theReadmesSourcesListNamesEveryStandardDocument() throws IOException {
    String sources = sourcesSection();
    for (PolicyDocument d : PolicyDocument.standard()) {
      assertTrue(sources.contains("- **" + d.shortName() + "** — "), "the Sources list has an entry for " + d.shortName());
    }
  }

  @Test
  void everyParameterCatalogueLineAndAppraisalParameterCitesAStandardDocument() {
    RuleSetLoader.Loaded rules = StandardSubjects.loader().load(FundingCatalogue.standard());
    int values = 0;
    for (ParameterDefinition d : rules.parameters().asMap().values()) {
      for (ParameterValue v : d.values()) {
        assertStandard(v.source(), "parameter " + d.key() + " from " + v.effective());
        values++;
      }
    }
    assertTrue(values > 50, "every parameter value was looked at: " + values);
    for (FundingLine l : FundingCatalogue.standard().lines()) {
      assertStandard(l.source(), "funding line " + l.id());
      l.ringFence().ifPresent(r -> assertStandard(r.source(), "the ring-fence of " + l.id()));
    }
    for (AppraisalParameter p : AppraisalParameters.standard().parameters()) {
      assertStandard(p.source(), "appraisal parameter " + p.key());
    }
  }

  @Test
  void everyReasonOfTheStandardRulesCitesAStandardDocument() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    List<Reason> reasons = new ArrayList<>();
    for (LocalDate day : List.of(LocalDate.of(2011, 3, 31), LocalDate.of(2012, 10, 1), LocalDate.of(2013, 4, 1), LocalDate.of(2015, 6, 1))) {
      PoolAssessment a = engine.assess(GreaterManchesterPool.pool(), GreaterManchesterPool.allocations(), List.of(), day);
      a.contributions().values().forEach(d -> reasons.addAll(d.reasons()));
      reasons.addAll(a.poolFindings());
    }
    for (ProgrammePhase phase : ProgrammePhase.values()) {
      SyntheticCohort cohort = SyntheticCohort.forAuthority(AreaId.of("greater-manchester"), phase, 300, SyntheticCohort.STANDARD_SEED);
      List<Family> families = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      cohort.stream().forEach(f -> {
        if (f instanceof CohortFamily.Valid v) {
          families.add(v.family());
          claims.addAll(v.claims());
        }
      });
      for (Family f : families) {
        reasons.addAll(engine.identify(f, cohort.identifiedOn()).decision().reasons());
        reasons.addAll(engine.results(f, cohort.reviewedOn()).decision().reasons());
      }
      Ledger ledger = engine.ledger(cohort.targets().get(0), families, claims, cohort.plans(), cohort.reviewedOn());
      ledger.claims().forEach(c -> reasons.addAll(c.decision().reasons()));
    }
    Set<String> rules = new TreeSet<>();
    for (Reason r : reasons) {
      assertStandard(r.source(), "rule \"" + r.rule() + "\"");
      r.parameters().forEach(p -> assertStandard(p.source(), "parameter " + p.key() + " read by \"" + r.rule() + "\""));
      rules.add(r.rule());
    }
    assertTrue(rules.size() > 60, "the cases reach most rules: " + rules.size());
  }
}
