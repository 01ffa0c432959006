package org.communitybudgets.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.AsbInterventionType;
import org.communitybudgets.family.Attachment;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.ConcernType;
import org.communitybudgets.family.DeclaredResult;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.DomesticAbuseKind;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.FinancialExclusionKind;
import org.communitybudgets.family.FinancialExclusionRisk;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.HealthProblemKind;
import org.communitybudgets.family.HelpKind;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.Outcome;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProblemProgress;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.Provision;
import org.communitybudgets.family.ResultKind;
import org.communitybudgets.family.Role;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.WorkProgressKind;
import org.communitybudgets.family.YoungPersonNotInWork;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

/**
 * Generators of families, their members, indicators, attachments and outcomes, and of outcomes
 * plans. Every generated value is valid by construction.
 *
 * <p>{@link #familiesAsOf(LocalDate)} returns a {@link FamilyArbitrary} whose knobs steer
 * families near the identification and results criteria, e.g. {@code
 * familiesAsOf(asOf).nearAbsenceThreshold(Percentage.of(15)).withFixedExclusions(3)}. The
 * thresholds are arguments: the generators encode no policy value.
 */
public final class FamilyArbitraries {
  private FamilyArbitraries() {}

  /** How far back from the as-of date random indicators are dated: two years. */
  public static final int LOOK_BACK_YEARS = 2;

  /** The number of completed terms before the as-of date that random attendance covers. */
  static final int ATTENDANCE_TERMS = 4;

  private static final List<String> AUTHORITIES =
      List.of(
          "birmingham",
          "blackburn-with-darwen",
          "blackpool",
          "bradford",
          "essex",
          "manchester",
          "kent",
          "leicestershire",
          "lincolnshire",
          "barnet",
          "croydon",
          "islington",
          "lewisham",
          "westminster",
          "swindon",
          "cheshire-west-and-chester");

  private static final List<String> OFFENCES =
      List.of("theft", "criminal damage", "common assault", "burglary", "possession of cannabis");

  private static final List<String> MEASURES =
      List.of(
          "no proven offence or ASB incident for 6 months",
          "attendance above the plan's level for 3 terms",
          "child protection plan stepped down",
          "tenancy sustained and arrears reduced",
          "no police call-out for 6 months",
          "engaged with treatment for 6 months");

  private static final List<String> VERIFICATIONS =
      List.of("school and police records", "Jobcentre Plus referral record", "HMRC employment record");

  private static final List<String> KEY_WORKERS = List.of("J. Smith", "A. Khan", "M. Jones", "key worker 7");

  /** Authorities among the upper-tier councils of the first Community Budget areas (Public Finance 2011). */
  public static Arbitrary<AreaId> authorities() {
    return Arbitraries.of(AUTHORITIES).map(AreaId::of);
  }

  /** Family identifiers such as {@code f-1001}. */
  public static Arbitrary<FamilyId> familyIds() {
    return Arbitraries.integers().between(1, 999_999).map(i -> FamilyId.of("f-" + i));
  }

  /** Member identifiers such as {@code m-17}. */
  public static Arbitrary<MemberId> memberIds() {
    return Arbitraries.integers().between(1, 9_999).map(i -> MemberId.of("m-" + i));
  }

  /** Any member: any role, any accepted date of birth. */
  public static Arbitrary<Member> members() {
    return Combinators.combine(
            memberIds(),
            TimeArbitraries.datesBetween(Member.EARLIEST_DATE_OF_BIRTH, Member.LATEST_DATE_OF_BIRTH),
            Arbitraries.of(Role.class))
        .as(Member::new);
  }

  /** Families as of a date within the programmes' span; see {@link #familiesAsOf(LocalDate)}. */
  public static Arbitrary<Family> families() {
    return TimeArbitraries.programmeDates().flatMap(FamilyArbitraries::familiesAsOf);
  }

  /**
   * Families as they stand on {@code asOf}: one to three adults (the first a parent or carer,
   * aged 18–70 on {@code asOf}) and up to five children (aged under 18 on it), random
   * indicators of every kind dated within the {@value #LOOK_BACK_YEARS} years up to {@code
   * asOf}, possibly an attachment and outcomes. The result's knobs steer the families.
   */
  public static FamilyArbitrary familiesAsOf(LocalDate asOf) {
    return new FamilyArbitrary(asOf);
  }

  /**
   * Families on {@code asOf} with a child whose unauthorised absence over the last 3 completed
   * terms is within two sessions of {@code threshold}, on either side.
   */
  public static FamilyArbitrary nearAbsenceThreshold(Percentage threshold, LocalDate asOf) {
    return familiesAsOf(asOf).nearAbsenceThreshold(threshold);
  }

