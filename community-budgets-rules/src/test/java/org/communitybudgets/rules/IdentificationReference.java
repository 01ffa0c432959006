package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FinancialExclusionRisk;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.Provision;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.YoungPersonNotInWork;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

/**
 * The identification criteria written again in plain Java, straight from the frameworks' criteria
 * §4–5, reading the same parameters: an oracle for the rules in tests.
 */
public final class IdentificationReference {
  /** The phase that runs, the criteria met and the verdict. */
  public record Answer(ProgrammePhase phase, Set<String> criteria, boolean eligible) {}

  private IdentificationReference() {}

  /** Identifies the family on the policy's business date. */
  public static Answer identify(Family f, Policy p) {
    LocalDate d = p.asOf();
    if (!d.isBefore(p.date("tf.phase1.first-day")) && !d.isAfter(p.date("tf.phase1.last-day"))) {
      Set<String> met = phase1(f, p);
      long national = met.stream().filter(c -> !c.equals("local-discretion")).count();
      boolean eligible =
          national >= p.integer("tf.phase1.national-criteria")
              || (met.contains("local-discretion") && national >= p.integer("tf.phase1.national-criteria-with-local"));
      return new Answer(ProgrammePhase.PHASE_1, met, eligible);
    }
    if (!d.isBefore(p.date("tf.phase2.first-day")) && !d.isAfter(p.date("tf.phase2.last-day"))) {
      Set<String> met = phase2(f, p);
      return new Answer(ProgrammePhase.PHASE_2, met, met.size() >= p.integer("tf.phase2.problems"));
    }
    return new Answer(null, Set.of(), false);
  }

  private static boolean inWindow(LocalDate day, LocalDate asOf, int months) {
    return day.isAfter(asOf.minusMonths(months)) && !day.isAfter(asOf);
  }

  private static boolean childOn(Family f, MemberId id, LocalDate day, int age) {
    Member m = f.member(id).orElseThrow();
    return !m.dateOfBirth().isAfter(day) && m.isUnder(age, day);
  }

  private static Set<String> phase1(Family f, Policy p) {
    LocalDate d = p.asOf();
    int months = p.integer("tf.phase1.look-back-months");
    int age = p.integer("tf.child.age-limit");
    Set<String> met = new TreeSet<>();
    boolean crime =
        f.indicators(ProvenOffence.class).stream().anyMatch(o -> inWindow(o.provenOn(), d, months) && childOn(f, o.offender(), o.provenOn(), age))
            || f.indicators(AsbIntervention.class).stream().anyMatch(i -> inWindow(i.date(), d, months)
                && p.texts("tf.phase1.asb-interventions").contains(i.type().name()));
    if (crime) {
      met.add("crime-asb");
    }
    if (education(f, p, age, p.integer("tf.phase1.terms"), p.integer("tf.phase1.fixed-exclusions"), p.percentage("tf.phase1.unauthorised-absence"), false)) {
      met.add("education");
    }
    if (onBenefit(f, d, age, p.texts("tf.phase1.out-of-work-benefits"), p.texts("tf.in-work-benefits"))) {
      met.add("work");
    }
    if (f.indicators(LocalConcern.class).stream().anyMatch(c -> inWindow(c.recordedOn(), d, months)
        && p.texts("tf.phase1.local-discretion-concerns").contains(c.type().code()))) {
      met.add("local-discretion");
    }
    return met;
  }

  /** A claim of a benefit that goes on in work counts only while its claimant is not in work. */
  private static boolean onBenefit(Family f, LocalDate d, int age, List<String> types, List<String> inWork) {
    return f.indicators(BenefitClaim.class).stream().anyMatch(b -> types.contains(b.type().name())
        && b.period().contains(d) && f.member(b.adult()).map(m -> !m.dateOfBirth().isAfter(d) && !m.isUnder(age, d)).orElse(false)
        && !(inWork.contains(b.type().name()) && f.indicators(EmploymentSpell.class).stream()
            .anyMatch(s -> s.adult().equals(b.adult()) && s.period().contains(d))));
  }

