package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
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
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

/**
 * What the identification criteria of the phase that runs read of one family, found once on the
 * business date with the windows, thresholds and lists of the dated parameters: each field counts
 * the facts, or the children, that meet one way of meeting a criterion. The rules constrain these
 * fields directly; the facts themselves, for a reason's text, are the {@link #family() family
 * case}'s answers to the same questions. Fields of the phase that does not run are zero.
 *
 * <pre>
 * $f : FamilyFacts(phase == ProgrammePhase.PHASE_1, childOffences &gt; 0)
 * </pre>
 *
 * @param family the family being assessed, whose questions found these counts
 * @param phase the phase whose criteria were read
 * @param childOffences phase 1: offences proven in the look-back window against children
 * @param asbInterventions ASB interventions of the phase's listed types in its look-back window
 * @param permanentlyExcluded children permanently excluded in the phase's last terms
 * @param fixedTermExcluded children with at least the phase's number of fixed-term exclusions in its last terms
 * @param placedAfterExclusion children in a pupil referral unit or alternative provision after exclusion
 * @param notOnRoll children not on a school roll
 * @param unauthorisedAbsent phase 1: children with at least the threshold of unauthorised absence over the last terms
 * @param outOfWorkClaims open claims of the phase's out-of-work benefits by adults
 * @param localConcerns phase 1: concerns of the kinds the authority counts, in the look-back window
 * @param offences phase 2: offences proven against any member in the look-back window
 * @param asbIncidents phase 2: ASB incidents in the look-back window
 * @param oftenAbsent phase 2: children missing at least the threshold of sessions over the last terms
 * @param childrenNeedingHelp phase 2: children needing help on the business date
 * @param financialExclusion phase 2: risks of financial exclusion in the look-back window
 * @param youngPeopleNotInWork phase 2: young people not in education, employment or training
 * @param domesticAbuse phase 2: domestic violence or abuse in the look-back window
 * @param healthProblems phase 2: health problems in the look-back window
 */
