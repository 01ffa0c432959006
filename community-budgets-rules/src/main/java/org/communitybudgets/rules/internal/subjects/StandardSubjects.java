package org.communitybudgets.rules.internal.subjects;

import java.util.List;
import java.util.Optional;
import org.communitybudgets.rules.internal.conditions.Conditions;
import org.communitybudgets.rules.internal.conditions.SubjectKind;
import org.communitybudgets.rules.internal.ruleset.RuleSetLoader;
import org.communitybudgets.rules.internal.sessions.SessionFindings;
import org.communitybudgets.rules.internal.sessions.Subjects;
import org.communitybudgets.rules.pooling.ContributionCase;
import org.communitybudgets.rules.troubledfamilies.ClaimCase;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.rules.troubledfamilies.FamilyFacts;
import org.communitybudgets.rules.troubledfamilies.ResultsCase;

/**
 * The subjects the standard rules decide (contributions to a pool, families, their results and
 * claims) as the parts that run the rules see them: the kinds of subject of the conditions table,
 * the standard table read with them, a loader of rule sets that reads local tables with them, and
 * what a session needs of them.
 */
public final class StandardSubjects implements Subjects {
  private static final StandardSubjects INSTANCE = new StandardSubjects();
  private static final List<SubjectKind> KINDS = List.of(ConditionSubjects.values());
  private static final Conditions TABLE = Conditions.load(Conditions.TABLE, RuleSetLoader.resource(Conditions.TABLE), KINDS);

  private StandardSubjects() {}

  /** What a session needs of the standard subjects. */
  public static Subjects sessions() {
    return INSTANCE;
  }

  /** The kinds of subject a condition may judge. */
  public static List<SubjectKind> kinds() {
    return KINDS;
  }

  /** The standard conditions table. */
  public static Conditions conditions() {
    return TABLE;
  }

  /** A loader of a rule set on the standard conditions table, reading local tables with the standard kinds. */
  public static RuleSetLoader loader() {
    return new RuleSetLoader(TABLE, KINDS);
  }

  /** A session's findings recording for the standard subjects' rules, on the standard conditions table. */
  public static RuleFindings findings(java.util.function.Consumer<Object> inserter) {
    return new RuleFindings(new SessionFindings(inserter, TABLE));
  }

  @Override
  public Object findings(SessionFindings findings) {
    return new RuleFindings(findings);
  }

  @Override
  public Optional<String> subjectOf(List<?> facts) {
    for (Object o : facts) {
      if (o instanceof FamilyCase || o instanceof FamilyFacts || o instanceof ResultsCase || o instanceof ClaimCase || o instanceof ContributionCase) {
        return Optional.of(o.toString());
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> familyOf(List<?> facts) {
    for (Object o : facts) {
      if (o instanceof FamilyCase f) {
        return Optional.of(f.id());
      } else if (o instanceof FamilyFacts f) {
        return Optional.of(f.id());
      } else if (o instanceof ResultsCase r) {
        return Optional.of(r.id());
      }
    }
    return Optional.empty();
  }
}
