package org.communitybudgets.rules.internal.parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communitybudgets.rules.internal.Problems;

/**
 * What parameters must hold together, on every date either changes: a phase's first day before its
 * last, its last day for claims no earlier, the phases not overlapping, a share's numerator no
 * greater than its denominator, the weeks in work no more than the weeks counted. Checked on the
 * table an engine is built with, overrides applied, and reported at the value that breaks it.
 */
public final class ParameterRelations {
  /**
   * One relation: {@code lesser} before {@code greater}, or no greater than it.
   *
   * @param strict true if the two may not be equal
   * @param why what the relation keeps true, for the message
   */
  record Relation(String lesser, String greater, boolean strict, String why) {}

  static final List<Relation> STANDARD =
      List.of(
          new Relation("tf.phase1.first-day", "tf.phase1.last-day", true, "phase 1 begins before it ends"),
          new Relation("tf.phase1.last-day", "tf.phase1.last-claim-day", false, "phase-1 claims are taken to the end of the phase at least"),
          new Relation("tf.phase2.first-day", "tf.phase2.last-day", true, "phase 2 begins before it ends"),
          new Relation("tf.phase2.last-day", "tf.phase2.last-claim-day", false, "phase-2 claims are taken to the end of the phase at least"),
          new Relation("tf.phase1.last-day", "tf.phase2.first-day", true, "the phases do not overlap"),
          new Relation("tf.phase2.early-start-day", "tf.phase2.first-day", false, "the early start comes before the phase's first day"),
          new Relation("tf.phase1.funded-share-numerator", "tf.phase1.funded-share-denominator", false, "the funded share is at most the whole target"),
          new Relation("tf.phase1.national-criteria-with-local", "tf.phase1.national-criteria", false,
              "local discretion lowers the national criteria needed, never raises them"),
          new Relation("tf.continuous-employment.jsa-weeks", "tf.continuous-employment.jsa-window-weeks", false,
              "the weeks in work fit in the weeks counted"),
          new Relation("tf.continuous-employment.other-weeks", "tf.continuous-employment.other-window-weeks", false,
              "the weeks in work fit in the weeks counted"));

  private ParameterRelations() {}

  /**
   * Reports every relation the table breaks, at the value that breaks it: an override's value
   * where one of the two comes from an override, the lesser one's otherwise.
   *
   * @param standardFiles the files of the standard parameters
   */
  public static void check(ParameterTable table, Set<String> standardFiles, Problems problems) {
    for (Relation r : STANDARD) {
      Optional<ParameterDefinition> a = table.definition(r.lesser());
      Optional<ParameterDefinition> b = table.definition(r.greater());
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      TreeSet<LocalDate> days = new TreeSet<>();
      a.get().values().forEach(v -> days.add(v.effective().start()));
      b.get().values().forEach(v -> days.add(v.effective().start()));
      for (LocalDate day : days) {
        Optional<ParameterValue> x = a.get().valueOn(day);
        Optional<ParameterValue> y = b.get().valueOn(day);
        if (x.isEmpty() || y.isEmpty()) {
          continue;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        int order = ((Comparable) x.get().value()).compareTo(y.get().value());
        if (order > 0 || (r.strict() && order == 0)) {
          ParameterValue at = standardFiles.contains(x.get().file()) && !standardFiles.contains(y.get().file()) ? y.get() : x.get();
          String key = at == x.get() ? r.lesser() : r.greater();
          String must = r.strict()
              ? (a.get().type() == ParameterType.DATE ? " must be before " : " must be less than ")
              : (a.get().type() == ParameterType.DATE ? " must be no later than " : " must be no greater than ");
          problems.add(at.file(), at.line(), key,
              r.lesser() + " " + a.get().type().format(x.get().value()) + must + r.greater() + " "
                  + b.get().type().format(y.get().value()) + " on " + day + ": " + r.why());
          break;
        }
      }
    }
  }
}