public record FamilyFacts(
    FamilyCase family,
    ProgrammePhase phase,
    int childOffences,
    int asbInterventions,
    int permanentlyExcluded,
    int fixedTermExcluded,
    int placedAfterExclusion,
    int notOnRoll,
    int unauthorisedAbsent,
    int outOfWorkClaims,
    int localConcerns,
    int offences,
    int asbIncidents,
    int oftenAbsent,
    int childrenNeedingHelp,
    int financialExclusion,
    int youngPeopleNotInWork,
    int domesticAbuse,
    int healthProblems) {

  /**
   * The facts of the family for the criteria of the phase, on the policy's business date, found
   * in one pass over its indicators. They count what the family case's questions of the same
   * windows, thresholds and lists answer (a test holds the two together): {@code childOffences}
   * is the size of {@link FamilyCase#childOffences}, and so on. The facts found are also given to
   * the family case, which answers the same questions with them, so that a reason that names
   * them later does not look for them again.
   */
  public static FamilyFacts of(FamilyCase f, ProgrammePhase phase, Policy p) {
    boolean one = phase == ProgrammePhase.PHASE_1;
    String key = one ? "tf.phase1" : "tf.phase2";
    LocalDate asOf = f.asOf();
    int age = p.integer("tf.child.age-limit");
    int months = p.integer(key + ".look-back-months");
    int termCount = p.integer(key + ".terms");
    // the window and terms of the business date, found once for every family decided on it
    boolean onPolicyDate = asOf.equals(p.asOf());
    DateRange window = onPolicyDate ? p.window(months) : f.window(months);
    List<SchoolTerm> terms = onPolicyDate ? p.lastTerms(termCount) : f.lastTerms(termCount);
    List<String> asbTypes = p.texts(key + ".asb-interventions");
    List<String> benefits = p.texts(key + ".out-of-work-benefits");
    List<String> inWorkBenefits = p.texts("tf.in-work-benefits");
    List<String> concerns = one ? p.texts("tf.phase1.local-discretion-concerns") : List.of();
    Map<MemberId, Member> members = new HashMap<>();
    for (Member m : f.family().members()) {
      members.put(m.id(), m);
    }
    List<ProvenOffence> childOffences = new ArrayList<>(0);
    List<ProvenOffence> offences = new ArrayList<>(0);
    List<AsbIntervention> asbInterventions = new ArrayList<>(0);
    List<AsbIncident> asbIncidents = new ArrayList<>(0);
    List<SchoolPlacement> placedAfterExclusion = new ArrayList<>(0);
    List<SchoolPlacement> notOnRoll = new ArrayList<>(0);
    List<BenefitClaim> outOfWorkClaims = new ArrayList<>(0);
    List<LocalConcern> localConcerns = new ArrayList<>(0);
    List<ChildNeedingHelp> childrenNeedingHelp = new ArrayList<>(0);
    List<FinancialExclusionRisk> financialExclusion = new ArrayList<>(0);
    List<YoungPersonNotInWork> youngPeopleNotInWork = new ArrayList<>(0);
    List<DomesticAbuse> domesticAbuse = new ArrayList<>(0);
    List<HealthProblem> healthProblems = new ArrayList<>(0);
    // per child of the business date, in the order of their ids: permanent exclusions, fixed-term
    // exclusions, possible sessions (positive for each term recorded), sessions missed (phase 1:
    // unauthorised absences)
    Map<MemberId, long[]> children = new TreeMap<>();
    for (Indicator i : f.family().indicators()) {
      if (i instanceof ProvenOffence o) {
        if (window.contains(o.provenOn())) {
          offences.add(o);
          if (on(members, o.offender(), o.provenOn(), age, true)) {
            childOffences.add(o);
          }
        }
      } else if (i instanceof AsbIntervention a) {
        if (i.isWithin(window) && asbTypes.contains(a.type().name())) {
          asbInterventions.add(a);
        }
      } else if (i instanceof AsbIncident a) {
        if (i.isWithin(window)) {
          asbIncidents.add(a);
        }
      } else if (i instanceof Exclusion e) {
        if (terms.contains(e.term()) && on(members, e.child(), asOf, age, true)) {
          children.computeIfAbsent(e.child(), k -> new long[4])[e.kind() == ExclusionKind.PERMANENT ? 0 : 1]++;
        }
      } else if (i instanceof TermAttendance t) {
        if (terms.contains(t.term()) && on(members, t.child(), asOf, age, true)) {
          long[] c = children.computeIfAbsent(t.child(), k -> new long[4]);
          c[2] += t.possibleSessions();
          c[3] += one ? t.unauthorisedAbsences() : t.sessionsMissed();
        }
      } else if (i instanceof SchoolPlacement s) {
        if (s.period().contains(asOf) && on(members, s.child(), asOf, age, true)) {
          if (s.becauseOfExclusion() && (s.provision() == Provision.PUPIL_REFERRAL_UNIT || s.provision() == Provision.ALTERNATIVE_PROVISION)) {
            placedAfterExclusion.add(s);
          }
          if (s.provision() == Provision.NOT_ON_ROLL) {
            notOnRoll.add(s);
          }
        }
      } else if (i instanceof BenefitClaim b) {
        if (benefits.contains(b.type().name()) && b.isOpenOn(asOf) && on(members, b.adult(), asOf, age, false)
            && !(inWorkBenefits.contains(b.type().name()) && f.family().isEmployedOn(b.adult(), asOf))) {
          outOfWorkClaims.add(b);
        }
      } else if (i instanceof LocalConcern c) {
        if (i.isWithin(window) && concerns.contains(c.type().code())) {
          localConcerns.add(c);
        }
      } else if (i instanceof ChildNeedingHelp c) {
        if (c.period().contains(asOf)) {
          childrenNeedingHelp.add(c);
        }
      } else if (i instanceof FinancialExclusionRisk r) {
        if (i.isWithin(window)) {
          financialExclusion.add(r);
        }
      } else if (i instanceof YoungPersonNotInWork y) {
        if (y.period().contains(asOf)) {
          youngPeopleNotInWork.add(y);
        }
      } else if (i instanceof DomesticAbuse d) {
        if (i.isWithin(window)) {
          domesticAbuse.add(d);
        }
      } else if (i instanceof HealthProblem h) {
        if (i.isWithin(window)) {
          healthProblems.add(h);
        }
      }
    }
    int minFixed = p.integer(key + ".fixed-exclusions");
    Percentage threshold = p.percentage(one ? "tf.phase1.unauthorised-absence" : "tf.phase2.absence");
    // the children by id, as the family case's answers list them
    List<MemberId> permanentlyExcluded = new ArrayList<>(0);
    List<MemberId> fixedTermExcluded = new ArrayList<>(0);
    List<MemberId> absent = new ArrayList<>(0);
    List<String> rates = new ArrayList<>(0);
    children.forEach((child, c) -> {
      if (c[0] > 0) {
        permanentlyExcluded.add(child);
      }
      if (c[1] >= minFixed) {
        fixedTermExcluded.add(child);
      }
      if (c[2] > 0) {
        Percentage rate = Percentage.ratio(c[3], c[2]);
        if (rate.isAtLeast(threshold)) {
          absent.add(child);
        }
        if (one) {
          rates.add(child + ": " + rate);
        }
      }
    });
    f.remember(new FamilyCase.Found(one, months, window, termCount, terms, age, minFixed, threshold, asbTypes, benefits, inWorkBenefits, concerns,
        childOffences, offences, asbInterventions, asbIncidents, permanentlyExcluded, fixedTermExcluded, absent, rates,
        placedAfterExclusion, notOnRoll, outOfWorkClaims, localConcerns, childrenNeedingHelp, financialExclusion,
        youngPeopleNotInWork, domesticAbuse, healthProblems));
    if (one) {
      return new FamilyFacts(f, phase, childOffences.size(), asbInterventions.size(), permanentlyExcluded.size(),
          fixedTermExcluded.size(), placedAfterExclusion.size(), notOnRoll.size(), absent.size(), outOfWorkClaims.size(),
          localConcerns.size(), 0, 0, 0, 0, 0, 0, 0, 0);
    }
    return new FamilyFacts(f, phase, 0, asbInterventions.size(), permanentlyExcluded.size(), fixedTermExcluded.size(),
        placedAfterExclusion.size(), notOnRoll.size(), 0, outOfWorkClaims.size(), 0, offences.size(), asbIncidents.size(), absent.size(),
        childrenNeedingHelp.size(), financialExclusion.size(), youngPeopleNotInWork.size(), domesticAbuse.size(),
        healthProblems.size());
  }

  /** True if the member is born by the day and, as asked, under the age limit on it or not. */
  private static boolean on(Map<MemberId, Member> members, MemberId id, LocalDate day, int age, boolean child) {
    Member m = members.get(id);
    return m != null && m.isBornBy(day) && m.isUnder(age, day) == child;
  }

  /** The family's id. */
  public String id() {
    return family.id();
  }

  @Override
  public String toString() {
    return family.toString();
  }
}
