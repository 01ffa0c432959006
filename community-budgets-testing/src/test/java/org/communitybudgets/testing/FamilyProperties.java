package org.communitybudgets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.Attachment;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FinancialExclusionRisk;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.Role;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.YoungPersonNotInWork;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

class FamilyProperties {
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static final Set<BenefitType> OUT_OF_WORK =
      EnumSet.of(
          BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE,
          BenefitType.INCAPACITY_BENEFIT,
          BenefitType.INCOME_SUPPORT,
          BenefitType.JOBSEEKERS_ALLOWANCE);
  private static final List<Class<? extends Indicator>> KINDS =
      List.of(
          ProvenOffence.class,
          AsbIntervention.class,
          AsbIncident.class,
          Exclusion.class,
          TermAttendance.class,
          SchoolPlacement.class,
          BenefitClaim.class,
          EmploymentSpell.class,
          WorkProgress.class,
          LocalConcern.class,
          ChildNeedingHelp.class,
          DomesticAbuse.class,
          HealthProblem.class,
          FinancialExclusionRisk.class,
          YoungPersonNotInWork.class);

  private static Family rebuilt(Family f) {
    Family.Builder b =
        Family.builder(f.id(), f.authority())
            .members(f.members())
            .indicators(f.indicators())
            .outcomes(f.outcomes());
    f.attachment().ifPresent(b::attachment);
    return b.build();
  }

  @Property(tries = 300)
  void generatedFamiliesRebuildEqual(@ForAll("families") Family f) {
    assertEquals(f, rebuilt(f));
    assertEquals(
        f,
        new Family(f.id(), f.authority(), f.members(), f.indicators(), f.attachment(), f.outcomes()));
    assertEquals(f, f.toBuilder().build());
  }

  @Property(tries = 300)
  void datesOfBirthAgreeWithRolesAndIndicatorsFallInTheWindow(@ForAll("familiesAsOf") Family f) {
    for (Member m : f.members()) {
      if (m.role() == Role.CHILD) {
        assertTrue(m.isUnder(18, AS_OF), m.toString());
      } else {
        assertTrue(!m.isUnder(18, AS_OF), m.toString());
      }
    }
    long adults = f.members().stream().filter(m -> m.role() != Role.CHILD).count();
    assertTrue(adults >= 1 && adults <= 3);
    assertTrue(f.members().size() - adults <= 5);
    DateRange window = DateRange.of(AS_OF.minusYears(2), AS_OF);
    for (Indicator i : f.indicators()) {
      assertTrue(i.isWithin(window), i.description());
    }
  }

  @Property(tries = 200)
  void shufflingMembersAndIndicatorsKeepsEachKindsContents(
      @ForAll("families") Family f, @ForAll long seed) {
    List<Member> members = new ArrayList<>(f.members());
    List<Indicator> indicators = new ArrayList<>(f.indicators());
    Random random = new Random(seed);
    Collections.shuffle(members, random);
    Collections.shuffle(indicators, random);
    Family shuffled =
        new Family(f.id(), f.authority(), members, indicators, f.attachment(), f.outcomes());
    for (Class<? extends Indicator> kind : KINDS) {
      assertEquals(new HashSet<>(f.indicators(kind)), new HashSet<>(shuffled.indicators(kind)));
    }
    assertEquals(new HashSet<>(f.childrenOn(AS_OF)), new HashSet<>(shuffled.childrenOn(AS_OF)));
  }

  @Property
  void attendanceRatesAreWithinTheWhole(@ForAll("termAttendances") TermAttendance a) {
    assertTrue(a.unauthorisedRate().isWithinWhole());
    assertTrue(a.absenceRate().isWithinWhole());
    assertTrue(a.absenceRate().isAtLeast(a.unauthorisedRate()));
    assertEquals(
        a,
        new TermAttendance(
            a.child(), a.term(), a.possibleSessions(), a.authorisedAbsences(), a.unauthorisedAbsences()));
  }

  @Property
  void unauthorisedRateAtTheBoundaryEqualsThePercentage(
      @ForAll @IntRange(min = 0, max = 100) int percent, @ForAll @IntRange(min = 1, max = 10) int scale) {
    int possible = 100 * scale;
    TermAttendance a =
        new TermAttendance(MemberId.of("c-1"), SchoolTerm.parse("2012 autumn"), possible, 0, percent * scale);
    assertEquals(Percentage.of(percent), a.unauthorisedRate());
    assertTrue(a.unauthorisedRate().isAtLeast(Percentage.of(percent)));
  }

