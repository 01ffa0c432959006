package org.communitybudgets.rules.troubledfamilies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import org.communitybudgets.money.Percentage;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

/**
 * One family being assessed on a business date, with the questions the Troubled Families criteria
 * ask of it. Each question takes its window, threshold or list from the rule that asks it, which
 * reads them from the {@link Policy}; the answers are the facts that meet it, so that a rule can
 * both test them and record them in its reason. One such fact is inserted per family.
 *
 * <pre>
 * $f : FamilyCase()
 * eval(!$f.childOffences($p.integer("tf.phase1.look-back-months"), $p.integer("tf.child.age-limit")).isEmpty())
 * </pre>
 */
public final class FamilyCase {
  private final Family family;
  private final LocalDate asOf;
  /**
   * The answers already given, by method and arguments: a rule and its opposite ask the same
   * question, and the consequence asks it again. A fact belongs to one session, which one thread
   * runs, so a plain map will do.
   */
  private final Map<Question, Object> answers = new HashMap<>(64);
  private Map<Class<?>, List<Indicator>> byKind;
  /** What the one pass of the family's facts found, if it ran. */
  private Found found;

  /** The family on the business date, as the engine inserts it; for testing a council's rules. */
  public FamilyCase(Family family, LocalDate asOf) {
    this.family = family;
    this.asOf = asOf;
  }

  /**
   * The answer to the question, computed once per fact. A plain get and put rather than {@code
   * computeIfAbsent}: answers ask each other (a window inside an offence count), and a map may not
   * be changed while it computes.
   */
  @SuppressWarnings("unchecked")
  private <T> T answer(Supplier<T> compute, Object... question) {
    if (question.length > 4) {
      throw new IllegalArgumentException("a question takes at most three arguments, was " + List.of(question));
    }
    Question key = new Question(
        question[0],
        question.length > 1 ? question[1] : null,
        question.length > 2 ? question[2] : null,
        question.length > 3 ? question[3] : null);
    Object known = answers.get(key);
    if (known == null) {
      known = compute.get();
      answers.put(key, known);
    }
    return (T) known;
  }

  /**
   * What the one pass of {@link FamilyFacts#of} found of the family, with the windows, terms,
   * thresholds and lists it was given: the questions the criteria ask with those are answered
   * from it (a property holds each such answer equal to the one the questions find themselves).
   *
   * @param phase1 true if found for phase 1's criteria: the absent children are then those of
   *     unauthorised absence at least the threshold, with their rates; for phase 2, of all absence
   */
  record Found(
      boolean phase1,
      int months,
      DateRange window,
      int terms,
      List<SchoolTerm> lastTerms,
      int age,
      int minFixed,
      Percentage threshold,
      List<String> asbTypes,
      List<String> benefits,
      List<String> inWorkBenefits,
      List<String> concerns,
      List<ProvenOffence> childOffences,
      List<ProvenOffence> offences,
      List<AsbIntervention> asbInterventions,
      List<AsbIncident> asbIncidents,
      List<MemberId> permanentlyExcluded,
      List<MemberId> fixedTermExcluded,
      List<MemberId> absent,
      List<String> unauthorisedRates,
      List<SchoolPlacement> placedAfterExclusion,
      List<SchoolPlacement> notOnRoll,
      List<BenefitClaim> outOfWorkClaims,
      List<LocalConcern> localConcerns,
      List<ChildNeedingHelp> childrenNeedingHelp,
      List<FinancialExclusionRisk> financialExclusion,
      List<YoungPersonNotInWork> youngPeopleNotInWork,
      List<DomesticAbuse> domesticAbuse,
      List<HealthProblem> healthProblems) {

    /** Unmodifiable, as the answers the questions find themselves are (an empty one costs nothing). */
    Found {
      childOffences = List.copyOf(childOffences);
      offences = List.copyOf(offences);
      asbInterventions = List.copyOf(asbInterventions);
      asbIncidents = List.copyOf(asbIncidents);
      permanentlyExcluded = List.copyOf(permanentlyExcluded);
      fixedTermExcluded = List.copyOf(fixedTermExcluded);
      absent = List.copyOf(absent);
      unauthorisedRates = List.copyOf(unauthorisedRates);
      placedAfterExclusion = List.copyOf(placedAfterExclusion);
      notOnRoll = List.copyOf(notOnRoll);
      outOfWorkClaims = List.copyOf(outOfWorkClaims);
      localConcerns = List.copyOf(localConcerns);
      childrenNeedingHelp = List.copyOf(childrenNeedingHelp);
      financialExclusion = List.copyOf(financialExclusion);
      youngPeopleNotInWork = List.copyOf(youngPeopleNotInWork);
      domesticAbuse = List.copyOf(domesticAbuse);
      healthProblems = List.copyOf(healthProblems);
    }

    boolean absence(boolean unauthorised, int terms, Percentage threshold, int age) {
      return phase1 == unauthorised && this.terms == terms && this.age == age && this.threshold.equals(threshold);
    }
  }

