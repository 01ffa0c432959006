package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.communitybudgets.family.Family;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.parameters.ParameterTable;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.testing.FamilyArbitraries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The one-pass facts of a family count exactly what the family case's questions answer, and the
 * answers the pass gives the family case are those it would find itself, in the same order.
 */
class FamilyFactsProperties {
  private static final LocalDate PHASE_1_DAY = LocalDate.of(2013, 5, 10);
  private static final LocalDate PHASE_2_DAY = LocalDate.of(2016, 6, 1);
  private static ParameterTable parameters;

  @BeforeContainer
  static void build() {
    parameters = StandardSubjects.loader().load(FundingCatalogue.standard()).parameters();
  }

  @Provide
  Arbitrary<Family> phase1Families() {
    return Arbitraries.oneOf(
        FamilyArbitraries.families(),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).withFixedExclusions(3),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).withFixedExclusions(2).withChildOffenceWithin(java.time.Period.ofMonths(12)),
        FamilyArbitraries.familiesAsOf(PHASE_1_DAY).nearAbsenceThreshold(Percentage.of(15)));
  }

  @Provide
  Arbitrary<Family> phase2Families() {
    return Arbitraries.oneOf(
        FamilyArbitraries.families(),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).withPhase2Problems(1),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).withPhase2Problems(3),
        FamilyArbitraries.familiesAsOf(PHASE_2_DAY).nearAbsenceThreshold(Percentage.of(10)));
  }

  @Property(tries = 400)
  void phase1FactsCountWhatTheQuestionsAnswer(@ForAll("phase1Families") Family family) {
    Policy p = new Policy(parameters, PHASE_1_DAY);
    FamilyFacts facts = FamilyFacts.of(new FamilyCase(family, PHASE_1_DAY), ProgrammePhase.PHASE_1, p);
    FamilyCase f = new FamilyCase(family, PHASE_1_DAY);
    int months = p.integer("tf.phase1.look-back-months");
    int terms = p.integer("tf.phase1.terms");
    int age = p.integer("tf.child.age-limit");
    assertEquals(
        List.of(
            f.childOffences(months, age).size(),
            f.asbInterventions(months, p.texts("tf.phase1.asb-interventions")).size(),
            f.permanentlyExcluded(terms, age).size(),
            f.fixedTermExcluded(terms, p.integer("tf.phase1.fixed-exclusions"), age).size(),
            f.placedAfterExclusion(age).size(),
            f.notOnRoll(age).size(),
            f.unauthorisedAbsenceAtLeast(terms, p.percentage("tf.phase1.unauthorised-absence"), age).size(),
            f.openBenefitClaims(p.texts("tf.phase1.out-of-work-benefits"), p.texts("tf.in-work-benefits"), age).size(),
            f.localConcerns(months, p.texts("tf.phase1.local-discretion-concerns")).size()),
        List.of(facts.childOffences(), facts.asbInterventions(), facts.permanentlyExcluded(), facts.fixedTermExcluded(),
            facts.placedAfterExclusion(), facts.notOnRoll(), facts.unauthorisedAbsent(), facts.outOfWorkClaims(), facts.localConcerns()));
    FamilyCase known = facts.family();
    Percentage absence = p.percentage("tf.phase1.unauthorised-absence");
    assertEquals(f.window(months), known.window(months));
    assertEquals(f.lastTerms(terms), known.lastTerms(terms));
    assertEquals(f.childOffences(months, age), known.childOffences(months, age));
    assertEquals(f.asbInterventions(months, p.texts("tf.phase1.asb-interventions")),
        known.asbInterventions(months, p.texts("tf.phase1.asb-interventions")));
    assertEquals(f.permanentlyExcluded(terms, age), known.permanentlyExcluded(terms, age));
    assertEquals(f.fixedTermExcluded(terms, p.integer("tf.phase1.fixed-exclusions"), age),
        known.fixedTermExcluded(terms, p.integer("tf.phase1.fixed-exclusions"), age));
    assertEquals(f.placedAfterExclusion(age), known.placedAfterExclusion(age));
    assertEquals(f.notOnRoll(age), known.notOnRoll(age));
    assertEquals(f.unauthorisedAbsenceAtLeast(terms, absence, age), known.unauthorisedAbsenceAtLeast(terms, absence, age));
    assertEquals(f.unauthorisedRates(terms, age), known.unauthorisedRates(terms, age));
    assertEquals(f.openBenefitClaims(p.texts("tf.phase1.out-of-work-benefits"), p.texts("tf.in-work-benefits"), age),
        known.openBenefitClaims(p.texts("tf.phase1.out-of-work-benefits"), p.texts("tf.in-work-benefits"), age));
    assertEquals(f.localConcerns(months, p.texts("tf.phase1.local-discretion-concerns")),
        known.localConcerns(months, p.texts("tf.phase1.local-discretion-concerns")));
  }

  @Property(tries = 400)
  void phase2FactsCountWhatTheQuestionsAnswer(@ForAll("phase2Families") Family family) {
    Policy p = new Policy(parameters, PHASE_2_DAY);
    FamilyFacts facts = FamilyFacts.of(new FamilyCase(family, PHASE_2_DAY), ProgrammePhase.PHASE_2, p);
    FamilyCase f = new FamilyCase(family, PHASE_2_DAY);
    int months = p.integer("tf.phase2.look-back-months");
    int terms = p.integer("tf.phase2.terms");
    int age = p.integer("tf.child.age-limit");
    assertEquals(
        List.of(
            f.asbInterventions(months, p.texts("tf.phase2.asb-interventions")).size(),
            f.permanentlyExcluded(terms, age).size(),
            f.fixedTermExcluded(terms, p.integer("tf.phase2.fixed-exclusions"), age).size(),
            f.openBenefitClaims(p.texts("tf.phase2.out-of-work-benefits"), p.texts("tf.in-work-benefits"), age).size(),
            f.offences(months).size(),
            f.asbIncidents(months).size(),
            f.absenceAtLeast(terms, p.percentage("tf.phase2.absence"), age).size(),
            f.childrenNeedingHelp().size(),
            f.financialExclusion(months).size(),
            f.youngPeopleNotInWork().size(),
            f.domesticAbuse(months).size(),
            f.healthProblems(months).size()),
        List.of(facts.asbInterventions(), facts.permanentlyExcluded(), facts.fixedTermExcluded(), facts.outOfWorkClaims(),
            facts.offences(), facts.asbIncidents(), facts.oftenAbsent(), facts.childrenNeedingHelp(), facts.financialExclusion(),
            facts.youngPeopleNotInWork(), facts.domesticAbuse(), facts.healthProblems()));
    FamilyCase known = facts.family();
    Percentage absence = p.percentage("tf.phase2.absence");
    assertEquals(f.window(months), known.window(months));
    assertEquals(f.lastTerms(terms), known.lastTerms(terms));
    assertEquals(f.asbInterventions(months, p.texts("tf.phase2.asb-interventions")),
        known.asbInterventions(months, p.texts("tf.phase2.asb-interventions")));
    assertEquals(f.permanentlyExcluded(terms, age), known.permanentlyExcluded(terms, age));
    assertEquals(f.fixedTermExcluded(terms, p.integer("tf.phase2.fixed-exclusions"), age),
        known.fixedTermExcluded(terms, p.integer("tf.phase2.fixed-exclusions"), age));
    assertEquals(f.openBenefitClaims(p.texts("tf.phase2.out-of-work-benefits"), p.texts("tf.in-work-benefits"), age),
        known.openBenefitClaims(p.texts("tf.phase2.out-of-work-benefits"), p.texts("tf.in-work-benefits"), age));
    assertEquals(f.offences(months), known.offences(months));
    assertEquals(f.asbIncidents(months), known.asbIncidents(months));
    assertEquals(f.absenceAtLeast(terms, absence, age), known.absenceAtLeast(terms, absence, age));
    assertEquals(f.childrenNeedingHelp(), known.childrenNeedingHelp());
    assertEquals(f.financialExclusion(months), known.financialExclusion(months));
    assertEquals(f.youngPeopleNotInWork(), known.youngPeopleNotInWork());
    assertEquals(f.domesticAbuse(months), known.domesticAbuse(months));
    assertEquals(f.healthProblems(months), known.healthProblems(months));
    assertThrows(UnsupportedOperationException.class, () -> known.offences(months).clear(), "an answer is unmodifiable");
  }
}
