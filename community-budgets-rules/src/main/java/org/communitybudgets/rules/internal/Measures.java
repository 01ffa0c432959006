package org.communitybudgets.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.rules.troubledfamilies.ResultsCase;

/**
 * What the placeholders of the conditions table read: the business date's parameters, and the
 * facts of the subject a condition judges. A placeholder is {@code {name}} or {@code {name KEY
 * ...}}, where each argument is a parameter key; the subject's facts are those its rules read.
 */
public final class Measures {
  /** One placeholder: how many parameter keys it takes and what it reads. */
  record Measure(int arity, Reading reading) {}

  /** Reads a value for the subject on the policy's business date. */
  @FunctionalInterface
  interface Reading {
    Object read(Object subject, Policy policy, List<String> keys);
  }

  /** The kinds of subject a condition can judge, by the name the table gives them. */
  public enum Subject {
    FAMILY("family", FamilyCase.class),
    RESULTS("results", ResultsCase.class);

    private final String tableName;
    private final Class<?> type;
    private final Map<String, Measure> measures = new HashMap<>();

    Subject(String tableName, Class<?> type) {
      this.tableName = tableName;
      this.type = type;
    }

    static Optional<Subject> named(String name) {
      for (Subject s : values()) {
        if (s.tableName.equals(name)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    static String names() {
      return String.join(", ", java.util.Arrays.stream(values()).map(s -> s.tableName).toList());
    }

    /** The subject's name in the table. */
    public String tableName() {
      return tableName;
    }

    /** The placeholder for this subject, if there is one of the name. */
    Optional<Measure> measure(String name) {
      return Optional.ofNullable(measures.get(name));
    }

    /** The subject as the type its measures read, or an error naming both. */
    Object cast(Object subject) {
      if (!type.isInstance(subject)) {
        throw new IllegalArgumentException("a " + tableName + " condition judges a " + type.getSimpleName() + ", not " + subject);
      }
      return subject;
    }

    static {
      for (Subject s : Subject.values()) {
        s.policy("as-of", 0, (p, k) -> p.asOf());
        s.policy("integer", 1, (p, k) -> p.integer(k.get(0)));
        s.policy("percentage", 1, (p, k) -> p.percentage(k.get(0)));
        s.policy("date", 1, (p, k) -> p.date(k.get(0)));
        s.policy("money", 1, (p, k) -> p.money(k.get(0)));
      }
      family(Subject.FAMILY, FamilyCase.class, f -> f);
      family(Subject.RESULTS, ResultsCase.class, ResultsCase::familyCase);

      Subject r = Subject.RESULTS;
      r.of(ResultsCase.class, "attachment", 0, (c, p, k) -> c.attachment());
      r.of(ResultsCase.class, "asb-counts", 1, (c, p, k) -> c.asbCounts(p.integer(k.get(0))));
      r.of(ResultsCase.class, "offending-counts", 1, (c, p, k) -> c.offendingCounts(p.integer(k.get(0)), p.integer(AGE_LIMIT)));
      r.of(ResultsCase.class, "nothing-to-fall-from-note", 1,
          (c, p, k) -> c.nothingToFallFromNote(p.integer(k.get(0)), p.integer(AGE_LIMIT)));
      r.of(ResultsCase.class, "employment-record", 1, (c, p, k) -> c.employmentRecord(p, k.get(0)));
      r.of(ResultsCase.class, "problems-with-progress", 0, (c, p, k) -> c.problemsWithProgress());
      r.of(ResultsCase.class, "problems-without-progress", 0, (c, p, k) -> c.problemsWithoutProgress());
      r.of(ResultsCase.class, "problems-without-progress-count", 0, (c, p, k) -> c.problemsWithoutProgress().size());
      r.of(ResultsCase.class, "problems-at-attachment-count", 0, (c, p, k) -> c.problemsAtAttachment().size());
    }

    private void policy(String name, int arity, PolicyReading reading) {
      measures.put(name, new Measure(arity, (s, p, k) -> reading.read(p, k)));
    }

    private <T> void of(Class<T> t, String name, int arity, TypedReading<T> reading) {
      measures.put(name, new Measure(arity, (s, p, k) -> reading.read(t.cast(s), p, k)));
    }
  }

  @FunctionalInterface
  private interface PolicyReading {
    Object read(Policy policy, List<String> keys);
  }

  @FunctionalInterface
  private interface TypedReading<T> {
    Object read(T subject, Policy policy, List<String> keys);
  }

  private static final String AGE_LIMIT = "tf.child.age-limit";

  /** The family's facts, for a subject that is a family or holds one. */
  private static <T> void family(Subject s, Class<T> t, java.util.function.Function<T, FamilyCase> family) {
    s.of(t, "window", 1, (c, p, k) -> family.apply(c).window(p.integer(k.get(0))));
    s.of(t, "terms", 1, (c, p, k) -> family.apply(c).lastTerms(p.integer(k.get(0))));
    s.of(t, "unauthorised-rates", 1,
        (c, p, k) -> family.apply(c).unauthorisedRates(p.integer(k.get(0)), p.integer(AGE_LIMIT)));
    s.of(t, "fixed-term-excluded", 2,
        (c, p, k) -> family.apply(c).fixedTermExcluded(p.integer(k.get(0)), p.integer(k.get(1)), p.integer(AGE_LIMIT)));
    s.of(t, "children-out-of-school", 1,
        (c, p, k) -> family.apply(c).childrenOutOfSchool(p.integer(k.get(0)), p.integer(AGE_LIMIT)));
    s.of(t, "unauthorised-absence-at-least", 2,
        (c, p, k) -> family.apply(c).unauthorisedAbsenceAtLeast(p.integer(k.get(0)), p.percentage(k.get(1)), p.integer(AGE_LIMIT)));
  }

  private Measures() {}
}