  /** Answers the questions {@code found} was found for from it. */
  void remember(Found found) {
    this.found = found;
  }

  /** A question and its arguments, as the key of its answer. */
  private record Question(Object name, Object a, Object b, Object c) {}


  /** The family's indicators of the kind, in the family's order. */
  private <T extends Indicator> List<T> indicators(Class<T> kind) {
    if (byKind == null) {
      byKind = new HashMap<>();
      for (Indicator i : family.indicators()) {
        byKind.computeIfAbsent(i.getClass(), k -> new ArrayList<>()).add(i);
      }
    }
    @SuppressWarnings("unchecked")
    List<T> found = (List<T>) byKind.getOrDefault(kind, List.of());
    return found;
  }

  /** The family's indicators of the kind dated within the range. */
  private <T extends Indicator> List<T> indicatorsWithin(Class<T> kind, DateRange range) {
    return indicators(kind).stream().filter(i -> i.isWithin(range)).toList();
  }

  /** The family. */
  public Family family() {
    return family;
  }

  /** The family's id. */
  public String id() {
    return family.id().value();
  }

  /** The business date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The days of the last {@code months} months up to and including the business date. */
  public DateRange window(int months) {
    if (found != null && found.months() == months) {
      return found.window();
    }
    return answer(() -> DateRange.monthsEndingOn(asOf, months), "window", months);
  }

  /** The last {@code count} school terms completed before the business date, oldest first. */
  public List<SchoolTerm> lastTerms(int count) {
    if (found != null && found.terms() == count) {
      return found.lastTerms();
    }
    return answer(() -> SchoolTerm.lastCompleted(count, asOf), "lastTerms", count);
  }

  /**
   * True if the family's authority is one of the early starters of phase 2 ({@code
   * tf.phase2.early-starters}) and the business date is on or after their first day ({@code
   * tf.phase2.early-start-day}).
   */
  public boolean phase2StartedEarly(Policy p) {
    return p.listContains("tf.phase2.early-starters", family.authority().value())
        && !asOf.isBefore(p.date("tf.phase2.early-start-day"));
  }

  /** True if the member is born and younger than {@code ageLimit} on the day. */
  public boolean isChildOn(MemberId member, LocalDate day, int ageLimit) {
    return family.member(member).map(m -> m.isBornBy(day) && m.isUnder(ageLimit, day)).orElse(false);
  }

  /** True if the member is born and at least {@code ageLimit} on the day. */
  public boolean isAdultOn(MemberId member, LocalDate day, int ageLimit) {
    return family.member(member).map(m -> m.isBornBy(day) && !m.isUnder(ageLimit, day)).orElse(false);
  }

  /** The members born and younger than {@code ageLimit} on the business date, by id. */
  public List<Member> children(int ageLimit) {
    return answer(() -> members().filter(m -> m.isUnder(ageLimit, asOf)).toList(), "children", ageLimit);
  }

  /** The members of at least {@code ageLimit} on the business date, by id. */
  public List<Member> adults(int ageLimit) {
    return answer(() -> members().filter(m -> !m.isUnder(ageLimit, asOf)).toList(), "adults", ageLimit);
  }

