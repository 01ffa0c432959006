package org.communitybudgets.scenarios;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.decision.ClaimVerdict;
import org.communitybudgets.decision.ContributionVerdict;
import org.communitybudgets.decision.Decision;
import org.communitybudgets.decision.EligibilityVerdict;
import org.communitybudgets.decision.Reason;
import org.communitybudgets.decision.UnmetCondition;
import org.communitybudgets.funding.Allocations;
import org.communitybudgets.json.DomainJson;
import org.communitybudgets.json.JsonProblems;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.RuleCoverage;
import org.communitybudgets.rules.RuleFailureException;
import org.communitybudgets.rules.RuleSetException;
import org.communitybudgets.rules.pooling.PoolAssessment;
import org.communitybudgets.rules.troubledfamilies.ClaimDecision;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Results;

/**
 * Decides scenario cases and checks what each expects, on engines made from one builder: the
 * standard rules, or a council's rules and parameters, with each case's own parameter overrides
 * added. Every engine records coverage, which the report adds up. Not safe for use from several
 * threads at once.
 *
 * <pre>
 * ScenarioReport report = ScenarioRunner.using(() -&gt; CommunityBudgetsEngine.builder().localRules(dir))
 *     .run(Scenarios.read(Path.of("scenarios")));
 * </pre>
 */
public final class ScenarioRunner {
  private static final String SUBJECTS = "identify, results, claim or assess";

  private final Supplier<CommunityBudgetsEngine.Builder> builder;
  private final Map<List<Optional<String>>, Object> engines = new LinkedHashMap<>();
  private final ObjectMapper mapper = DomainJson.yamlMapper();

  private ScenarioRunner(Supplier<CommunityBudgetsEngine.Builder> builder) {
    this.builder = builder;
  }

  /** A runner on the standard rules and parameters. */
  public static ScenarioRunner standard() {
    return using(CommunityBudgetsEngine::builder);
  }

  /**
   * A runner on engines from {@code builder}: called once for the cases without parameter
   * overrides, and once for each different set of overrides, which are added to what it returns.
   */
  public static ScenarioRunner using(Supplier<CommunityBudgetsEngine.Builder> builder) {
    return new ScenarioRunner(Objects.requireNonNull(builder, "engine builder is required"));
  }

  /** Decides every case, in order, and adds up the coverage of every engine used. */
  public ScenarioReport run(List<Scenario> scenarios) {
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    for (Scenario s : scenarios) {
      results.add(run(s));
    }
    return new ScenarioReport(results, coverage());
  }

  /** The coverage of the rules over every case this runner has decided so far. */
  public RuleCoverage coverage() {
    RuleCoverage total = null;
    for (Object e : engines.values()) {
      if (e instanceof CommunityBudgetsEngine engine) {
        RuleCoverage c = engine.coverage().orElseThrow();
        total = total == null ? c : total.plus(c);
      }
    }
    if (total == null) {
      CommunityBudgetsEngine base = builder.get().recordingCoverage().build();
      engines.put(List.of(Optional.empty(), Optional.empty()), base);
      total = base.coverage().orElseThrow();
    }
    return total;
  }

