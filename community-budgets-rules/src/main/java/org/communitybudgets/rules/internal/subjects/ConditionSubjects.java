package org.communitybudgets.rules.internal.subjects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.rules.Policy;
import org.communitybudgets.rules.internal.conditions.SubjectKind;
import org.communitybudgets.rules.pooling.ContributionCase;
import org.communitybudgets.rules.troubledfamilies.ClaimCase;
import org.communitybudgets.rules.troubledfamilies.ClaimRefused;
import org.communitybudgets.rules.troubledfamilies.FamilyCase;
import org.communitybudgets.rules.troubledfamilies.ResultsCase;
import org.communitybudgets.source.PolicySource;

/**
 * The kinds of subject the conditions table judges (contributions, families, families' results
 * and claims) and what their placeholders read: the business date's parameters, and the facts of
 * the subject a condition judges. A placeholder is {@code {name}} or {@code {name KEY
 * ...}}, where each argument is a parameter key; the subject's facts are those its rules read.
 * A claim's condition may write its phase's parameters as {@code tf.PHASE.KEY} ({@code
 * tf.phase1.KEY} or {@code tf.phase2.KEY} by the claim's phase) and cite the claim's phase's
 * framework ({@code document: FRAMEWORK}) or claim window ({@code document: CLAIM_WINDOW}).
 */
public enum ConditionSubjects implements SubjectKind {
  /**
   * A contribution to a pool: each of its conditions says the best verdict the contribution can
   * have while it is unmet ({@code limit}).
   */
  CONTRIBUTION("contribution", ContributionCase.class) {
    @Override
    public boolean hasLimit() {
      return true;
    }
  },
  FAMILY("family", FamilyCase.class),
  RESULTS("results", ResultsCase.class),
  /**
   * A claim: its conditions may write its phase's parameters as {@code tf.PHASE.KEY} and cite
   * its phase's framework or claim window, and one no rule met refuses it.
   */
  CLAIM("claim", ClaimCase.class) {
    @Override
    public String key(Object subject, String key) {
      return key.startsWith(PHASE_KEY) ? ((ClaimCase) subject).phaseKey() + key.substring(PHASE_KEY.length() - 1) : key;
    }

    @Override
    List<String> keys(Object subject, List<String> keys) {
      return keys.stream().map(k -> key(subject, k)).toList();
    }

    @Override
    public boolean allowsKey(String key) {
      return true;
    }

    @Override
    public Optional<Object> refusal(Object subject, String code) {
      return Optional.of(new ClaimRefused(((ClaimCase) subject).id(), code));
    }

    @Override
    public Optional<Function<Object, PolicySource>> phasedSource(String document, String location) {
      return switch (document) {
        case "FRAMEWORK" -> Optional.of(c -> ClaimCase.frameworkSource(((ClaimCase) c).phase(), location));
        case "CLAIM_WINDOW" -> Optional.of(c -> ClaimCase.claimWindowSource(((ClaimCase) c).phase()));
        default -> Optional.empty();
      };
    }
  };

  private static final String AGE_LIMIT = "tf.child.age-limit";
  private static final String PHASE_KEY = "tf.PHASE.";
  private static final String LEAVING_AGE = "tf.education.school-leaving-age";

  private final String tableName;
  private final Class<?> type;
  private final Map<String, Measure> measures = new HashMap<>();

  ConditionSubjects(String tableName, Class<?> type) {
    this.tableName = tableName;
    this.type = type;
  }

  /** The subject's name in the table. */
  @Override
  public String tableName() {
    return tableName;
  }

  /** The placeholder for this subject, if there is one of the name. */
  @Override
  public Optional<Measure> measure(String name) {
    return Optional.ofNullable(measures.get(name));
  }

  /** The parameter key for the subject: a claim's {@code tf.PHASE.} keys are its phase's. */
  @Override
  public String key(Object subject, String key) {
    return key;
  }

  /** The keys of the subject's parameters as the table names them, each as {@link #key} maps it. */
  List<String> keys(Object subject, List<String> keys) {
    return keys;
  }