  /** The members born by the business date, by id, so that answers do not depend on the order the family lists them in. */
  private Stream<Member> members() {
    return family.members().stream()
        .filter(m -> m.isBornBy(asOf))
        .sorted(Comparator.comparing(Member::id));
  }

  /** Offences proven in the window against members who were children on the day. */
  public List<ProvenOffence> childOffences(int months, int ageLimit) {
    if (found != null && found.months() == months && found.age() == ageLimit) {
      return found.childOffences();
    }
    return answer(() -> {
      DateRange window = window(months);
      return indicators(ProvenOffence.class).stream()
          .filter(o -> window.contains(o.provenOn()) && isChildOn(o.offender(), o.provenOn(), ageLimit))
          .toList();
    }, "childOffences", months, ageLimit);
  }

  /** Offences proven in the window against any member. */
  public List<ProvenOffence> offences(int months) {
    if (found != null && found.months() == months) {
      return found.offences();
    }
    return answer(() -> indicatorsWithin(ProvenOffence.class, window(months)), "offences", months);
  }

  /** ASB interventions of the listed types in the window. */
  public List<AsbIntervention> asbInterventions(int months, List<String> types) {
    if (found != null && found.months() == months && found.asbTypes().equals(types)) {
      return found.asbInterventions();
    }
    return answer(() -> indicatorsWithin(AsbIntervention.class, window(months)).stream()
        .filter(i -> types.contains(i.type().name()))
        .toList(), "asbInterventions", months, types);
  }

  /** ASB incidents recorded in the window. */
  public List<AsbIncident> asbIncidents(int months) {
    if (found != null && found.months() == months) {
      return found.asbIncidents();
    }
    return answer(() -> indicatorsWithin(AsbIncident.class, window(months)), "asbIncidents", months);
  }

  /** Children permanently excluded in the terms. */
  public List<MemberId> permanentlyExcluded(int terms, int ageLimit) {
    if (found != null && found.terms() == terms && found.age() == ageLimit) {
      return found.permanentlyExcluded();
    }
    return answer(() -> childrenWithExclusions(ExclusionKind.PERMANENT, terms, 1, ageLimit), "permanentlyExcluded", terms, ageLimit);
  }

  /** Children with at least {@code min} fixed-term exclusions across the terms. */
  public List<MemberId> fixedTermExcluded(int terms, int min, int ageLimit) {
    if (found != null && found.terms() == terms && found.minFixed() == min && found.age() == ageLimit) {
      return found.fixedTermExcluded();
    }
    return answer(() -> childrenWithExclusions(ExclusionKind.FIXED_TERM, terms, min, ageLimit), "fixedTermExcluded", terms, min, ageLimit);
  }

  private List<MemberId> childrenWithExclusions(ExclusionKind kind, int terms, int min, int ageLimit) {
    Map<MemberId, Integer> counts = exclusionCounts(kind, terms);
    return children(ageLimit).stream()
        .map(Member::id)
        .filter(c -> counts.getOrDefault(c, 0) >= min)
        .toList();
  }

  /** Each child's exclusions of the kind counted in the last {@code terms} terms, in one pass. */
  private Map<MemberId, Integer> exclusionCounts(ExclusionKind kind, int terms) {
    return answer(() -> {
      Set<SchoolTerm> counted = Set.copyOf(lastTerms(terms));
      Map<MemberId, Integer> counts = new HashMap<>();
      for (Exclusion e : indicators(Exclusion.class)) {
        if (e.kind() == kind && counted.contains(e.term())) {
          counts.merge(e.child(), 1, Integer::sum);
        }
      }
      return counts;
    }, "exclusionCounts", kind, terms);
  }

  /**
   * Each child's sessions over the last {@code terms} terms recorded, in one pass: possible
   * sessions, unauthorised absences and all absences, summed over the terms recorded.
   */
  private Map<MemberId, long[]> attendance(int terms) {
    return answer(() -> {
      Set<SchoolTerm> counted = Set.copyOf(lastTerms(terms));
      Map<MemberId, long[]> sums = new HashMap<>();
      for (TermAttendance a : indicators(TermAttendance.class)) {
        if (counted.contains(a.term())) {
          long[] s = sums.computeIfAbsent(a.child(), k -> new long[3]);
          s[0] += a.possibleSessions();
          s[1] += a.unauthorisedAbsences();
          s[2] += a.sessionsMissed();
        }
      }
      return sums;
    }, "attendance", terms);
  }