  /** Decides one case and checks what it expects. */
  public ScenarioResult run(Scenario s) {
    Objects.requireNonNull(s, "scenario is required");
    if (s.problem().isPresent()) {
      return ScenarioResult.fail(s, s.file() + ":" + s.line() + ": " + s.problem().get());
    }
    JsonNode node = s.node();
    JsonNode expectNode = node.get("expect");
    if (expectNode == null || expectNode.isNull()) {
      return ScenarioResult.fail(s, at(s, s.line()) + "expect is required: say what the case expects (" + expectFields() + ")");
    }
    CaseForm.Expect expect;
    try {
      expect = mapper.treeToValue(expectNode, CaseForm.Expect.class);
    } catch (JsonMappingException e) {
      e.prependPath(node, "expect");
      return ScenarioResult.fail(s, at(s, s.source().lineOf(s.index(), s.line(), e)) + JsonProblems.of(e));
    } catch (Exception e) {
      return ScenarioResult.fail(s, at(s, s.line()) + e.getMessage());
    }
    if (expect.isEmpty()) {
      return ScenarioResult.fail(s, at(s, s.line()) + "expect says nothing: give at least one of " + expectFields());
    }
    int subjects = 0;
    for (String k : List.of("identify", "results", "claim", "assess")) {
      subjects += node.has(k) ? 1 : 0;
    }
    if (subjects != 1) {
      return ScenarioResult.fail(s, at(s, s.line()) + "a case decides one subject: give exactly one of " + SUBJECTS + ", was " + subjects);
    }
    CaseForm form;
    try {
      form = mapper.treeToValue(node, CaseForm.class);
    } catch (JsonMappingException e) {
      int line = s.source().lineOf(s.index(), s.line(), e);
      Optional<String> misspelt = JsonProblems.unknownField(mapper, node, e);
      if (misspelt.isPresent()) {
        return ScenarioResult.fail(s, at(s, line) + misspelt.get());
      }
      Optional<Throwable> refusal = refusal(e);
      String problem = at(s, line) + JsonProblems.of(e);
      if (refusal.isPresent() && expect.error().isPresent()) {
        return expectedError(s, expect.error().get(), refusal.get().getMessage(), problem);
      }
      return ScenarioResult.fail(s, problem);
    } catch (Exception e) {
      return ScenarioResult.fail(s, at(s, s.line()) + e.getMessage());
    }
    if (form.asOf() == null) {
      return ScenarioResult.fail(s, at(s, s.line()) + "asOf is required: the business date the case is decided on, in the case or at the top of the file");
    }
    Object engine = engine(s);
    if (engine instanceof RuleSetException e) {
      return expect.error().isPresent()
          ? expectedError(s, expect.error().get(), e.getMessage(), e.getMessage())
          : ScenarioResult.fail(s, at(s, s.line()) + "the engine could not be built: " + e.getMessage());
    }
    CommunityBudgetsEngine cbe = (CommunityBudgetsEngine) engine;
    Checked checked;
    try {
      checked = decide(cbe, form, expect);
    } catch (IllegalArgumentException | RuleFailureException e) {
      if (expect.error().isPresent()) {
        return expectedError(s, expect.error().get(), e.getMessage(), e.getMessage());
      }
      return ScenarioResult.fail(s, at(s, s.line()) + "the case could not be decided: " + e.getMessage());
    }
    if (expect.error().isPresent()) {
      checked.differences.add(0, "error: expected an error containing \"" + expect.error().get() + "\", but the case was decided");
    }
    return checked.differences.isEmpty()
        ? ScenarioResult.pass(s)
        : new ScenarioResult(s, false, checked.differences, checked.reasons);
  }

  private static String expectFields() {
    return "verdict, phase, criteriaMet, unmet, rules, achieved, payable, contributions or error";
  }

  private static String at(Scenario s, int line) {
    return s.file() + ":" + line + ": ";
  }

  private static ScenarioResult expectedError(Scenario s, String expected, String actual, String problem) {
    return actual != null && actual.contains(expected)
        ? ScenarioResult.pass(s)
        : ScenarioResult.fail(s, "error: expected an error containing \"" + expected + "\", was: " + problem);
  }

  /** The domain's refusal of a value, if that is what stopped the mapping. */
  private static Optional<Throwable> refusal(JsonMappingException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidValueException || t instanceof IllegalArgumentException) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The engine for the case's overrides, built once; or the problem that stopped it being built. */
  private Object engine(Scenario s) {
    Optional<String> fileParameters = s.source().fileParameters();
    Optional<String> caseParameters = s.node().has("parameters") ? s.source().caseParameters(s.index(), s.node().get("parameters")) : Optional.empty();
    List<Optional<String>> key = List.of(fileParameters, caseParameters);
    Object engine = engines.get(key);
    if (engine == null) {
      try {
        CommunityBudgetsEngine.Builder b = builder.get().recordingCoverage();
        fileParameters.ifPresent(t -> b.parameterOverrides(s.file(), t));
        caseParameters.ifPresent(t -> b.parameterOverrides(s.file(), t));
        engine = b.build();
      } catch (RuleSetException e) {
        engine = e;
      }
      engines.put(key, engine);
    }
    return engine;
  }