  /** True if the subject's conditions may write the key: only a claim's may name its phase's. */
  @Override
  public boolean allowsKey(String key) {
    return !key.startsWith(PHASE_KEY);
  }

  /**
   * The fact the engine inserts for a condition of this subject that no rule met, when the rules
   * have fired and before the rules that wait for the conditions to be judged fire; none for a
   * family or its results, whose rules match what was met.
   */
  @Override
  public Optional<Object> refusal(Object subject, String code) {
    return Optional.empty();
  }

  /** True if a condition of this subject limits its verdict while unmet: only a contribution's does. */
  @Override
  public boolean hasLimit() {
    return false;
  }

  /** A source that follows the subject rather than one document: none but a claim's. */
  @Override
  public Optional<Function<Object, PolicySource>> phasedSource(String document, String location) {
    return Optional.empty();
  }

  /** What a phased source cites in each phase, for the reference. */
  @Override
  public List<PolicySource> phasedSources(String document, String location) {
    List<PolicySource> out = new java.util.ArrayList<>();
    for (ProgrammePhase phase : ProgrammePhase.values()) {
      out.add(document.equals("FRAMEWORK") ? ClaimCase.frameworkSource(phase, location) : ClaimCase.claimWindowSource(phase));
    }
    return out;
  }

  /** The subject as the type its measures read, or an error naming both. */
  @Override
  public Object cast(Object subject) {
    if (!type.isInstance(subject)) {
      throw new IllegalArgumentException("a " + tableName + " condition judges a " + type.getSimpleName() + ", not " + subject);
    }
    return subject;
  }

  static {
    for (ConditionSubjects s : values()) {
      s.policy("as-of", 0, (p, k) -> p.asOf());
      s.policy("integer", 1, (p, k) -> p.integer(k.get(0)));
      s.policy("percentage", 1, (p, k) -> p.percentage(k.get(0)));
      s.policy("date", 1, (p, k) -> p.date(k.get(0)));
      s.policy("money", 1, (p, k) -> p.money(k.get(0)));
    }
    ConditionSubjects contribution = CONTRIBUTION;
    contribution.of(ContributionCase.class, "holder-id", 0, (x, p, a) -> x.holderId());
    contribution.of(ContributionCase.class, "holder-name", 0, (x, p, a) -> x.holderName());
    contribution.of(ContributionCase.class, "line-id", 0, (x, p, a) -> x.lineId());
    contribution.of(ContributionCase.class, "line-name", 0, (x, p, a) -> x.lineName());
    contribution.of(ContributionCase.class, "department", 0, (x, p, a) -> x.department().map(Object::toString).orElse("not in the catalogue"));
    contribution.of(ContributionCase.class, "agreement-years", 0, (x, p, a) -> x.agreementYears());
    contribution.of(ContributionCase.class, "agreement-first-year", 0, (x, p, a) -> x.agreementYears().get(0));
    contribution.of(ContributionCase.class, "agreement-last-year", 0, (x, p, a) -> x.agreementYears().get(x.agreementYears().size() - 1));

    family(FAMILY, FamilyCase.class, f -> f);
    family(RESULTS, ResultsCase.class, ResultsCase::familyCase);
    schoolAgeBound(RESULTS);

    ConditionSubjects r = RESULTS;
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

    ConditionSubjects c = CLAIM;
    c.of(ClaimCase.class, "claim-id", 0, (x, p, k) -> x.id());
    c.of(ClaimCase.class, "phase", 0, (x, p, k) -> x.phase());
    c.of(ClaimCase.class, "kind", 0, (x, p, k) -> x.kind());
    c.of(ClaimCase.class, "claimed-on", 0, (x, p, k) -> x.claimedOn());
    c.of(ClaimCase.class, "claim-window-opens", 0, (x, p, k) -> x.claimWindowOpens(p));
    c.of(ClaimCase.class, "attached-on", 0, (x, p, k) -> x.attachedOn().orElseThrow());
    c.of(ClaimCase.class, "family-id", 0, (x, p, k) -> x.familyCase().id());
    c.of(ClaimCase.class, "duplicates", 0, (x, p, k) -> x.duplicates());
    c.of(ClaimCase.class, "alternatives-paid", 0, (x, p, k) -> x.alternativesPaid());
    c.of(ClaimCase.class, "results-achieved", 0, (x, p, k) -> x.results().achieved());
    c.of(ClaimCase.class, "results-not-met", 0, (x, p, k) -> x.results().decision().unmetConditions());
    c.of(ClaimCase.class, "paid-before", 0, (x, p, k) -> x.paidBefore());
    c.of(ClaimCase.class, "families-already-funded", 0, (x, p, k) -> x.familiesAlreadyFunded());
    c.of(ClaimCase.class, "target-families", 0, (x, p, k) -> x.target().families());
  }

