package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.time.SchoolTerm;

/**
 * A child's school attendance over one term, in half-day sessions, as the school records it
 * (TF framework 2012, unauthorised absence over the last 3 terms; TF framework 2015, the school
 * attendance problem). The
 * rates are exact; the thresholds they are compared with are parameters of the rules.
 *
 * @param child the pupil
 * @param term the school term
 * @param possibleSessions the sessions the child could have attended; positive
 * @param authorisedAbsences sessions missed with the school's leave; zero or more
 * @param unauthorisedAbsences sessions missed without leave; zero or more, and together with the
 *     authorised absences no more than the possible sessions
 */
public record TermAttendance(
    MemberId child,
    SchoolTerm term,
    int possibleSessions,
    int authorisedAbsences,
    int unauthorisedAbsences)
    implements Indicator {
  /** Validates the counts. */
  public TermAttendance {
    required(child, "child");
    required(term, "term", () -> "attendance of child " + child);
    long total = (long) authorisedAbsences + unauthorisedAbsences;
    if (possibleSessions <= 0 || authorisedAbsences < 0 || unauthorisedAbsences < 0
        || unauthorisedAbsences > possibleSessions || total > possibleSessions) {
      String owner = "child " + child + ", term " + term;
      check(possibleSessions > 0, "possible sessions", "positive", possibleSessions, owner);
      check(authorisedAbsences >= 0, "authorised absences", "zero or more", authorisedAbsences, owner);
      check(
          unauthorisedAbsences >= 0, "unauthorised absences", "zero or more", unauthorisedAbsences, owner);
      check(
          unauthorisedAbsences <= possibleSessions,
          "unauthorised absence",
          "within 0–100% of possible sessions",
          share(unauthorisedAbsences, possibleSessions),
          owner);
      check(
          false,
          "total absence",
          "within 0–100% of possible sessions",
          share(total, possibleSessions),
          owner);
    }
  }

  private static String share(long part, int whole) {
    return Percentage.ratio(part, whole) + " (" + part + " of " + whole + " sessions)";
  }

  /** Sessions missed, authorised or not. */
  public int sessionsMissed() {
    return authorisedAbsences + unauthorisedAbsences;
  }

  /** Unauthorised absences as an exact share of possible sessions, within 0–100%. */
  public Percentage unauthorisedRate() {
    return Percentage.ratio(unauthorisedAbsences, possibleSessions);
  }

  /** All absences, authorised and unauthorised, as an exact share of possible sessions. */
  public Percentage absenceRate() {
    return Percentage.ratio(sessionsMissed(), possibleSessions);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(child);
  }

  /** The first day of the term's nominal dates. */
  @Override
  public LocalDate date() {
    return term.nominalDates().start();
  }

  /** School attendance. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.SCHOOL_ATTENDANCE);
  }

  @Override
  public String description() {
    return "attendance of child " + child + ", term " + term;
  }
}