  /** What differed, and the reasons of the decision. */
  private record Checked(List<String> differences, List<String> reasons) {}

  private static Checked decide(CommunityBudgetsEngine engine, CaseForm form, CaseForm.Expect expect) {
    List<String> differences = new ArrayList<>();
    Set<String> known = Set.copyOf(engine.ruleNames());
    if (form.identify().isPresent()) {
      Identification i = engine.identify(form.identify().get().family(), form.asOf());
      only(expect, differences, "identify", "verdict", "phase", "criteriaMet", "unmet", "rules");
      verdict(expect, i.decision(), EligibilityVerdict.values(), differences);
      expect.phase().ifPresent(p -> same("phase", p, i.phase().map(Enum::name).orElse("NONE"), differences));
      expect.criteriaMet().ifPresent(c -> sameSet("criteriaMet", c,
          i.criteriaMet().stream().map(org.communitybudgets.family.Criterion::name).collect(java.util.stream.Collectors.toSet()), differences));
      common(expect.unmet(), expect.rules(), i.decision(), "", known, differences);
      return new Checked(differences, words(i.decision()));
    }
    if (form.results().isPresent()) {
      CaseForm.Results r = form.results().get();
      Results results = r.plan().isPresent()
          ? engine.results(r.family(), r.plan().get(), form.asOf())
          : engine.results(r.family(), form.asOf());
      only(expect, differences, "results", "verdict", "phase", "achieved", "unmet", "rules");
      verdict(expect, results.decision(), org.communitybudgets.decision.ResultVerdict.values(), differences);
      expect.phase().ifPresent(p -> same("phase", p, results.phase().map(Enum::name).orElse("NONE"), differences));
      expect.achieved().ifPresent(a -> {
        Set<String> names = new LinkedHashSet<>();
        results.achieved().forEach(k -> names.add(k.name()));
        checkNames("achieved", a, ClaimKind.values(), differences);
        sameSet("achieved", a, names, differences);
      });
      common(expect.unmet(), expect.rules(), results.decision(), "", known, differences);
      return new Checked(differences, words(results.decision()));
    }
    if (form.claim().isPresent()) {
      CaseForm.ClaimCase c = form.claim().get();
      ClaimDecision d = engine.assessClaim(
          c.claim(), c.family(), c.earlier(), c.target(), c.familiesAlreadyFunded().orElse(0L), c.plan(), form.asOf());
      only(expect, differences, "claim", "verdict", "payable", "achieved", "unmet", "rules");
      verdict(expect, d.decision(), ClaimVerdict.values(), differences);
      expect.payable().ifPresent(p -> same("payable", p.toString(), d.payable().toString(), differences));
      expect.achieved().ifPresent(a -> {
        Set<String> names = new LinkedHashSet<>();
        d.results().achieved().forEach(k -> names.add(k.name()));
        sameSet("achieved", a, names, differences);
      });
      common(expect.unmet(), expect.rules(), d.decision(), "", known, differences);
      return new Checked(differences, words(d.decision()));
    }
    CaseForm.Assess assess = form.assess().orElseThrow();
    PoolAssessment a = engine.assess(assess.pool(), Allocations.of(assess.allocations()), assess.otherPools(), form.asOf());
    only(expect, differences, "assess", "contributions", "unmet", "rules");
    List<String> reasons = new ArrayList<>();
    expect.contributions().ifPresent(cs -> cs.forEach((id, ce) -> {
      Optional<Decision<ContributionVerdict>> d = a.contribution(id);
      if (d.isEmpty()) {
        differences.add("contributions." + id + ": no such contribution; the pool has " + a.verdicts().keySet().stream().map(ContributionId::toString).toList());
        return;
      }
      String prefix = "contributions." + id + ".";
      ce.verdict().ifPresent(v -> {
        checkNames(prefix + "verdict", List.of(v), ContributionVerdict.values(), differences);
        same(prefix + "verdict", v, d.get().verdict().name(), differences);
      });
      common(ce.unmet(), ce.rules(), d.get(), prefix, known, differences);
      words(d.get()).forEach(w -> reasons.add(id + ": " + w));
    }));
    List<String> poolUnmet = new ArrayList<>();
    List<String> poolRules = new ArrayList<>();
    a.poolFindings().forEach(r -> {
      r.unmetCondition().ifPresent(u -> poolUnmet.add(u.code()));
      poolRules.add(r.rule());
      reasons.add("pool: " + r.rule() + ": " + r.statement());
    });
    expect.unmet().ifPresent(u -> sameSet("unmet", u, new TreeSet<>(poolUnmet), differences));
    expect.rules().ifPresent(rs -> contains("rules", rs, poolRules, known, differences));
    return new Checked(differences, reasons);
  }