  /** Phase 1 reads unauthorised absence, phase 2 all absence; both read placements. */
  private static boolean education(Family f, Policy p, int age, int termCount, int fixed, Percentage threshold, boolean allAbsence) {
    LocalDate d = p.asOf();
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(termCount, d);
    for (Member m : f.members()) {
      if (m.dateOfBirth().isAfter(d) || !m.isUnder(age, d)) {
        continue;
      }
      long permanent = f.indicators(Exclusion.class).stream().filter(e -> e.child().equals(m.id()) && e.kind() == ExclusionKind.PERMANENT && terms.contains(e.term())).count();
      long fixedTerm = f.indicators(Exclusion.class).stream().filter(e -> e.child().equals(m.id()) && e.kind() == ExclusionKind.FIXED_TERM && terms.contains(e.term())).count();
      long possible = 0;
      long missed = 0;
      for (TermAttendance a : f.indicators(TermAttendance.class)) {
        if (a.child().equals(m.id()) && terms.contains(a.term())) {
          possible += a.possibleSessions();
          missed += allAbsence ? a.authorisedAbsences() + a.unauthorisedAbsences() : a.unauthorisedAbsences();
        }
      }
      boolean absent = possible > 0 && Percentage.ratio(missed, possible).isAtLeast(threshold);
      if (permanent > 0 || fixedTerm >= fixed || absent) {
        return true;
      }
      for (SchoolPlacement s : f.indicators(SchoolPlacement.class)) {
        if (s.child().equals(m.id()) && s.period().contains(d)
            && ((s.becauseOfExclusion() && (s.provision() == Provision.PUPIL_REFERRAL_UNIT || s.provision() == Provision.ALTERNATIVE_PROVISION))
                || s.provision() == Provision.NOT_ON_ROLL)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> phase2(Family f, Policy p) {
    LocalDate d = p.asOf();
    int months = p.integer("tf.phase2.look-back-months");
    int age = p.integer("tf.child.age-limit");
    DateRange window = DateRange.of(d.minusMonths(months).plusDays(1), d);
    Set<String> met = new TreeSet<>();
    if (f.indicators(ProvenOffence.class).stream().anyMatch(o -> window.contains(o.provenOn()))
        || f.indicators(AsbIntervention.class).stream().anyMatch(i -> window.contains(i.date()) && p.texts("tf.phase2.asb-interventions").contains(i.type().name()))
        || f.indicators(AsbIncident.class).stream().anyMatch(i -> window.contains(i.date()))) {
      met.add(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR.name());
    }
    if (education(f, p, age, p.integer("tf.phase2.terms"), p.integer("tf.phase2.fixed-exclusions"), p.percentage("tf.phase2.absence"), true)) {
      met.add(Phase2Problem.SCHOOL_ATTENDANCE.name());
    }
    if (f.indicators(ChildNeedingHelp.class).stream().anyMatch(c -> c.period().contains(d))) {
      met.add(Phase2Problem.CHILDREN_WHO_NEED_HELP.name());
    }
    if (onBenefit(f, d, age, p.texts("tf.phase2.out-of-work-benefits"), p.texts("tf.in-work-benefits"))
        || f.indicators(FinancialExclusionRisk.class).stream().anyMatch(r -> window.contains(r.date()))
        || f.indicators(YoungPersonNotInWork.class).stream().anyMatch(y -> y.period().contains(d))) {
      met.add(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION.name());
    }
    if (f.indicators(DomesticAbuse.class).stream().anyMatch(a -> window.contains(a.date()))) {
      met.add(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE.name());
    }
    if (f.indicators(HealthProblem.class).stream().anyMatch(h -> window.contains(h.recordedOn()))) {
      met.add(Phase2Problem.HEALTH.name());
    }
    return met;
  }
}