  /** The child's unauthorised absence ({@code all} false) or all absence over the terms, if any term is recorded. */
  private Optional<Percentage> absenceRate(MemberId child, int terms, boolean all) {
    long[] s = attendance(terms).get(child);
    return s == null ? Optional.empty() : Optional.of(Percentage.ratio(all ? s[2] : s[1], s[0]));
  }

  /** Children in a pupil referral unit or alternative provision on the business date because they were excluded. */
  public List<SchoolPlacement> placedAfterExclusion(int ageLimit) {
    if (found != null && found.age() == ageLimit) {
      return found.placedAfterExclusion();
    }
    return answer(
        () -> openPlacements(ageLimit)
            .filter(p -> p.becauseOfExclusion()
                && (p.provision() == Provision.PUPIL_REFERRAL_UNIT || p.provision() == Provision.ALTERNATIVE_PROVISION))
            .toList(),
        "placedAfterExclusion", ageLimit);
  }

  /** Children recorded as not on a school roll on the business date. */
  public List<SchoolPlacement> notOnRoll(int ageLimit) {
    if (found != null && found.age() == ageLimit) {
      return found.notOnRoll();
    }
    return answer(() -> openPlacements(ageLimit).filter(p -> p.provision() == Provision.NOT_ON_ROLL).toList(), "notOnRoll", ageLimit);
  }

  private Stream<SchoolPlacement> openPlacements(int ageLimit) {
    return indicators(SchoolPlacement.class).stream()
        .filter(p -> p.period().contains(asOf) && isChildOn(p.child(), asOf, ageLimit));
  }

  /**
   * The children whose attendance the education result cannot count as in school over the last
   * {@code terms} completed terms, each with why: a child under {@code ageLimit} with a school
   * record in the family's data (attendance, an exclusion or a placement) who has no attendance
   * recorded for any of the terms, is not on a school roll or is in a pupil referral unit or
   * alternative provision after exclusion on the business date, or was permanently excluded in the
   * terms. A child with no school record at all (not of school age) is not counted.
   */
  public List<String> childrenOutOfSchool(int terms, int ageLimit) {
    return answer(() -> outOfSchool(terms, ageLimit, c -> true), "childrenOutOfSchool", terms, ageLimit);
  }

  /**
   * The children of {@link #childrenOutOfSchool(int, int)} who are of compulsory school age on the
   * business date: a child past it, who may have left school, counts as neither in nor out of school.
   */
  public List<String> childrenOutOfSchool(int terms, int ageLimit, int leavingAge) {
    return answer(() -> outOfSchool(terms, ageLimit, c -> ofCompulsorySchoolAge(c.id(), leavingAge)),
        "childrenOutOfSchool", terms, new SchoolAge(ageLimit, leavingAge));
  }

  private List<String> outOfSchool(int terms, int ageLimit, Predicate<Member> counted) {
    Set<MemberId> withRecords = new HashSet<>();
    indicators(TermAttendance.class).forEach(a -> withRecords.add(a.child()));
    indicators(Exclusion.class).forEach(e -> withRecords.add(e.child()));
    indicators(SchoolPlacement.class).forEach(p -> withRecords.add(p.child()));
    Set<MemberId> permanent = Set.copyOf(permanentlyExcluded(terms, ageLimit));
    Set<MemberId> offRoll = new HashSet<>();
    notOnRoll(ageLimit).forEach(p -> offRoll.add(p.child()));
    Set<MemberId> placed = new HashSet<>();
    placedAfterExclusion(ageLimit).forEach(p -> placed.add(p.child()));
    List<String> out = new ArrayList<>();
    for (Member c : children(ageLimit)) {
      if (!withRecords.contains(c.id()) || !counted.test(c)) {
        continue;
      }
      List<String> why = new ArrayList<>(3);
      if (!attendance(terms).containsKey(c.id())) {
        why.add("no attendance recorded for the terms " + lastTerms(terms));
      }
      if (offRoll.contains(c.id())) {
        why.add("not on a school roll");
      }
      if (placed.contains(c.id())) {
        why.add("in a pupil referral unit or alternative provision after exclusion");
      }
      if (permanent.contains(c.id())) {
        why.add("permanently excluded in the terms");
      }
      if (!why.isEmpty()) {
        out.add(c.id() + ": " + String.join(", ", why));
      }
    }
    return out;
  }