  /** Says which expectations do not apply to the subject. */
  private static void only(CaseForm.Expect expect, List<String> differences, String subject, String... fields) {
    Map<String, Boolean> given = new LinkedHashMap<>();
    given.put("verdict", expect.verdict().isPresent());
    given.put("phase", expect.phase().isPresent());
    given.put("criteriaMet", expect.criteriaMet().isPresent());
    given.put("unmet", expect.unmet().isPresent());
    given.put("rules", expect.rules().isPresent());
    given.put("achieved", expect.achieved().isPresent());
    given.put("payable", expect.payable().isPresent());
    given.put("contributions", expect.contributions().isPresent());
    List<String> allowed = Arrays.asList(fields);
    given.forEach((field, present) -> {
      if (present && !allowed.contains(field)) {
        differences.add("expect." + field + ": not decided for " + subject + "; expect there one of " + allowed + " or error");
      }
    });
  }

  private static void verdict(CaseForm.Expect expect, Decision<?> d, Enum<?>[] verdicts, List<String> differences) {
    expect.verdict().ifPresent(v -> {
      checkNames("verdict", List.of(v), verdicts, differences);
      same("verdict", v, ((Enum<?>) d.verdict()).name(), differences);
    });
  }

  private static void common(
      Optional<List<String>> unmet, Optional<List<String>> rules, Decision<?> d, String prefix, Set<String> known, List<String> differences) {
    unmet.ifPresent(u -> {
      Set<String> codes = new LinkedHashSet<>();
      d.unmetConditions().stream().map(UnmetCondition::code).forEach(codes::add);
      sameSet(prefix + "unmet", u, codes, differences);
    });
    rules.ifPresent(r -> contains(prefix + "rules", r, d.rules(), known, differences));
  }

  private static void checkNames(String field, List<String> names, Enum<?>[] values, List<String> differences) {
    List<String> known = Arrays.stream(values).map(Enum::name).toList();
    for (String n : names) {
      if (!known.contains(n)) {
        differences.add(field + ": \"" + n + "\" is not one of " + known);
      }
    }
  }

  private static void same(String field, String expected, String actual, List<String> differences) {
    if (!expected.equals(actual)) {
      differences.add(field + ": expected " + expected + ", was " + actual);
    }
  }

  private static void sameSet(String field, List<String> expected, Set<String> actual, List<String> differences) {
    Set<String> e = new TreeSet<>(expected);
    Set<String> a = new TreeSet<>(actual);
    if (!e.equals(a)) {
      Set<String> missing = new TreeSet<>(e);
      missing.removeAll(a);
      Set<String> extra = new TreeSet<>(a);
      extra.removeAll(e);
      differences.add(field + ": expected " + e + ", was " + a
          + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; not expected " + extra));
    }
  }

  private static void contains(String field, List<String> expected, List<String> actual, Set<String> known, List<String> differences) {
    for (String rule : expected) {
      if (!actual.contains(rule) && !known.contains(rule)) {
        differences.add(field + ": \"" + rule + "\" is neither a rule in force nor among the rules that recorded reasons, which were " + actual
            + " (in a YAML flow list [a, b], quote a name that has a comma)");
      } else if (!actual.contains(rule)) {
        differences.add(field + ": expected rule \"" + rule + "\" among the rules that recorded reasons, which were " + actual);
      }
    }
  }

  private static List<String> words(Decision<?> d) {
    return d.reasons().stream().map(Reason::summary).toList();
  }
}