  @Property
  void sessionsPastThePossibleAreRejectedNamingFieldAndOwner(
      @ForAll("termAttendances") TermAttendance a, @ForAll @IntRange(min = 1, max = 50) int over) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new TermAttendance(
                    a.child(), a.term(), a.possibleSessions(), 0, a.possibleSessions() + over));
    assertEquals("unauthorised absence", e.field());
    assertTrue(
        e.getMessage().endsWith("for child " + a.child() + ", term " + a.term()), e.getMessage());
    InvalidValueException total =
        assertThrows(
            InvalidValueException.class,
            () ->
                new TermAttendance(
                    a.child(), a.term(), a.possibleSessions(), over, a.possibleSessions()));
    assertEquals("total absence", total.field());
  }

  @Property(tries = 200)
  void builderRejectsAnIndicatorForAnUnknownMember(@ForAll("families") Family f) {
    MemberId stranger = MemberId.of("stranger");
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> f.toBuilder().indicator(new ProvenOffence(stranger, AS_OF, "theft")).build());
    assertEquals("indicator member", e.field());
    assertEquals(
        "proven offence by member stranger on " + AS_OF + ", family " + f.id(), e.owner().orElseThrow());
  }

  @Property(tries = 200)
  void builderRejectsDuplicateMemberIds(@ForAll("families") Family f, @ForAll long seed) {
    Member copied = f.members().get(new Random(seed).nextInt(f.members().size()));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> f.toBuilder().member(new Member(copied.id(), copied.dateOfBirth(), Role.OTHER_ADULT)).build());
    assertEquals(
        "member ids must be unique, was repeated [" + copied.id() + "] for family " + f.id(),
        e.getMessage());
  }

  @Property(tries = 200)
  void builderRejectsASecondAttendanceForTheSameTerm(@ForAll("familiesWithAbsence") Family f) {
    TermAttendance a = f.indicators(TermAttendance.class).get(0);
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> f.toBuilder().indicator(a).build());
    assertEquals("term attendance", e.field());
    assertEquals("family " + f.id(), e.owner().orElseThrow());
  }

  @Property(tries = 100)
  void nearAbsenceFamiliesAreWithinTwoSessionsOfTheThreshold(
      @ForAll("thresholds") Percentage threshold, @ForAll("asOfDates") LocalDate asOf) {
    Family f = FamilyArbitraries.nearAbsenceThreshold(threshold, asOf).sample();
    MemberId child = MemberId.of("c-1");
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(3, asOf);
    List<TermAttendance> records = f.attendance(child, terms);
    assertEquals(terms, records.stream().map(TermAttendance::term).toList());
    long possible = records.stream().mapToLong(TermAttendance::possibleSessions).sum();
    long missed = records.stream().mapToLong(TermAttendance::unauthorisedAbsences).sum();
    BigDecimal exact = threshold.fraction().multiply(BigDecimal.valueOf(possible));
    BigDecimal gap = BigDecimal.valueOf(missed).subtract(exact).abs();
    assertTrue(gap.compareTo(BigDecimal.valueOf(2)) <= 0, missed + " of " + possible + " vs " + threshold);
    assertEquals(Percentage.ratio(missed, possible), f.unauthorisedRate(child, terms).orElseThrow());
  }

  @Property(tries = 60)
  void fixedExclusionsAreExactlyTheCountForTheFirstChildAndNoMoreForAnyOther(
      @ForAll @IntRange(min = 0, max = 6) int count, @ForAll("asOfDates") LocalDate asOf) {
    Family f = FamilyArbitraries.withFixedExclusions(count, asOf).sample();
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(3, asOf);
    long most =
        f.members().stream()
            .mapToLong(m -> f.exclusionCount(m.id(), ExclusionKind.FIXED_TERM, terms))
            .max()
            .orElse(0);
    assertEquals(count, most);
    if (count > 0) {
      assertEquals(count, f.exclusionCount(MemberId.of("c-1"), ExclusionKind.FIXED_TERM, terms));
    }
  }

  @Property(tries = 60)
  void benefitKnobOpensOrClosesAClaimOnTheAsOfDate(
      @ForAll boolean open, @ForAll("asOfDates") LocalDate asOf) {
    FamilyArbitrary families = FamilyArbitraries.familiesAsOf(asOf);
    Family f =
        (open
                ? families.withBenefitOpenOnAsOf(OUT_OF_WORK)
                : families.withoutBenefitOpenOnAsOf(OUT_OF_WORK))
            .sample();
    boolean anyOpen =
        f.indicators(BenefitClaim.class).stream()
            .anyMatch(
                c ->
                    OUT_OF_WORK.contains(c.type())
                        && c.isOpenOn(asOf)
                        && !f.member(c.adult()).orElseThrow().isUnder(18, asOf));
    assertEquals(open, anyOpen);
  }

  @Property(tries = 60)
  void offenceKnobAddsOrRemovesAChildsOffenceInTheLookBack(
      @ForAll boolean present, @ForAll("asOfDates") LocalDate asOf) {
    Period year = Period.ofMonths(12);
    FamilyArbitrary families = FamilyArbitraries.familiesAsOf(asOf);
    Family f =
        (present ? families.withChildOffenceWithin(year) : families.withoutChildOffenceWithin(year))
            .sample();
    DateRange window = DateRange.of(asOf.minusMonths(12).plusDays(1), asOf);
    boolean anyChildOffence =
        f.indicatorsWithin(ProvenOffence.class, window).stream()
            .anyMatch(
                o -> {
                  Member m = f.member(o.offender()).orElseThrow();
                  return m.isBornBy(o.provenOn()) && m.isUnder(18, o.provenOn());
                });
    assertEquals(present, anyChildOffence);
  }

  @Property(tries = 60)
  void phase2KnobSetsTheNumberOfHeadlineProblems(
      @ForAll @IntRange(min = 0, max = 6) int count, @ForAll("asOfDates") LocalDate asOf) {
    Family f = FamilyArbitraries.familiesAsOf(asOf).withPhase2Problems(count).sample();
    Set<Phase2Problem> problems = EnumSet.noneOf(Phase2Problem.class);
    f.indicators().forEach(i -> i.headlineProblem().ifPresent(problems::add));
    assertEquals(count, problems.size());
  }

  @Property(tries = 60)
  void knobsCombine(@ForAll("asOfDates") LocalDate asOf) {
    Family f =
        FamilyArbitraries.familiesAsOf(asOf)
            .withFixedExclusions(3)
            .withBenefitOpenOnAsOf(OUT_OF_WORK)
            .withoutChildOffenceWithin(Period.ofMonths(12))
            .withPhase2Problems(3)
            .attached()
            .sample();
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(3, asOf);
    assertEquals(3, f.exclusionCount(MemberId.of("c-1"), ExclusionKind.FIXED_TERM, terms));
    assertTrue(f.isAttached());
    Set<Phase2Problem> problems = EnumSet.noneOf(Phase2Problem.class);
    f.indicators().forEach(i -> i.headlineProblem().ifPresent(problems::add));
    assertEquals(3, problems.size());
  }

  @Property
  void everyIndicatorIsValidAndDescribed(@ForAll("indicators") Indicator i) {
    assertTrue(!i.description().isBlank());
    assertTrue(i.member().map(m -> i.concerns(m)).orElse(true));
  }

  @Property
  void outcomesPlansRebuildEqualAndCoverTheirMeasures(@ForAll("plans") OutcomesPlan plan) {
    assertEquals(plan, new OutcomesPlan(plan.authority(), plan.measures(), plan.agreedOn()));
    for (Phase2Problem p : Phase2Problem.values()) {
      assertEquals(plan.covers(p), plan.measureFor(p).isPresent());
    }
  }

  @Property
  void outcomesPlanRejectsABlankMeasureNamingIt(@ForAll("plans") OutcomesPlan plan) {
    java.util.Map<Phase2Problem, String> broken = new java.util.EnumMap<>(plan.measures());
    Phase2Problem first = broken.keySet().iterator().next();
    broken.put(first, " ");
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> new OutcomesPlan(plan.authority(), broken, plan.agreedOn()));
    assertTrue(e.field().startsWith("measure for "), e.getMessage());
    assertEquals("outcomes plan of " + plan.authority(), e.owner().orElseThrow());
  }

  @Property
  void attachmentsAndMembersRebuildEqual(
      @ForAll("attachments") Attachment a, @ForAll("members") Member m) {
    assertEquals(a, new Attachment(a.attachedOn(), a.keyWorker()));
    assertEquals(m, new Member(m.id(), m.dateOfBirth(), m.role()));
  }

  @Provide
  Arbitrary<Family> families() {
    return FamilyArbitraries.families();
  }

  @Provide
  Arbitrary<Family> familiesAsOf() {
    return FamilyArbitraries.familiesAsOf(AS_OF);
  }

  @Provide
  Arbitrary<Family> familiesWithAbsence() {
    return FamilyArbitraries.nearAbsenceThreshold(Percentage.of(15), AS_OF);
  }

  @Provide
  Arbitrary<TermAttendance> termAttendances() {
    return FamilyArbitraries.termAttendances();
  }

  @Provide
  Arbitrary<Percentage> thresholds() {
    return Arbitraries.oneOf(
        Arbitraries.of(Percentage.of(10), Percentage.of(15), Percentage.ZERO, Percentage.ONE_HUNDRED),
        MoneyArbitraries.shares());
  }

  @Provide
  Arbitrary<LocalDate> asOfDates() {
    return TimeArbitraries.programmeDates();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return FamilyArbitraries.indicators();
  }

  @Provide
  Arbitrary<OutcomesPlan> plans() {
    return FamilyArbitraries.outcomesPlans();
  }

  @Provide
  Arbitrary<Attachment> attachments() {
    return FamilyArbitraries.attachments();
  }

  @Provide
  Arbitrary<Member> members() {
    return FamilyArbitraries.members();
  }

}