  /** An age limit for children with a school leaving age, as one argument of a question. */
  private record SchoolAge(int ageLimit, int leavingAge) {}

  /** True if the child is not past compulsory school age on the business date. */
  private boolean ofCompulsorySchoolAge(MemberId child, int leavingAge) {
    return family.member(child).map(m -> !m.isPastCompulsorySchoolAge(leavingAge, asOf)).orElse(false);
  }

  /** The children of {@link #fixedTermExcluded(int, int, int)} who are of compulsory school age on the business date. */
  public List<MemberId> fixedTermExcluded(int terms, int min, int ageLimit, int leavingAge) {
    return answer(() -> fixedTermExcluded(terms, min, ageLimit).stream().filter(c -> ofCompulsorySchoolAge(c, leavingAge)).toList(),
        "fixedTermExcluded", terms, min, new SchoolAge(ageLimit, leavingAge));
  }

  /** The children of {@link #unauthorisedAbsenceAtLeast(int, Percentage, int)} who are of compulsory school age on the business date. */
  public List<MemberId> unauthorisedAbsenceAtLeast(int terms, Percentage threshold, int ageLimit, int leavingAge) {
    return answer(
        () -> unauthorisedAbsenceAtLeast(terms, threshold, ageLimit).stream().filter(c -> ofCompulsorySchoolAge(c, leavingAge)).toList(),
        "unauthorisedAbsenceAtLeast", terms, threshold, new SchoolAge(ageLimit, leavingAge));
  }

  /** The rates of {@link #unauthorisedRates(int, int)} of the children of compulsory school age on the business date. */
  public List<String> unauthorisedRates(int terms, int ageLimit, int leavingAge) {
    return answer(() -> children(ageLimit).stream()
        .filter(c -> ofCompulsorySchoolAge(c.id(), leavingAge))
        .flatMap(c -> absenceRate(c.id(), terms, false).map(r -> c.id() + ": " + r).stream())
        .toList(), "unauthorisedRates", terms, new SchoolAge(ageLimit, leavingAge));
  }

  /** Children whose unauthorised absence over the terms recorded of those counted is at least the threshold. */
  public List<MemberId> unauthorisedAbsenceAtLeast(int terms, Percentage threshold, int ageLimit) {
    if (found != null && found.absence(true, terms, threshold, ageLimit)) {
      return found.absent();
    }
    return answer(() -> children(ageLimit).stream()
        .map(Member::id)
        .filter(c -> absenceRate(c, terms, false).map(r -> r.isAtLeast(threshold)).orElse(false))
        .toList(), "unauthorisedAbsenceAtLeast", terms, threshold, ageLimit);
  }

  /** Children whose absence, authorised or not, over the terms recorded of those counted is at least the threshold. */
  public List<MemberId> absenceAtLeast(int terms, Percentage threshold, int ageLimit) {
    if (found != null && found.absence(false, terms, threshold, ageLimit)) {
      return found.absent();
    }
    return answer(() -> children(ageLimit).stream()
        .map(Member::id)
        .filter(c -> absenceRate(c, terms, true).map(r -> r.isAtLeast(threshold)).orElse(false))
        .toList(), "absenceAtLeast", terms, threshold, ageLimit);
  }

  /** A child's unauthorised absence over the terms, as text for a reason ("c-1: 15%"), for each child recorded. */
  public List<String> unauthorisedRates(int terms, int ageLimit) {
    if (found != null && found.phase1() && found.terms() == terms && found.age() == ageLimit) {
      return found.unauthorisedRates();
    }
    return answer(() -> children(ageLimit).stream()
        .flatMap(c -> absenceRate(c.id(), terms, false).map(r -> c.id() + ": " + r).stream())
        .toList(), "unauthorisedRates", terms, ageLimit);
  }

