package org.council.docs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.communitybudgets.appraisal.Appraisal;
import org.communitybudgets.appraisal.AppraisalParameters;
import org.communitybudgets.appraisal.BenefitKind;
import org.communitybudgets.appraisal.ConfidenceGrade;
import org.communitybudgets.appraisal.Cost;
import org.communitybudgets.appraisal.ExpectedOutcome;
import org.communitybudgets.appraisal.Intervention;
import org.communitybudgets.appraisal.SharingProposal;
import org.communitybudgets.appraisal.UnitValue;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.HolderKind;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.Party;
import org.communitybudgets.rules.BatchOptions;
import org.communitybudgets.rules.BatchResult;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.RuleCoverage;
import org.communitybudgets.rules.compare.Comparison;
import org.communitybudgets.rules.compare.ComparisonReport;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.ClaimsLedger;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Ledger;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.time.FinancialYear;

/**
 * The Java snippets of the guides that are parts of a program rather than whole files, each in
 * the method that gives it what it names; {@code DocsTest} checks that each guide's snippet is
 * here word for word, and the build compiles it.
 */
@SuppressWarnings("unused")
abstract class Snippets {
  /** A caller's own record of a family, which it maps to the domain's. */
  interface Row {}

  /** Somewhere the caller keeps results. */
  interface Store {
    void save(BatchResult<?> result);
  }

  /** A progress bar of the caller's. */
  interface Bar {
    void update(long done);
  }

  CommunityBudgetsEngine engine;
  Family family;
  List<Family> families;
  List<Row> rows;
  List<Claim> claimsMade;
  List<OutcomesPlan> plans;
  OutcomesPlan outcomesPlan;
  AuthorityTarget target;
  Claim resultsClaim;
  LocalDate asOf;
  Bar bar;
  Store store;
  ClassLoader loader;
  List<Family> cohort;

  abstract Family toFamily(Row row);

  /** docs/embedding.md: Troubled Families. */
  void identify() {
    Identification id = engine.identify(family, LocalDate.of(2013, 5, 10));
    id.phase();                         // Optional[phase 1]: the phase follows the business date
    id.criteriaMet();                   // [CRIME_ASB, EDUCATION, WORK]: Phase1Criterion constants
    id.decision().verdict();            // ELIGIBLE
    id.decision().unmetConditions();    // local-discretion: why not is recorded too
  }

  /** docs/embedding.md: a whole authority through the batch. */
  void batch() {
    try (Stream<BatchResult<Identification>> results =
        engine.identifyAll(families.iterator(), asOf, BatchOptions.defaults().withProgress(done -> bar.update(done)))) {
      results.forEach(store::save);
    }
  }

  /** docs/embedding.md: a batch of the caller's own records. */
  Stream<BatchResult<Identification>> batchOfRows() {
    Stream<BatchResult<Identification>> results =
        engine.identifyAll(rows.iterator(), row -> toFamily(row), asOf, BatchOptions.defaults());
    return results;
  }

  /** docs/embedding.md: results, claims and the authority's ledger. */
  void resultsClaimsAndLedger() {
    Results results = engine.results(family, outcomesPlan, LocalDate.of(2014, 11, 3));
    results.achieved();                 // [CRIME_ASB_EDUCATION_RESULT]: and every measure met or not, as reasons
    results.decision().verdict();       // ACHIEVED (or NOT_ACHIEVED)

    ClaimsLedger claims = engine.claimsLedger(target, Optional.of(outcomesPlan));   // one per authority and phase
    ClaimDecision claim = claims.assess(resultsClaim, family, asOf);   // claims in order of date
    claim.payable();                    // e.g. £1,500.00 for the crime/ASB/education result of a family attached in 2013-14
    claim.decision().unmetConditions(); // e.g. duplicate-claim, result-achieved, funded-share
    claims.familiesFunded();            // kept by the ledger: what paid before counts against each new claim

    Ledger ledger = engine.ledger(target, families, claimsMade, plans, asOf);   // the claims as made, all at once
    ledger.paidByYear(); ledger.familiesTurnedAround(); ledger.centralShare(); ledger.localShare();
  }

  /** docs/embedding.md: cost-benefit analysis. */
  void costBenefit() {
    Party council = BudgetHolder.of(HolderId.of("gm-councils"), "Greater Manchester's ten councils",
        HolderKind.COUNCIL, AreaId.of("greater-manchester"));
    Party dwp = Party.department(Department.DWP);

    Intervention keyWorkers = Intervention.builder("single key worker for troubled families")
        .period(FinancialYear.of(2013), 5)          // year 0 = 2013-14, not discounted
        .cohortSize(8_000)
        .cost(Cost.of(council, FinancialYear.of(2013), Money.ofPounds(62_100_000), ConfidenceGrade.of(2)))
        .outcome(ExpectedOutcome.builder("family turned around")
            .shareAchieving(Percentage.of(100))
            .deadweight(Percentage.of(20))
            .dropOff(Percentage.of(10))
            .years(FinancialYear.of(2013), FinancialYear.of(2017))
            .value(UnitValue.of(dwp, BenefitKind.CASHABLE_FISCAL, Money.ofPounds(1_500), ConfidenceGrade.of(3)))
            .build())
        .build();

    Appraisal appraisal = keyWorkers.appraise(AppraisalParameters.standard(), LocalDate.of(2013, 4, 1));
    appraisal.npvFiscal();          // PV fiscal benefits − PV costs (also npvEconomic, npvSocial, npvTotal)
    appraisal.benefitCostRatio();   // PV fiscal benefits ÷ PV costs (financial return on investment)
    appraisal.paybackYear();        // first year the cumulative discounted net fiscal benefit stays ≥ 0
    appraisal.positions();          // who invests and who benefits: cost borne, benefit, net, per agency

    SharingProposal share = SharingProposal.proportionateToInvestment(appraisal); // or byCashableBenefit
    share.terms();                  // SavingsSharingTerms for an Agreement (Offer §10–11)
    share.assess().netPayers();     // who pays more than they gain, and by how much
  }

  /** docs/rules.md: local rules, switched-off rules and parameter overrides. */
  CommunityBudgetsEngine localRules() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder()
        .localRules(Path.of("/etc/council/rules"))                    // every .drl below the directory
        .localRulesOnClasspath(loader, "org/council/rules/")         // a classpath folder (or one .drl file)
        .withoutRule("Moving a whole line into the pool is flagged")  // a standard rule, by name
        .parameterOverrides(Path.of("/etc/council/parameters.yaml"))
        .localConditions(Path.of("/etc/council/conditions.yaml"))     // why-not of the council's own conditions
        .build();
    return engine;
  }

  /** docs/scenarios.md: rule coverage. */
  void coverage() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().recordingCoverage().build();
    engine.identifyAll(cohort.iterator(), asOf, BatchOptions.defaults()).forEach(store::save);
    RuleCoverage coverage = engine.coverage().orElseThrow();   // rules never fired first
    System.out.print(coverage.toText());
  }

  /** docs/scenarios.md: what-if. */
  ComparisonReport compare(CommunityBudgetsEngine candidate) {
    ComparisonReport report = Comparison.of(CommunityBudgetsEngine.standard(), candidate)
        .identify(() -> families.iterator(), asOf, BatchOptions.defaults());   // read twice, side by side
    return report;
  }
}
