package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.optional;
import static org.communitybudgets.internal.Checks.required;
import static org.communitybudgets.internal.Checks.uniqueBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

/**
 * A family (household) known to an authority, with the dated facts the Troubled Families
 * criteria read and the outcomes of the work with it (TF frameworks 2012 and 2015).
 *
 * <p>A family holds facts, not verdicts: whether it meets a criterion or earned a result is
 * decided by the rules with their parameter tables. The derived helpers here count and take
 * exact rates, but never compare them with a threshold.
 *
 * @param id the family's identifier
 * @param authority the upper-tier authority working with the family
 * @param members the household's members: at least one, ids unique
 * @param indicators the facts about the family; every one that names a member names one of the
 *     family's, and there is at most one {@link TermAttendance} per child and term
 * @param attachment the family's attachment to the programme, if attached
 * @param outcomes the outcomes measured or declared
 */
public record Family(
    FamilyId id,
    AreaId authority,
    List<Member> members,
    List<Indicator> indicators,
    Optional<Attachment> attachment,
    List<Outcome> outcomes) {

  /**
   * The age from which a member is an adult: the Children Act 1989 (s105) defines a child as a
   * person under eighteen. Used by {@link #childrenOn} and {@link #adultsOn}.
   */
  public static final int AGE_OF_MAJORITY = 18;

  /** School records are of members under this age when the term begins: sixth form ends at 19. */
  public static final int SCHOOL_AGE_LIMIT = 20;

  /** An out-of-work benefit is claimed from this age (16 for income support and ESA, 18 for JSA). */
  public static final int BENEFIT_AGE = 16;

  /**
   * The age of criminal responsibility in England and Wales: "It shall be conclusively presumed
   * that no child under the age of ten years can be guilty of any offence" (Children and Young
   * Persons Act 1933, s50). A proven offence is of a member at least this old when proven.
   */
  public static final int AGE_OF_CRIMINAL_RESPONSIBILITY = 10;

  /** Validates the members and that every indicator's member belongs to the family. */
  public Family {
    required(id, "family id");
    String owner = "family " + id;
    required(authority, "authority", owner);
    members = listOf(required(members, "members", owner), "members");
    check(!members.isEmpty(), "members", "non-empty", "none", owner);
    uniqueBy(members, Member::id, "member ids", owner);
    indicators = listOf(required(indicators, "indicators", owner), "indicators");
    optional(attachment, "attachment");
    outcomes = listOf(required(outcomes, "outcomes", owner), "outcomes");

    Map<MemberId, Member> byId = members.stream().collect(Collectors.toMap(Member::id, m -> m));
    for (Indicator indicator : indicators) {
      // The words of a message are built only when a check fails.
      LocalDate day = indicator.date();
      if (day.isBefore(Indicator.EARLIEST_DATE) || day.isAfter(Indicator.LATEST_DATE)) {
        throw new InvalidValueException("indicator date", "within " + Indicator.EARLIEST_DATE + "–" + Indicator.LATEST_DATE, day, what(indicator, owner));
      }
      Optional<MemberId> m = indicator.member();
      if (m.isPresent()) {
        Member member = byId.get(m.get());
        if (member == null) {
          throw new InvalidValueException("indicator member", "a member of the family", m.get(), what(indicator, owner));
        }
        checkAgainstMember(indicator, member, owner);
      }
    }
    uniqueBy(
        indicators.stream()
            .filter(TermAttendance.class::isInstance)
            .map(TermAttendance.class::cast)
            .toList(),
        a -> new ChildTerm(a.child(), a.term()),
        "term attendance",
        owner);
  }

  /**
   * What an indicator can be for its member: nothing dated before the member's birth; a proven
   * offence only of a member of at least {@value #AGE_OF_CRIMINAL_RESPONSIBILITY}; school attendance, exclusions and placements only of
   * a member under {@value #SCHOOL_AGE_LIMIT} when the term begins, an exclusion within a month of its own term; an out-of-work benefit claim only by a member of at
   * least {@value #BENEFIT_AGE} when it begins.
   */
  private static void checkAgainstMember(Indicator indicator, Member member, String owner) {
    LocalDate day = indicator.date();
    if (!member.isBornBy(day)) {
      throw new InvalidValueException("indicator date", "on or after the birth of member " + member.id() + " on " + member.dateOfBirth(), day,
          what(indicator, owner));
    }
    if (indicator instanceof ProvenOffence && member.isUnder(AGE_OF_CRIMINAL_RESPONSIBILITY, day)) {
      throw new InvalidValueException("proven offence",
          "by a member of at least " + AGE_OF_CRIMINAL_RESPONSIBILITY + " (the age of criminal responsibility) when proven", born(member),
          what(indicator, owner));
    }
    if (indicator instanceof TermAttendance || indicator instanceof Exclusion || indicator instanceof SchoolPlacement) {
      LocalDate starts = indicator instanceof TermAttendance a ? a.term().nominalDates().start()
          : indicator instanceof Exclusion e ? e.term().nominalDates().start() : day;
      if (member.isBornBy(starts) && !member.isUnder(SCHOOL_AGE_LIMIT, starts)) {
        throw new InvalidValueException("school record", "of a member under " + SCHOOL_AGE_LIMIT + " when it begins", born(member),
            what(indicator, owner));
      }
    }
    if (indicator instanceof Exclusion e) {
      // Term dates differ by authority and year: a month either side of the nominal dates is allowed.
      LocalDate from = e.term().nominalDates().start().minusDays(31);
      LocalDate until = e.term().nominalDates().end().orElseThrow().plusDays(31);
      if (e.date().isBefore(from) || e.date().isAfter(until)) {
        throw new InvalidValueException("exclusion date", "within a month of its term " + e.term() + " (" + e.term().nominalDates() + ")", e.date(),
            what(indicator, owner));
      }
    }
    if (indicator instanceof BenefitClaim b && !(member.isBornBy(b.period().start()) && !member.isUnder(BENEFIT_AGE, b.period().start()))) {
      throw new InvalidValueException("benefit claim", "by a member of at least " + BENEFIT_AGE + " when it begins", born(member),
          what(indicator, owner));
    }
  }

  /** A child's term, as a key of the attendance records; its words only for a message. */
  private record ChildTerm(MemberId child, SchoolTerm term) {
    @Override
    public String toString() {
      return "child " + child + ", term " + term;
    }
  }

  private static String born(Member member) {
    return member.id() + " born " + member.dateOfBirth();
  }

  /** Whose an indicator's problem is, for a message: the indicator and the family. */
  private static String what(Indicator indicator, String owner) {
    return indicator.description() + ", " + owner;
  }

  /** A builder for a family with that id and authority. */
  public static Builder builder(FamilyId id, AreaId authority) {
    return new Builder(id, authority);
  }

  /** A builder holding this family's values, to derive a changed family. */
  public Builder toBuilder() {
    Builder b = new Builder(id, authority);
    b.members.addAll(members);
    b.indicators.addAll(indicators);
    b.attachment = attachment;
    b.outcomes.addAll(outcomes);
    return b;
  }

  /** The member with that id, if the family has one. */
  public Optional<Member> member(MemberId memberId) {
    required(memberId, "member id");
    return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
  }

  /** True if the family has a member with that id. */
  public boolean hasMember(MemberId memberId) {
    return member(memberId).isPresent();
  }

  /** The indicators of that kind, in the family's order. */
  public <T extends Indicator> List<T> indicators(Class<T> kind) {
    required(kind, "indicator kind");
    return indicators.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The indicators of that kind whose {@link Indicator#date()} falls within the window. */
  public <T extends Indicator> List<T> indicatorsWithin(Class<T> kind, DateRange window) {
    required(window, "window");
    return indicators(kind).stream().filter(i -> i.isWithin(window)).toList();
  }

  /** The indicators about that member, in the family's order. */
  public List<Indicator> indicatorsAbout(MemberId memberId) {
    required(memberId, "member id");
    return indicators.stream().filter(i -> i.concerns(memberId)).toList();
  }

  /** The outcomes of that kind, in the family's order. */
  public <T extends Outcome> List<T> outcomes(Class<T> kind) {
    required(kind, "outcome kind");
    return outcomes.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * The members born by {@code day} and under {@value #AGE_OF_MAJORITY} on it, whatever their
   * role; in the family's order.
   */
  public List<Member> childrenOn(LocalDate day) {
    required(day, "date");
    return members.stream()
        .filter(m -> m.isBornBy(day) && m.isUnder(AGE_OF_MAJORITY, day))
        .toList();
  }

  /** The members aged {@value #AGE_OF_MAJORITY} or over on {@code day}, whatever their role. */
  public List<Member> adultsOn(LocalDate day) {
    required(day, "date");
    return members.stream()
        .filter(m -> m.isBornBy(day) && !m.isUnder(AGE_OF_MAJORITY, day))
        .toList();
  }

  /** True if the family has been attached to the programme. */
  public boolean isAttached() {
    return attachment.isPresent();
  }

  /** The child's attendance records for those terms, in term order. */
  public List<TermAttendance> attendance(MemberId child, Collection<SchoolTerm> terms) {
    required(child, "child");
    Set<SchoolTerm> wanted = Set.copyOf(listOf(terms, "terms"));
    return indicators(TermAttendance.class).stream()
        .filter(a -> a.child().equals(child) && wanted.contains(a.term()))
        .sorted(Comparator.comparing(TermAttendance::term))
        .toList();
  }

  /**
   * The child's unauthorised absences over those terms as an exact share of the possible
   * sessions summed over the terms recorded; empty if none of the terms is recorded. Which terms
   * are recorded can be read with {@link #attendance}.
   */
  public Optional<Percentage> unauthorisedRate(MemberId child, Collection<SchoolTerm> terms) {
    List<TermAttendance> records = attendance(child, terms);
    if (records.isEmpty()) {
      return Optional.empty();
    }
    long missed = records.stream().mapToLong(TermAttendance::unauthorisedAbsences).sum();
    long possible = records.stream().mapToLong(TermAttendance::possibleSessions).sum();
    return Optional.of(Percentage.ratio(missed, possible));
  }

  /**
   * The child's absences, authorised and unauthorised, over those terms as an exact share of
   * the possible sessions summed over the terms recorded; empty if none of the terms is recorded.
   */
  public Optional<Percentage> absenceRate(MemberId child, Collection<SchoolTerm> terms) {
    List<TermAttendance> records = attendance(child, terms);
    if (records.isEmpty()) {
      return Optional.empty();
    }
    long missed = records.stream().mapToLong(TermAttendance::sessionsMissed).sum();
    long possible = records.stream().mapToLong(TermAttendance::possibleSessions).sum();
    return Optional.of(Percentage.ratio(missed, possible));
  }

  /** The number of the child's exclusions of that kind counted in those terms. */
  public long exclusionCount(MemberId child, ExclusionKind kind, Collection<SchoolTerm> terms) {
    required(child, "child");
    required(kind, "exclusion kind");
    Set<SchoolTerm> wanted = Set.copyOf(listOf(terms, "terms"));
    return indicators(Exclusion.class).stream()
        .filter(e -> e.child().equals(child) && e.kind() == kind && wanted.contains(e.term()))
        .count();
  }

  /**
   * The number of days within the window on which the adult was in work, by the family's
   * employment spells; a day covered by overlapping spells counts once.
   *
   * @throws org.communitybudgets.InvalidValueException if the window is open-ended
   */
  public long daysEmployedWithin(MemberId adult, DateRange window) {
    required(adult, "adult");
    required(window, "window");
    check(!window.isOpenEnded(), "window", "bounded", window, "family " + id);
    List<DateRange> spans =
        indicators(EmploymentSpell.class).stream()
            .filter(s -> s.adult().equals(adult))
            .map(s -> s.period().intersection(window))
            .flatMap(Optional::stream)
            .sorted(Comparator.comparing(DateRange::start))
            .toList();
    long days = 0;
    LocalDate coveredTo = null;
    for (DateRange span : spans) {
      LocalDate end = span.end().orElseThrow();
      LocalDate start =
          coveredTo == null || span.start().isAfter(coveredTo) ? span.start() : coveredTo.plusDays(1);
      if (!start.isAfter(end)) {
        days += end.toEpochDay() - start.toEpochDay() + 1;
      }
      if (coveredTo == null || end.isAfter(coveredTo)) {
        coveredTo = end;
      }
    }
    return days;
  }

  /** True if one of the family's employment spells of the adult covers the day. */
  public boolean isEmployedOn(MemberId adult, LocalDate day) {
    required(adult, "adult");
    required(day, "day");
    for (EmploymentSpell s : indicators(EmploymentSpell.class)) {
      if (s.adult().equals(adult) && s.period().contains(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last day of the claim, on or before {@code day}, on which its claimant was in no
   * employment spell: the last day the claim was a claim out of work, for a benefit that goes on
   * in work. Empty if the claimant was in work on every day of the claim up to {@code day}, or the
   * claim starts after it.
   */
  public Optional<LocalDate> lastDayOutOfWork(BenefitClaim claim, LocalDate day) {
    required(claim, "claim");
    required(day, "day");
    LocalDate start = claim.period().start();
    LocalDate d = claim.period().end().filter(e -> e.isBefore(day)).orElse(day);
    List<DateRange> spells =
        indicators(EmploymentSpell.class).stream().filter(s -> s.adult().equals(claim.adult())).map(EmploymentSpell::period).toList();
    boolean moved = true;
    while (moved && !d.isBefore(start)) {
      moved = false;
      for (DateRange s : spells) {
        if (s.contains(d)) {
          d = s.start().minusDays(1);
          moved = true;
        }
      }
    }
    return d.isBefore(start) ? Optional.empty() : Optional.of(d);
  }

  /**
   * Builds a {@link Family} step by step; {@link #build()} validates with the same messages as
   * the record's constructor.
   */
  public static final class Builder {
    private final FamilyId id;
    private final AreaId authority;
    private final List<Member> members = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private Optional<Attachment> attachment = Optional.empty();
    private final List<Outcome> outcomes = new ArrayList<>();

    private Builder(FamilyId id, AreaId authority) {
      this.id = id;
      this.authority = authority;
    }

    /** Adds a member. */
    public Builder member(Member member) {
      members.add(required(member, "member"));
      return this;
    }

    /** Adds members, in order. */
    public Builder members(Collection<Member> added) {
      added.forEach(this::member);
      return this;
    }

    /** Adds an indicator. */
    public Builder indicator(Indicator indicator) {
      indicators.add(required(indicator, "indicator"));
      return this;
    }

    /** Adds indicators, in order. */
    public Builder indicators(Collection<? extends Indicator> added) {
      added.forEach(this::indicator);
      return this;
    }

    /** Records the family's attachment on that day, with no key worker. */
    public Builder attachedOn(LocalDate day) {
      return attachment(Attachment.on(day));
    }

    /** Records the family's attachment. */
    public Builder attachment(Attachment value) {
      attachment = Optional.of(required(value, "attachment"));
      return this;
    }

    /** Removes any attachment. */
    public Builder notAttached() {
      attachment = Optional.empty();
      return this;
    }

    /** Adds an outcome. */
    public Builder outcome(Outcome outcome) {
      outcomes.add(required(outcome, "outcome"));
      return this;
    }

    /** Adds outcomes, in order. */
    public Builder outcomes(Collection<? extends Outcome> added) {
      added.forEach(this::outcome);
      return this;
    }

    /** The family, validated. */
    public Family build() {
      return new Family(id, authority, members, indicators, attachment, outcomes);
    }
  }
}