  /** Benefit claims of the listed types, open on the business date, by members who are adults. */
  public List<BenefitClaim> openBenefitClaims(List<String> types, int adultAge) {
    return openBenefitClaims(types, List.of(), adultAge);
  }

  /**
   * Benefit claims of the listed types, open on the business date, by members who are adults,
   * leaving out a claim of a benefit that goes on in work ({@code inWork}, e.g. Universal Credit)
   * whose claimant is in an employment spell on the business date.
   */
  public List<BenefitClaim> openBenefitClaims(List<String> types, List<String> inWork, int adultAge) {
    if (found != null && found.age() == adultAge && found.benefits().equals(types) && found.inWorkBenefits().equals(inWork)) {
      return found.outOfWorkClaims();
    }
    return answer(() -> indicators(BenefitClaim.class).stream()
        .filter(b -> types.contains(b.type().name()) && b.isOpenOn(asOf) && isAdultOn(b.adult(), asOf, adultAge)
            && !(inWork.contains(b.type().name()) && family.isEmployedOn(b.adult(), asOf)))
        .toList(), "openBenefitClaims", types, inWork, adultAge);
  }

  /** Local concerns with one of the listed codes recorded in the window. */
  public List<LocalConcern> localConcerns(int months, List<String> codes) {
    if (found != null && found.months() == months && found.concerns().equals(codes)) {
      return found.localConcerns();
    }
    return answer(() -> indicatorsWithin(LocalConcern.class, window(months)).stream()
        .filter(c -> codes.contains(c.type().code()))
        .toList(), "localConcerns", months, codes);
  }

  /** Children in need, on a protection plan or otherwise needing help on the business date. */
  public List<ChildNeedingHelp> childrenNeedingHelp() {
    if (found != null) {
      return found.childrenNeedingHelp();
    }
    return answer(() -> indicators(ChildNeedingHelp.class).stream().filter(c -> c.period().contains(asOf)).toList(), "childrenNeedingHelp");
  }

  /** Domestic violence or abuse recorded in the window. */
  public List<DomesticAbuse> domesticAbuse(int months) {
    if (found != null && found.months() == months) {
      return found.domesticAbuse();
    }
    return answer(() -> indicatorsWithin(DomesticAbuse.class, window(months)), "domesticAbuse", months);
  }

  /** Health problems recorded in the window. */
  public List<HealthProblem> healthProblems(int months) {
    if (found != null && found.months() == months) {
      return found.healthProblems();
    }
    return answer(() -> indicatorsWithin(HealthProblem.class, window(months)), "healthProblems", months);
  }

  /** Risks of financial exclusion recorded in the window. */
  public List<FinancialExclusionRisk> financialExclusion(int months) {
    if (found != null && found.months() == months) {
      return found.financialExclusion();
    }
    return answer(() -> indicatorsWithin(FinancialExclusionRisk.class, window(months)), "financialExclusion", months);
  }

  /** Young people not in education, employment or training on the business date. */
  public List<YoungPersonNotInWork> youngPeopleNotInWork() {
    if (found != null) {
      return found.youngPeopleNotInWork();
    }
    return answer(() -> indicators(YoungPersonNotInWork.class).stream().filter(y -> y.period().contains(asOf)).toList(), "youngPeopleNotInWork");
  }

  /** The descriptions of the facts, for a reason, in date order whatever order the family lists them in. */
  public static String describe(List<? extends Indicator> facts) {
    if (facts.size() < 2) {
      return facts.isEmpty() ? "" : facts.get(0).description();
    }
    return String.join("; ", facts.stream().sorted(IN_DATE_ORDER).map(Indicator::description).toList());
  }

  private static final Comparator<Indicator> IN_DATE_ORDER =
      Comparator.comparing(Indicator::date).thenComparing(Indicator::description);

  @Override
  public String toString() {
    return "family " + id() + " on " + asOf;
  }
}
