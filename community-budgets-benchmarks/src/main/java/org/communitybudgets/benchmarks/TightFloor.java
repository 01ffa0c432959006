package org.communitybudgets.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FinancialExclusionRisk;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.Provision;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.YoungPersonNotInWork;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.ruleset.RuleSetLoader;
import org.communitybudgets.rules.internal.subjects.StandardSubjects;
import org.communitybudgets.time.SchoolTerm;

/**
 * The floor of the identification benchmarks: eligibility of a family for the phase that runs,
 * in one pass over its indicators, with every parameter read once for the whole cohort, and no
 * explanation. It decides as the rules do (checked against them by the benchmark's set-up), as
 * fast as plain Java can; benchmark code, not part of the library.
 */
public final class TightFloor {
  /** The standard rules and parameters, loaded as the standard engine loads them. */
  private static final RuleSetLoader.Loaded RULES = StandardSubjects.loader().load(FundingCatalogue.standard());

  private final boolean phase1;
  private final LocalDate asOf;
  private final LocalDate windowStart;
  private final int age;
  private final Set<SchoolTerm> terms;
  private final int fixedExclusions;
  private final Percentage absence;
  private final Set<String> asbTypes;
  private final Set<String> benefits;
  private final Set<String> concerns;
  private final int needed;
  private final int neededWithLocal;

  /** The floor for the engine's parameters on the business date, which must fall in a phase. */
  public TightFloor(CommunityBudgetsEngine engine, LocalDate asOf) {
    Policy p = new Policy(RULES.parameters(), asOf);
    this.phase1 = !asOf.isBefore(p.date("tf.phase1.first-day")) && !asOf.isAfter(p.date("tf.phase1.last-day"));
    String phase = phase1 ? "tf.phase1" : "tf.phase2";
    this.asOf = asOf;
    this.windowStart = asOf.minusMonths(p.integer(phase + ".look-back-months")).plusDays(1);
    this.age = p.integer("tf.child.age-limit");
    this.terms = Set.copyOf(SchoolTerm.lastCompleted(p.integer(phase + ".terms"), asOf));
    this.fixedExclusions = p.integer(phase + ".fixed-exclusions");
    this.absence = p.percentage(phase1 ? "tf.phase1.unauthorised-absence" : "tf.phase2.absence");
    this.asbTypes = Set.copyOf(p.texts(phase + ".asb-interventions"));
    this.benefits = Set.copyOf(p.texts(phase + ".out-of-work-benefits"));
    this.concerns = phase1 ? Set.copyOf(p.texts("tf.phase1.local-discretion-concerns")) : Set.of();
    this.needed = phase1 ? p.integer("tf.phase1.national-criteria") : p.integer("tf.phase2.problems");
    this.neededWithLocal = phase1 ? p.integer("tf.phase1.national-criteria-with-local") : needed;
  }

  private boolean inWindow(LocalDate day) {
    return !day.isBefore(windowStart) && !day.isAfter(asOf);
  }

  private static boolean childOn(Map<MemberId, Member> members, MemberId id, LocalDate day, int age) {
    Member m = members.get(id);
    return m != null && m.isBornBy(day) && m.isUnder(age, day);
  }

  /** True if the family is identified on the business date. */
  public boolean eligible(Family family) {
    Map<MemberId, Member> members = family.members().stream().collect(Collectors.toMap(Member::id, m -> m));
    boolean crime = false;
    boolean school = false;
    boolean work = false;
    boolean local = false;
    boolean help = false;
    boolean abuse = false;
    boolean health = false;
    Map<MemberId, long[]> children = new HashMap<>();
    for (Indicator i : family.indicators()) {
      if (i instanceof ProvenOffence o) {
        crime |= inWindow(o.provenOn()) && (!phase1 || childOn(members, o.offender(), o.provenOn(), age));
      } else if (i instanceof AsbIntervention a) {
        crime |= inWindow(a.date()) && asbTypes.contains(a.type().name());
      } else if (i instanceof AsbIncident a) {
        crime |= !phase1 && inWindow(a.date());
      } else if (i instanceof Exclusion e) {
        if (terms.contains(e.term()) && childOn(members, e.child(), asOf, age)) {
          long[] c = children.computeIfAbsent(e.child(), k -> new long[4]);
          c[e.kind() == ExclusionKind.PERMANENT ? 0 : 1]++;
        }
      } else if (i instanceof TermAttendance t) {
        if (terms.contains(t.term()) && childOn(members, t.child(), asOf, age)) {
          long[] c = children.computeIfAbsent(t.child(), k -> new long[4]);
          c[2] += t.possibleSessions();
          c[3] += phase1 ? t.unauthorisedAbsences() : t.sessionsMissed();
        }
      } else if (i instanceof SchoolPlacement s) {
        school |= phase1 && s.period().contains(asOf) && childOn(members, s.child(), asOf, age)
            && ((s.becauseOfExclusion() && (s.provision() == Provision.PUPIL_REFERRAL_UNIT || s.provision() == Provision.ALTERNATIVE_PROVISION))
                || s.provision() == Provision.NOT_ON_ROLL);
      } else if (i instanceof BenefitClaim b) {
        Member m = members.get(b.adult());
        work |= benefits.contains(b.type().name()) && b.isOpenOn(asOf) && m != null && m.isBornBy(asOf) && !m.isUnder(age, asOf);
      } else if (i instanceof LocalConcern c) {
        local |= phase1 && inWindow(c.recordedOn()) && concerns.contains(c.type().code());
      } else if (i instanceof ChildNeedingHelp c) {
        help |= !phase1 && c.period().contains(asOf);
      } else if (i instanceof FinancialExclusionRisk r) {
        work |= !phase1 && inWindow(r.date());
      } else if (i instanceof YoungPersonNotInWork y) {
        work |= !phase1 && y.period().contains(asOf);
      } else if (i instanceof DomesticAbuse d) {
        abuse |= !phase1 && inWindow(d.date());
      } else if (i instanceof HealthProblem h) {
        health |= !phase1 && inWindow(h.recordedOn());
      }
    }
    for (long[] c : children.values()) {
      school |= c[0] > 0 || c[1] >= fixedExclusions || (c[2] > 0 && Percentage.ratio(c[3], c[2]).isAtLeast(absence));
    }
    if (phase1) {
      int national = (crime ? 1 : 0) + (school ? 1 : 0) + (work ? 1 : 0);
      return national >= needed || (local && national >= neededWithLocal);
    }
    int problems = (crime ? 1 : 0) + (school ? 1 : 0) + (work ? 1 : 0) + (help ? 1 : 0) + (abuse ? 1 : 0) + (health ? 1 : 0);
    return problems >= needed;
  }

  /** How many of the families the floor and the engine disagree on: zero, or the floor is wrong. */
  public long disagreements(CommunityBudgetsEngine engine, List<Family> families) {
    return families.parallelStream().filter(f -> engine.identify(f, asOf).isEligible() != eligible(f)).count();
  }
}
