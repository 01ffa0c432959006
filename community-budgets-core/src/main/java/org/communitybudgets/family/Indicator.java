package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.time.DateRange;

/**
 * A dated fact about a family or one of its members that the identification and results
 * criteria read (TF frameworks 2012 and 2015): an offence, an anti-social behaviour intervention or
 * incident, an exclusion, a term's attendance, a school placement, a benefit claim, a spell of
 * employment, progress to work, a local concern, or one of the phase-2 problem indicators.
 *
 * <p>Every indicator answers {@link #member()}: the member it is about, or empty when it is
 * recorded against the family as a whole. Indicators that are always about one member hold that
 * member in a component named for the member's part ({@code child}, {@code adult}, {@code
 * offender}, {@code person}, {@code youngPerson}); {@code member()} returns it, present.
 *
 * <p>Indicators carry facts only. Whether a fact meets a criterion (an absence rate over a
 * threshold, a benefit counted as out-of-work) is decided by the rules with their parameter
 * tables.
 */
public sealed interface Indicator
    permits ProvenOffence,
        AsbIntervention,
        AsbIncident,
        Exclusion,
        TermAttendance,
        SchoolPlacement,
        BenefitClaim,
        EmploymentSpell,
        WorkProgress,
        LocalConcern,
        ChildNeedingHelp,
        DomesticAbuse,
        HealthProblem,
        FinancialExclusionRisk,
        YoungPersonNotInWork {

  /** The member the fact is about, or empty when it is recorded against the whole family. */
  Optional<MemberId> member();

  /**
   * The day the fact happened or began: the day it is ordered by and placed in look-back windows
   * with. For facts that last over a period it is the first day of the period; for a term's
   * attendance it is the first day of the term's nominal dates.
   */
  LocalDate date();

  /**
   * The earliest date an indicator may carry: records of a family's problems older than 1950 are
   * data errors, not history the programme reads.
   */
  LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);

  /** The latest date an indicator may carry: later dates are data errors, not plans. */
  LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  /**
   * The phase-2 headline problem this kind of fact bears on (TF framework 2015), or empty for
   * facts that bear on none (employment, progress to work, local concerns). Whether the family
   * has that problem is for the rules to decide.
   */
  Optional<Phase2Problem> headlineProblem();

  /**
   * A short description of the fact naming its kind, member and date, as used in messages, e.g.
   * {@code fixed term exclusion of child c-17, term 2012 autumn, on 2012-10-03}.
   */
  String description();

  /** True if the fact is about the given member. */
  default boolean concerns(MemberId id) {
    required(id, "member id");
    return member().filter(id::equals).isPresent();
  }

  /** True if {@link #date()} falls within the window. */
  default boolean isWithin(DateRange window) {
    return required(window, "window").contains(date());
  }
}
