package org.communitybudgets.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.Attachment;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.DomesticAbuseKind;
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
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.Outcome;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.Provision;
import org.communitybudgets.family.Role;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

/**
 * Valid families as they stand on one date, with knobs that steer them near the criteria of the
 * Troubled Families programme. Each knob returns a new arbitrary; the original is unchanged.
 * Thresholds, look-back periods and which benefits count are the caller's arguments: the
 * generator encodes no policy value.
 *
 * <p>Children that a knob acts on are the first child, {@code c-1}, who is then aged 10–15 on
 * the as-of date; adults are {@code a-1} to {@code a-3}, children {@code c-1} to {@code c-5}.
 * Knobs combine; {@link #withPhase2Problems(int)} is applied last and keeps every fact the other
 * knobs forced.
 */
public final class FamilyArbitrary extends ArbitraryDecorator<Family> {
  private final LocalDate asOf;
  private Optional<Percentage> nearAbsence = Optional.empty();
  private OptionalInt fixedExclusions = OptionalInt.empty();
  private Optional<Set<BenefitType>> benefitTypes = Optional.empty();
  private boolean benefitOpen;
  private Optional<Period> offenceLookBack = Optional.empty();
  private boolean childOffence;
  private OptionalInt phase2Problems = OptionalInt.empty();
  private Optional<Boolean> attached = Optional.empty();

  FamilyArbitrary(LocalDate asOf) {
    this.asOf = Objects.requireNonNull(asOf, "as-of date is required");
  }

  private FamilyArbitrary copy() {
    FamilyArbitrary c = new FamilyArbitrary(asOf);
    c.nearAbsence = nearAbsence;
    c.fixedExclusions = fixedExclusions;
    c.benefitTypes = benefitTypes;
    c.benefitOpen = benefitOpen;
    c.offenceLookBack = offenceLookBack;
    c.childOffence = childOffence;
    c.phase2Problems = phase2Problems;
    c.attached = attached;
    return c;
  }

  /** The date the families stand on. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Families in which child {@code c-1} has attendance recorded for each of the last 3 terms
   * completed before the as-of date, with unauthorised absence over them within two sessions of
   * {@code threshold}, on either side (from two sessions below the fewest that reach it to one
   * above).
   *
   * @throws IllegalArgumentException if the threshold is not within 0–100%
   */
  public FamilyArbitrary nearAbsenceThreshold(Percentage threshold) {
    Objects.requireNonNull(threshold, "threshold is required");
    if (!threshold.isWithinWhole()) {
      throw new IllegalArgumentException("threshold must be within 0–100%, was " + threshold);
    }
    FamilyArbitrary c = copy();
    c.nearAbsence = Optional.of(threshold);
    return c;
  }

  /**
   * Families in which child {@code c-1} has exactly {@code count} fixed-term exclusions over the
   * last 3 terms completed before the as-of date and no child has more.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public FamilyArbitrary withFixedExclusions(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be zero or more, was " + count);
    }
    FamilyArbitrary c = copy();
    c.fixedExclusions = OptionalInt.of(count);
    return c;
  }

  /**
   * Families in which an adult has a claim to one of {@code types} open on the as-of date; pass
   * the benefits the rule under test counts as out-of-work.
   */
  public FamilyArbitrary withBenefitOpenOnAsOf(Set<BenefitType> types) {
    return benefit(types, true);
  }

  /** Families in which no member has a claim to any of {@code types} open on the as-of date. */
  public FamilyArbitrary withoutBenefitOpenOnAsOf(Set<BenefitType> types) {
    return benefit(types, false);
  }