  private void policy(String name, int arity, PolicyReading reading) {
    // a claim's keys follow its phase, so its placeholders read by the subject
    measures.put(name, new Measure(arity, (s, p, k) -> reading.read(p, keys(s, k)), this != CLAIM));
  }

  private <T> void of(Class<T> t, String name, int arity, TypedReading<T> reading) {
    measures.put(name, new Measure(arity, (s, p, k) -> reading.read(t.cast(s), p, k), false));
  }

  @FunctionalInterface
  private interface PolicyReading {
    Object read(Policy policy, List<String> keys);
  }

  @FunctionalInterface
  private interface TypedReading<T> {
    Object read(T subject, Policy policy, List<String> keys);
  }


  /** The family's facts, for a subject that is a family or holds one. */
  private static <T> void family(ConditionSubjects s, Class<T> t, Function<T, FamilyCase> family) {
    s.policy("window", 1, (p, k) -> p.window(p.integer(k.get(0))));
    s.policy("terms", 1, (p, k) -> p.lastTerms(p.integer(k.get(0))));
    s.of(t, "unauthorised-rates", 1,
        (c, p, k) -> family.apply(c).unauthorisedRates(p.integer(k.get(0)), p.integer(AGE_LIMIT)));
    s.of(t, "fixed-term-excluded", 2,
        (c, p, k) -> family.apply(c).fixedTermExcluded(p.integer(k.get(0)), p.integer(k.get(1)), p.integer(AGE_LIMIT)));
    s.of(t, "children-out-of-school", 1,
        (c, p, k) -> family.apply(c).childrenOutOfSchool(p.integer(k.get(0)), p.integer(AGE_LIMIT)));
    s.of(t, "unauthorised-absence-at-least", 2,
        (c, p, k) -> family.apply(c).unauthorisedAbsenceAtLeast(p.integer(k.get(0)), p.percentage(k.get(1)), p.integer(AGE_LIMIT)));
  }

  /**
   * The education placeholders of a family's results, which count the children of compulsory
   * school age on the business date only (a child past it may have left school).
   */
  private static void schoolAgeBound(ConditionSubjects s) {
    Class<ResultsCase> t = ResultsCase.class;
    s.of(t, "unauthorised-rates", 1,
        (c, p, k) -> c.familyCase().unauthorisedRates(p.integer(k.get(0)), p.integer(AGE_LIMIT), p.integer(LEAVING_AGE)));
    s.of(t, "fixed-term-excluded", 2,
        (c, p, k) -> c.familyCase().fixedTermExcluded(p.integer(k.get(0)), p.integer(k.get(1)), p.integer(AGE_LIMIT), p.integer(LEAVING_AGE)));
    s.of(t, "children-out-of-school", 1,
        (c, p, k) -> c.familyCase().childrenOutOfSchool(p.integer(k.get(0)), p.integer(AGE_LIMIT), p.integer(LEAVING_AGE)));
    s.of(t, "unauthorised-absence-at-least", 2,
        (c, p, k) -> c.familyCase().unauthorisedAbsenceAtLeast(
            p.integer(k.get(0)), p.percentage(k.get(1)), p.integer(AGE_LIMIT), p.integer(LEAVING_AGE)));
  }
}