  /**
   * Families on {@code asOf} in which one child has exactly {@code count} fixed-term exclusions
   * over the last 3 completed terms and no child has more.
   */
  public static FamilyArbitrary withFixedExclusions(int count, LocalDate asOf) {
    return familiesAsOf(asOf).withFixedExclusions(count);
  }

  // ----- indicators with random members and dates -------------------------------------------

  /** Any indicator of any kind, about random members, dated within the programmes' span. */
  public static Arbitrary<Indicator> indicators() {
    Arbitrary<MemberId> who = memberIds();
    Arbitrary<LocalDate> when = TimeArbitraries.programmeDates();
    List<Arbitrary<? extends Indicator>> kinds = new ArrayList<>(kindsFor(who, who, who, when,
        TimeArbitraries.ranges(), TimeArbitraries.schoolTerms()));
    kinds.add(termAttendances());
    return Arbitraries.oneOf(kinds);
  }

  /** Proven offences. */
  public static Arbitrary<ProvenOffence> provenOffences() {
    return provenOffences(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Anti-social behaviour interventions. */
  public static Arbitrary<AsbIntervention> asbInterventions() {
    return asbInterventions(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Anti-social behaviour incidents, some against the family as a whole. */
  public static Arbitrary<AsbIncident> asbIncidents() {
    return asbIncidents(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Exclusions, dated within their term's nominal dates. */
  public static Arbitrary<Exclusion> exclusions() {
    return exclusions(memberIds(), TimeArbitraries.schoolTerms());
  }

  /** Terms' attendance, any valid counts of up to 200 possible sessions. */
  public static Arbitrary<TermAttendance> termAttendances() {
    return Combinators.combine(memberIds(), TimeArbitraries.schoolTerms())
        .as((c, t) -> termAttendances(c, t, 200))
        .flatMap(a -> a);
  }

  /**
   * Attendance of the child in the term with up to {@code maxSessions} possible sessions, any
   * valid split of absences.
   */
  public static Arbitrary<TermAttendance> termAttendances(
      MemberId child, SchoolTerm term, int maxSessions) {
    return Arbitraries.integers()
        .between(1, maxSessions)
        .flatMap(
            possible ->
                Arbitraries.integers()
                    .between(0, possible)
                    .flatMap(
                        unauthorised ->
                            Arbitraries.integers()
                                .between(0, possible - unauthorised)
                                .map(
                                    authorised ->
                                        new TermAttendance(
                                            child, term, possible, authorised, unauthorised))));
  }

  /** School placements. */
  public static Arbitrary<SchoolPlacement> schoolPlacements() {
    return schoolPlacements(memberIds(), TimeArbitraries.ranges());
  }

  /** Benefit claims. */
  public static Arbitrary<BenefitClaim> benefitClaims() {
    return benefitClaims(memberIds(), TimeArbitraries.ranges());
  }

  /** Employment spells, some with weekly hours. */
  public static Arbitrary<EmploymentSpell> employmentSpells() {
    return employmentSpells(memberIds(), TimeArbitraries.ranges());
  }

  /** Progress to work. */
  public static Arbitrary<WorkProgress> workProgress() {
    return workProgress(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Concern types: the well-known ones and some an authority defined. */
  public static Arbitrary<ConcernType> concernTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of(ConcernType.wellKnown()),
        Arbitraries.integers()
            .between(1, 99)
            .map(i -> new ConcernType("LOCAL_" + i, "local concern " + i)));
  }

  /** Local concerns, some against the family as a whole. */
  public static Arbitrary<LocalConcern> localConcerns() {
    return localConcerns(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Children needing help. */
  public static Arbitrary<ChildNeedingHelp> childrenNeedingHelp() {
    return childrenNeedingHelp(memberIds(), TimeArbitraries.ranges());
  }

  /** Domestic abuse, some against the household as a whole. */
  public static Arbitrary<DomesticAbuse> domesticAbuse() {
    return domesticAbuse(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Health problems. */
  public static Arbitrary<HealthProblem> healthProblems() {
    return healthProblems(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Risks of financial exclusion, some against the household as a whole. */
  public static Arbitrary<FinancialExclusionRisk> financialExclusionRisks() {
    return financialExclusionRisks(memberIds(), TimeArbitraries.programmeDates());
  }

  /** Young people not in education, employment or training. */
  public static Arbitrary<YoungPersonNotInWork> youngPeopleNotInWork() {
    return youngPeopleNotInWork(memberIds(), TimeArbitraries.ranges());
  }

  // ----- attachments, outcomes, plans -------------------------------------------------------

  /** Attachments within the programmes' span, some with a key worker. */
  public static Arbitrary<Attachment> attachments() {
    return attachments(TimeArbitraries.programmeDates());
  }

  /** Outcomes of both kinds within the programmes' span. */
  public static Arbitrary<Outcome> outcomes() {
    return outcomes(TimeArbitraries.programmeDates());
  }

  /** Progress against a phase-2 problem. */
  public static Arbitrary<ProblemProgress> problemProgress() {
    return problemProgress(TimeArbitraries.programmeDates());
  }

  /** Declared phase-1 results. */
  public static Arbitrary<DeclaredResult> declaredResults() {
    return declaredResults(TimeArbitraries.programmeDates());
  }

  /** Outcomes plans covering one to six problems, agreed within the programmes' span. */
  public static Arbitrary<OutcomesPlan> outcomesPlans() {
    Arbitrary<Map<Phase2Problem, String>> measures =
        Arbitraries.maps(Arbitraries.of(Phase2Problem.class), Arbitraries.of(MEASURES))
            .ofMinSize(1)
            .ofMaxSize(Phase2Problem.values().length);
    return Combinators.combine(authorities(), measures, TimeArbitraries.programmeDates())
        .as(OutcomesPlan::new);
  }

  // ----- building blocks, shared with FamilyArbitrary -----------------------------------------

  static Arbitrary<ProvenOffence> provenOffences(Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who, when, Arbitraries.of(OFFENCES)).as(ProvenOffence::new);
  }

  static Arbitrary<AsbIntervention> asbInterventions(
      Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who, Arbitraries.of(AsbInterventionType.class), when)
        .as(AsbIntervention::new);
  }

  static Arbitrary<AsbIncident> asbIncidents(Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who.optional(0.7), when).as(AsbIncident::new);
  }

  static Arbitrary<Exclusion> exclusions(Arbitrary<MemberId> who, Arbitrary<SchoolTerm> terms) {
    return exclusions(who, terms, Arbitraries.of(ExclusionKind.class));
  }

  static Arbitrary<Exclusion> exclusions(
      Arbitrary<MemberId> who, Arbitrary<SchoolTerm> terms, Arbitrary<ExclusionKind> kinds) {
    return terms.flatMap(
        term ->
            Combinators.combine(
                    who,
                    kinds,
                    TimeArbitraries.datesBetween(
                        term.nominalDates().start(), term.nominalDates().end().orElseThrow()))
                .as((child, kind, date) -> new Exclusion(child, kind, term, date)));
  }

  static Arbitrary<SchoolPlacement> schoolPlacements(
      Arbitrary<MemberId> who, Arbitrary<DateRange> periods) {
    return Combinators.combine(who, Arbitraries.of(Provision.class), periods, Arbitraries.of(true, false))
        .as(SchoolPlacement::new);
  }

  static Arbitrary<BenefitClaim> benefitClaims(Arbitrary<MemberId> who, Arbitrary<DateRange> periods) {
    return Combinators.combine(who, Arbitraries.of(BenefitType.class), periods).as(BenefitClaim::new);
  }

  static Arbitrary<EmploymentSpell> employmentSpells(
      Arbitrary<MemberId> who, Arbitrary<DateRange> periods) {
    return Combinators.combine(who, periods, Arbitraries.integers().between(1, 60).optional(0.6))
        .as(EmploymentSpell::new);
  }

  static Arbitrary<WorkProgress> workProgress(Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who, Arbitraries.of(WorkProgressKind.class), when).as(WorkProgress::new);
  }

  static Arbitrary<LocalConcern> localConcerns(Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who.optional(0.7), concernTypes(), when).as(LocalConcern::new);
  }

  static Arbitrary<ChildNeedingHelp> childrenNeedingHelp(
      Arbitrary<MemberId> who, Arbitrary<DateRange> periods) {
    return Combinators.combine(who, Arbitraries.of(HelpKind.class), periods).as(ChildNeedingHelp::new);
  }

  static Arbitrary<DomesticAbuse> domesticAbuse(Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who.optional(0.5), Arbitraries.of(DomesticAbuseKind.class), when)
        .as(DomesticAbuse::new);
  }

  static Arbitrary<HealthProblem> healthProblems(Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who, Arbitraries.of(HealthProblemKind.class), when).as(HealthProblem::new);
  }

  static Arbitrary<FinancialExclusionRisk> financialExclusionRisks(
      Arbitrary<MemberId> who, Arbitrary<LocalDate> when) {
    return Combinators.combine(who.optional(0.5), Arbitraries.of(FinancialExclusionKind.class), when)
        .as(FinancialExclusionRisk::new);
  }

  static Arbitrary<YoungPersonNotInWork> youngPeopleNotInWork(
      Arbitrary<MemberId> who, Arbitrary<DateRange> periods) {
    return Combinators.combine(who, periods).as(YoungPersonNotInWork::new);
  }

  static Arbitrary<Attachment> attachments(Arbitrary<LocalDate> when) {
    return Combinators.combine(when, Arbitraries.of(KEY_WORKERS).optional(0.6)).as(Attachment::new);
  }

  static Arbitrary<ProblemProgress> problemProgress(Arbitrary<LocalDate> when) {
    return Combinators.combine(
            Arbitraries.of(Phase2Problem.class), Arbitraries.of(MEASURES), when, Arbitraries.of(true, false))
        .as(ProblemProgress::new);
  }

  static Arbitrary<DeclaredResult> declaredResults(Arbitrary<LocalDate> when) {
    return Combinators.combine(Arbitraries.of(ResultKind.class), when, Arbitraries.of(VERIFICATIONS))
        .as(DeclaredResult::new);
  }

  static Arbitrary<Outcome> outcomes(Arbitrary<LocalDate> when) {
    return Arbitraries.oneOf(problemProgress(when), declaredResults(when));
  }

  /**
   * Periods starting between the bounds that are either open-ended or end by {@code last}.
   */
  static Arbitrary<DateRange> periods(LocalDate first, LocalDate last) {
    return TimeArbitraries.datesBetween(first, last)
        .flatMap(
            start ->
                TimeArbitraries.datesBetween(start, last)
                    .optional(0.7)
                    .map(end -> new DateRange(start, end)));
  }

  /**
   * The generators of every indicator kind except term attendance, for the given people: {@code
   * children} for child-only kinds, {@code adults} for adult-only kinds, {@code anyone} for the
   * rest.
   */
  static List<Arbitrary<? extends Indicator>> kindsFor(
      Arbitrary<MemberId> children,
      Arbitrary<MemberId> adults,
      Arbitrary<MemberId> anyone,
      Arbitrary<LocalDate> when,
      Arbitrary<DateRange> periods,
      Arbitrary<SchoolTerm> terms) {
    List<Arbitrary<? extends Indicator>> kinds = new ArrayList<>();
    kinds.add(provenOffences(anyone, when));
    kinds.add(asbInterventions(anyone, when));
    kinds.add(asbIncidents(anyone, when));
    kinds.add(benefitClaims(adults, periods));
    kinds.add(employmentSpells(adults, periods));
    kinds.add(workProgress(adults, when));
    kinds.add(localConcerns(anyone, when));
    kinds.add(domesticAbuse(anyone, when));
    kinds.add(healthProblems(anyone, when));
    kinds.add(financialExclusionRisks(anyone, when));
    kinds.add(youngPeopleNotInWork(anyone, periods));
    if (children != null) {
      kinds.add(exclusions(children, terms));
      kinds.add(schoolPlacements(children, periods));
      kinds.add(childrenNeedingHelp(children, periods));
    }
    return kinds;
  }

  /** A member of the given role whose age on {@code asOf} is within the bounds. */
  static Arbitrary<Member> aged(MemberId id, Role role, int minAge, int maxAge, LocalDate asOf) {
    return Combinators.combine(
            Arbitraries.integers().between(minAge, maxAge), Arbitraries.integers().between(0, 364))
        .as((age, days) -> new Member(id, asOf.minusYears(age).minusDays(days), role));
  }

  /** Lists of {@code count} values of the arbitraries made by {@code each} for 1..count. */
  static <T> Arbitrary<List<T>> numbered(int count, java.util.function.IntFunction<Arbitrary<T>> each) {
    if (count == 0) {
      return Arbitraries.just(List.of());
    }
    return Combinators.combine(IntStream.rangeClosed(1, count).mapToObj(each).toList()).as(List::copyOf);
  }

  /** Every indicator of the family is dated within the look-back window of {@code asOf}. */
  static DateRange window(LocalDate asOf) {
    return DateRange.of(asOf.minusYears(LOOK_BACK_YEARS), asOf);
  }

  /** The terms whose random attendance a family generated on {@code asOf} may carry. */
  static List<SchoolTerm> attendanceTerms(LocalDate asOf) {
    return SchoolTerm.lastCompleted(ATTENDANCE_TERMS, asOf);
  }

  /** The optional attachment of a generated family. */
  static Arbitrary<Optional<Attachment>> maybeAttached(LocalDate asOf) {
    DateRange w = window(asOf);
    return attachments(TimeArbitraries.datesBetween(w.start(), asOf)).optional(0.6);
  }
}