  private FamilyArbitrary benefit(Set<BenefitType> types, boolean open) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("benefit types must be non-empty");
    }
    FamilyArbitrary c = copy();
    c.benefitTypes = Optional.of(EnumSet.copyOf(types));
    c.benefitOpen = open;
    return c;
  }

  /**
   * Families in which child {@code c-1} has a proven offence dated within {@code lookBack} up to
   * the as-of date: on or after {@code asOf - lookBack + 1 day}.
   */
  public FamilyArbitrary withChildOffenceWithin(Period lookBack) {
    return offence(lookBack, true);
  }

  /**
   * Families with no proven offence by a member under 18 on its date within {@code lookBack} up
   * to the as-of date.
   */
  public FamilyArbitrary withoutChildOffenceWithin(Period lookBack) {
    return offence(lookBack, false);
  }

  private FamilyArbitrary offence(Period lookBack, boolean present) {
    Objects.requireNonNull(lookBack, "look-back is required");
    if (lookBack.isNegative() || lookBack.isZero()) {
      throw new IllegalArgumentException("look-back must be positive, was " + lookBack);
    }
    FamilyArbitrary c = copy();
    c.offenceLookBack = Optional.of(lookBack);
    c.childOffence = present;
    return c;
  }

  /**
   * Families whose indicators bear on exactly {@code count} distinct phase-2 headline problems
   * (by {@link Indicator#headlineProblem()}), with, for each of them, a fact that shows the
   * problem under the standard phase-2 parameters: dated within the 12 months up to the business
   * date or open on it, and for school attendance a permanent exclusion in the last completed term.
   *
   * @throws IllegalArgumentException if {@code count} is outside 0–6, or fewer than the problems
   *     the other knobs already force
   */
  public FamilyArbitrary withPhase2Problems(int count) {
    if (count < 0 || count > Phase2Problem.values().length) {
      throw new IllegalArgumentException("count must be within 0–6, was " + count);
    }
    FamilyArbitrary c = copy();
    c.phase2Problems = OptionalInt.of(count);
    return c;
  }

  /** Families attached to the programme within the look-back window. */
  public FamilyArbitrary attached() {
    FamilyArbitrary c = copy();
    c.attached = Optional.of(true);
    return c;
  }

  /** Families not attached to the programme. */
  public FamilyArbitrary notAttached() {
    FamilyArbitrary c = copy();
    c.attached = Optional.of(false);
    return c;
  }

  @Override
  protected Arbitrary<Family> arbitrary() {
    Set<Phase2Problem> forced = forcedProblems();
    phase2Problems.ifPresent(
        n -> {
          if (forced.size() > n) {
            throw new IllegalArgumentException(
                "the knobs force " + forced.size() + " phase-2 problems " + forced + ", more than " + n);
          }
        });
    Arbitrary<Draft> draft = drafts();
    if (nearAbsence.isPresent()) {
      draft = draft.flatMap(d -> nearAbsence(d, nearAbsence.get()));
    }
    if (fixedExclusions.isPresent()) {
      draft = draft.flatMap(d -> fixedExclusions(d, fixedExclusions.getAsInt()));
    }
    if (benefitTypes.isPresent()) {
      draft = draft.flatMap(d -> benefit(d, benefitTypes.get(), benefitOpen));
    }
    if (offenceLookBack.isPresent()) {
      draft = draft.flatMap(d -> offence(d, offenceLookBack.get(), childOffence));
    }
    if (phase2Problems.isPresent()) {
      draft = draft.flatMap(d -> problems(d, phase2Problems.getAsInt()));
    }
    return draft.map(Draft::toFamily);
  }

  private Set<Phase2Problem> forcedProblems() {
    Set<Phase2Problem> forced = EnumSet.noneOf(Phase2Problem.class);
    if (nearAbsence.isPresent() || fixedExclusions.orElse(0) > 0) {
      forced.add(Phase2Problem.SCHOOL_ATTENDANCE);
    }
    if (benefitTypes.isPresent() && benefitOpen) {
      forced.add(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION);
    }
    if (offenceLookBack.isPresent() && childOffence) {
      forced.add(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR);
    }
    return forced;
  }

  private boolean needsChild() {
    return nearAbsence.isPresent()
        || fixedExclusions.orElse(0) > 0
        || (offenceLookBack.isPresent() && childOffence)
        || phase2Problems.isPresent();
  }

  // ----- the base family ---------------------------------------------------------------------

  private Arbitrary<Draft> drafts() {
    boolean needsChild = needsChild();
    Arbitrary<List<Member>> adults =
        Arbitraries.integers()
            .between(1, 3)
            .flatMap(
                n ->
                    FamilyArbitraries.numbered(
                        n,
                        i ->
                            i == 1
                                ? FamilyArbitraries.aged(adultId(i), Role.PARENT_OR_CARER, 18, 70, asOf)
                                : Arbitraries.of(Role.PARENT_OR_CARER, Role.OTHER_ADULT)
                                    .flatMap(r -> FamilyArbitraries.aged(adultId(i), r, 18, 70, asOf))));
    Arbitrary<List<Member>> children =
        Arbitraries.integers()
            .between(needsChild ? 1 : 0, 5)
            .flatMap(
                n ->
                    FamilyArbitraries.numbered(
                        n,
                        i ->
                            needsChild && i == 1
                                ? FamilyArbitraries.aged(childId(i), Role.CHILD, 10, 15, asOf)
                                : FamilyArbitraries.aged(childId(i), Role.CHILD, 0, 17, asOf)));
    Arbitrary<Optional<Attachment>> attachment =
        attached
            .map(
                a ->
                    a
                        ? FamilyArbitraries.maybeAttached(asOf).filter(Optional::isPresent)
                        : Arbitraries.just(Optional.<Attachment>empty()))
            .orElse(FamilyArbitraries.maybeAttached(asOf));
    DateRange window = FamilyArbitraries.window(asOf);
    Arbitrary<List<Outcome>> outcomes =
        FamilyArbitraries.outcomes(TimeArbitraries.datesBetween(window.start(), asOf))
            .list()
            .ofMaxSize(2);
    return Combinators.combine(
            FamilyArbitraries.familyIds(),
            FamilyArbitraries.authorities(),
            adults,
            children,
            attachment,
            outcomes)
        .as(
            (id, authority, as, cs, att, outs) ->
                new Draft(
                    id,
                    authority,
                    Stream.concat(as.stream(), cs.stream()).toList(),
                    List.of(),
                    List.of(),
                    att,
                    outs))
        .flatMap(d -> randomIndicators(d).map(d::withRandom));
  }

  private Arbitrary<List<Indicator>> randomIndicators(Draft d) {
    DateRange window = FamilyArbitraries.window(asOf);
    Arbitrary<LocalDate> when = TimeArbitraries.datesBetween(window.start(), asOf);
    Arbitrary<DateRange> periods = FamilyArbitraries.periods(window.start(), asOf);
    List<SchoolTerm> terms = FamilyArbitraries.attendanceTerms(asOf);
    List<MemberId> childIds = d.children().stream().map(Member::id).toList();
    List<MemberId> adultIds = d.adults().stream().map(Member::id).toList();
    List<MemberId> everyone = d.members().stream().map(Member::id).toList();
    Arbitrary<Indicator> any =
        Arbitraries.oneOf(
            FamilyArbitraries.kindsFor(
                childIds.isEmpty() ? null : Arbitraries.of(childIds),
                Arbitraries.of(adultIds),
                Arbitraries.of(everyone),
                when,
                periods,
                Arbitraries.of(terms)));
    List<Arbitrary<Optional<TermAttendance>>> attendance = new ArrayList<>();
    for (MemberId child : childIds) {
      for (SchoolTerm term : terms) {
        attendance.add(FamilyArbitraries.termAttendances(child, term, 150).optional(0.5));
      }
    }
    Arbitrary<List<Indicator>> attendances =
        attendance.isEmpty()
            ? Arbitraries.just(List.of())
            : Combinators.combine(attendance)
                .as(list -> list.stream().flatMap(Optional::stream).<Indicator>map(a -> a).toList());
    return Combinators.combine(any.list().ofMaxSize(12), attendances)
        .as((xs, ys) -> Stream.concat(xs.stream(), ys.stream()).toList());
  }

  // ----- knobs -------------------------------------------------------------------------------

  private Arbitrary<Draft> nearAbsence(Draft d, Percentage threshold) {
    MemberId child = childId(1);
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(3, asOf);
    Arbitrary<Integer> sessions = Arbitraries.integers().between(100, 150);
    Arbitrary<Integer> authorised = Arbitraries.integers().between(0, 10);
    return Combinators.combine(
            sessions, sessions, sessions, Arbitraries.of(-2, -1, 0, 1), authorised, authorised, authorised)
        .as(
            (p1, p2, p3, offset, a1, a2, a3) -> {
              int[] possible = {p1, p2, p3};
              int total = p1 + p2 + p3;
              int reaching =
                  threshold
                      .fraction()
                      .multiply(BigDecimal.valueOf(total))
                      .setScale(0, RoundingMode.CEILING)
                      .intValueExact();
              int unauthorised = Math.max(0, Math.min(total, reaching + offset));
              int[] split = new int[3];
              int given = 0;
              for (int i = 0; i < 3; i++) {
                split[i] = (int) ((long) unauthorised * possible[i] / total);
                given += split[i];
              }
              for (int i = 0; given < unauthorised; i = (i + 1) % 3) {
                if (split[i] < possible[i]) {
                  split[i]++;
                  given++;
                }
              }
              int[] auth = {a1, a2, a3};
              List<Indicator> forced = new ArrayList<>();
              for (int i = 0; i < 3; i++) {
                forced.add(
                    new TermAttendance(
                        child,
                        terms.get(i),
                        possible[i],
                        Math.min(auth[i], possible[i] - split[i]),
                        split[i]));
              }
              return d.without(
                      i ->
                          i instanceof TermAttendance a
                              && a.child().equals(child)
                              && terms.contains(a.term()))
                  .plus(forced);
            });
  }

  private Arbitrary<Draft> fixedExclusions(Draft d, int count) {
    List<SchoolTerm> terms = SchoolTerm.lastCompleted(3, asOf);
    Draft cleared =
        d.without(
            i ->
                i instanceof Exclusion e
                    && e.kind() == ExclusionKind.FIXED_TERM
                    && terms.contains(e.term()));
    if (count == 0) {
      return Arbitraries.just(cleared);
    }
    return FamilyArbitraries.exclusions(
            Arbitraries.just(childId(1)), Arbitraries.of(terms), Arbitraries.just(ExclusionKind.FIXED_TERM))
        .list()
        .ofSize(count)
        .map(xs -> cleared.plus(List.copyOf(xs)));
  }

  private Arbitrary<Draft> benefit(Draft d, Set<BenefitType> types, boolean open) {
    Draft cleared =
        d.without(i -> i instanceof BenefitClaim c && types.contains(c.type()) && c.isOpenOn(asOf));
    if (!open) {
      return Arbitraries.just(cleared);
    }
    DateRange window = FamilyArbitraries.window(asOf);
    Arbitrary<DateRange> openOnAsOf =
        TimeArbitraries.datesBetween(window.start(), asOf)
            .flatMap(
                start ->
                    TimeArbitraries.datesBetween(asOf, asOf.plusYears(1))
                        .optional(0.7)
                        .map(end -> new DateRange(start, end)));
    List<MemberId> adults = d.adults().stream().map(Member::id).toList();
    return Combinators.combine(Arbitraries.of(adults), Arbitraries.of(types), openOnAsOf)
        .as(BenefitClaim::new)
        .map(c -> cleared.plus(List.of(c)));
  }

  private Arbitrary<Draft> offence(Draft d, Period lookBack, boolean present) {
    DateRange window = DateRange.of(asOf.minus(lookBack).plusDays(1), asOf);
    Draft cleared =
        d.without(
            i ->
                i instanceof ProvenOffence o
                    && window.contains(o.provenOn())
                    && d.isChildOn(o.offender(), o.provenOn()));
    if (!present) {
      return Arbitraries.just(cleared);
    }
    Member child = d.member(childId(1));
    LocalDate responsible = child.dateOfBirth().plusYears(Family.AGE_OF_CRIMINAL_RESPONSIBILITY);
    LocalDate first = window.start().isBefore(responsible) ? responsible : window.start();
    return FamilyArbitraries.provenOffences(
            Arbitraries.just(child.id()), TimeArbitraries.datesBetween(first, asOf))
        .map(o -> cleared.plus(List.of(o)));
  }

  private Arbitrary<Draft> problems(Draft d, int count) {
    Set<Phase2Problem> forced = d.problemsOf(d.forced());
    Set<Phase2Problem> others = EnumSet.allOf(Phase2Problem.class);
    others.removeAll(forced);
    int extra = count - forced.size();
    Arbitrary<Set<Phase2Problem>> chosen =
        extra == 0
            ? Arbitraries.just(Set.<Phase2Problem>of())
            : Arbitraries.subsetOf(others).ofSize(extra);
    LocalDate yearAgo = asOf.minusMonths(12).plusDays(1);
    Arbitrary<LocalDate> when = TimeArbitraries.datesBetween(yearAgo, asOf);
    Arbitrary<DateRange> periods = TimeArbitraries.datesBetween(yearAgo, asOf).map(DateRange::from);
    MemberId child = childId(1);
    MemberId adult = adultId(1);
    return chosen.flatMap(
        extras -> {
          Set<Phase2Problem> target = EnumSet.noneOf(Phase2Problem.class);
          target.addAll(forced);
          target.addAll(extras);
          Draft kept =
              d.without(i -> i.headlineProblem().map(p -> !target.contains(p)).orElse(false));
          List<Arbitrary<Indicator>> showing = new ArrayList<>();
          for (Phase2Problem p : target) {
            showing.add(oneFor(p, child, adult, asOf, when, periods));
          }
          return showing.isEmpty()
              ? Arbitraries.just(kept)
              : Combinators.combine(showing).as(kept::plus);
        });
  }

  /** An indicator that shows the problem on {@code asOf} and that no other knob reads. */
  private static Arbitrary<Indicator> oneFor(
      Phase2Problem problem,
      MemberId child,
      MemberId adult,
      LocalDate asOf,
      Arbitrary<LocalDate> when,
      Arbitrary<DateRange> periods) {
    SchoolTerm lastTerm = SchoolTerm.lastCompleted(1, asOf).get(0);
    return switch (problem) {
      case CRIME_AND_ANTI_SOCIAL_BEHAVIOUR -> when.map(AsbIncident::againstFamily);
      case SCHOOL_ATTENDANCE ->
          TimeArbitraries.datesBetween(lastTerm.nominalDates().start(), lastTerm.nominalDates().end().orElseThrow())
              .map(day -> new Exclusion(child, ExclusionKind.PERMANENT, lastTerm, day));
      case CHILDREN_WHO_NEED_HELP ->
          Combinators.combine(Arbitraries.of(HelpKind.class), periods)
              .as((k, p) -> new ChildNeedingHelp(child, k, p));
      case WORKLESSNESS_AND_FINANCIAL_EXCLUSION ->
          Combinators.combine(Arbitraries.of(FinancialExclusionKind.class), when)
              .as((k, w) -> new FinancialExclusionRisk(Optional.empty(), k, w));
      case DOMESTIC_VIOLENCE_AND_ABUSE ->
          Combinators.combine(Arbitraries.of(DomesticAbuseKind.class), when)
              .as((k, w) -> new DomesticAbuse(Optional.empty(), k, w));
      case HEALTH ->
          Combinators.combine(Arbitraries.of(HealthProblemKind.class), when)
              .as((k, w) -> new HealthProblem(adult, k, w));
    };
  }

  private static MemberId adultId(int i) {
    return MemberId.of("a-" + i);
  }

  private static MemberId childId(int i) {
    return MemberId.of("c-" + i);
  }

  /** A family in the making: random indicators apart from those a knob forced. */
  private record Draft(
      FamilyId id,
      AreaId authority,
      List<Member> members,
      List<Indicator> random,
      List<Indicator> forced,
      Optional<Attachment> attachment,
      List<Outcome> outcomes) {

    /**
     * The draft with those random indicators, leaving out any its member could not have (dated
     * before their birth, or of an age the domain refuses for that kind of record), as the domain
     * itself decides.
     */
    Draft withRandom(List<Indicator> indicators) {
      return new Draft(id, authority, members, indicators.stream().filter(this::fitsItsMember).toList(), forced, attachment, outcomes);
    }

    private boolean fitsItsMember(Indicator indicator) {
      if (indicator.member().isEmpty()) {
        return true;
      }
      try {
        Family.builder(id, authority).member(member(indicator.member().get())).indicator(indicator).build();
        return true;
      } catch (InvalidValueException e) {
        return false;
      }
    }

    Draft without(Predicate<Indicator> drop) {
      return new Draft(
          id, authority, members, random.stream().filter(drop.negate()).toList(), forced, attachment, outcomes);
    }

    Draft plus(List<? extends Indicator> more) {
      return new Draft(
          id,
          authority,
          members,
          random,
          Stream.concat(forced.stream(), more.stream()).toList(),
          attachment,
          outcomes);
    }

    List<Member> children() {
      return members.stream().filter(m -> m.role() == Role.CHILD).toList();
    }

    List<Member> adults() {
      return members.stream().filter(m -> m.role() != Role.CHILD).toList();
    }

    Member member(MemberId memberId) {
      return members.stream().filter(m -> m.id().equals(memberId)).findFirst().orElseThrow();
    }

    boolean isChildOn(MemberId memberId, LocalDate day) {
      Member m = member(memberId);
      return m.isBornBy(day) && m.isUnder(Family.AGE_OF_MAJORITY, day);
    }

    List<Indicator> indicators() {
      return Stream.concat(random.stream(), forced.stream()).toList();
    }

    Set<Phase2Problem> problemsOf(List<Indicator> indicators) {
      Set<Phase2Problem> problems = EnumSet.noneOf(Phase2Problem.class);
      indicators.forEach(i -> i.headlineProblem().ifPresent(problems::add));
      return problems;
    }

    Family toFamily() {
      Family.Builder b =
          Family.builder(id, authority).members(members).indicators(indicators()).outcomes(outcomes);
      attachment.ifPresent(b::attachment);
      return b.build();
    }
  }
}
