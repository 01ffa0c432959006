package org.communitybudgets.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.decision.Provenance;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.family.Family;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.IdentificationReference;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.ruleset.RuleSetLoader;
import org.communitybudgets.rules.internal.sessions.Finding;
import org.communitybudgets.rules.internal.subjects.RuleFindings;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.rules.troubledfamilies.CriterionMet;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Identified;
import org.communitybudgets.rules.troubledfamilies.PhaseInForce;
import org.kie.api.command.Command;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * The two baselines the benchmarks measure the engine's batch path against, on the same rules and
 * parameters: the pattern a user would write by hand with Drools, and the plain-Java reference of
 * the same decisions. They build the same facts the engine inserts, from the same standard rules
 * loaded apart; they are benchmark code, not part of the library.
 */
public final class BenchmarkBaselines {
  /** The standard rules and parameters, loaded as the standard engine loads them. */
  private static final RuleSetLoader.Loaded RULES = StandardSubjects.loader().load(FundingCatalogue.standard());

  private final CommunityBudgetsEngine engine;
  private final StatelessKieSession session;

  /** Baselines for the engine's rules and parameters. */
  public BenchmarkBaselines(CommunityBudgetsEngine engine) {
    this.engine = engine;
    this.session = RULES.base().newStatelessKieSession();
    session.addEventListener(
        new DefaultAgendaEventListener() {
          @Override
          public void beforeMatchFired(BeforeMatchFiredEvent event) {
            org.kie.api.definition.rule.Rule rule = event.getMatch().getRule();
            ((RuleFindings) event.getKieRuntime().getGlobal("findings")).recorded().firing(rule.getName(), rule.getMetaData().get("condition"));
          }
        });
  }

  /**
   * Identifies one family with one stateless execute: the family's facts and the policy inserted,
   * the rules fired, the facts read back, as a user of plain Drools would write it.
   */
  public Identification oneStatelessExecute(Family family, LocalDate asOf) {
    RuleFindings findings = StandardSubjects.findings(fact -> {});
    FamilyCase fc = new FamilyCase(family, asOf);
    List<Command<?>> commands = new ArrayList<>();
    commands.add(CommandFactory.newSetGlobal("findings", findings));
    commands.add(CommandFactory.newInsertElements(List.of(new Policy(RULES.parameters(), asOf), fc)));
    commands.add(CommandFactory.newFireAllRules());
    commands.add(CommandFactory.newGetObjects("facts"));
    ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
    Optional<ProgrammePhase> phase = Optional.empty();
    boolean identified = false;
    Set<org.communitybudgets.family.Criterion> criteria = new HashSet<>();
    for (Object o : (Iterable<?>) results.getValue("facts")) {
      if (o instanceof PhaseInForce p) {
        phase = Optional.of(p.phase());
      } else if (o instanceof Identified) {
        identified = true;
      } else if (o instanceof CriterionMet c) {
        criteria.add(c.met());
      }
    }
    List<Reason> reasons = findings.recorded().all().stream().map(Finding::reason).toList();
    Decision<EligibilityVerdict> decision =
        new Decision<>(
            "family " + fc.id(),
            identified ? EligibilityVerdict.ELIGIBLE : EligibilityVerdict.NOT_ELIGIBLE,
            reasons,
            asOf,
            new Provenance(engine.fingerprint(), engine.libraryVersion()));
    return new Identification(family.id(), asOf, phase, criteria, decision);
  }

  /** A policy on the business date, to share between the families of one run of the floor. */
  public Object policy(LocalDate asOf) {
    return new Policy(RULES.parameters(), asOf);
  }

  /**
   * Identifies one family with the plain-Java reference of the rules' tests, reading the same
   * parameters: the same verdict and criteria, without explanations.
   *
   * @param policy a policy from {@link #policy(LocalDate)}
   * @return true if the family is eligible
   */
  public boolean plainJava(Family family, Object policy) {
    return IdentificationReference.identify(family, (Policy) policy).eligible();
  }
}
