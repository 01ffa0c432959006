package org.communitybudgets.family;

import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.Optional;
import org.communitybudgets.time.SchoolTerm;

/**
 * An exclusion of a child from school (TF framework 2012, identification criterion 2 and the
 * crime/ASB/education result; TF framework 2015, the school attendance problem). The term is the one the school records the
 * exclusion in; it is not checked against the date, because real term dates differ from the
 * nominal ones by authority and year.
 *
 * @param child the member excluded
 * @param kind fixed-term or permanent
 * @param term the school term the exclusion counts in
 * @param date the first day of the exclusion
 */
public record Exclusion(MemberId child, ExclusionKind kind, SchoolTerm term, LocalDate date)
    implements Indicator {
  /** Validates the fields. */
  public Exclusion {
    required(child, "child");
    required(kind, "exclusion kind", () -> "exclusion of child " + child);
    required(term, "term", () -> "exclusion of child " + child);
    required(date, "date", () -> "exclusion of child " + child + ", term " + term);
  }

  @Override
  public Optional<MemberId> member() {
    return Optional.of(child);
  }

  /** School attendance. */
  @Override
  public Optional<Phase2Problem> headlineProblem() {
    return Optional.of(Phase2Problem.SCHOOL_ATTENDANCE);
  }

  @Override
  public String description() {
    return Ids.words(kind) + " exclusion of child " + child + ", term " + term + ", on " + date;
  }
}
