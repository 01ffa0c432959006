package org.communitybudgets.rules.internal.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.communitybudgets.rules.RuleCoverage;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Counts, for an engine built to record coverage, every rule's firings and every named
 * condition's subjects met and not met, from any number of threads: each session counts on its
 * own and adds its counts when it ends.
 */
public final class CoverageRecorder {
  private final Map<String, String> packageOf = new TreeMap<>();
  private final Map<String, List<String>> rulesOf = new TreeMap<>();
  private final Map<String, LongAdder> firings = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> met = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> notMet = new ConcurrentHashMap<>();

  public CoverageRecorder(KieBase base) {
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        packageOf.put(r.getName(), p.getName());
        Object condition = r.getMetaData().get("condition");
        if (condition != null) {
          rulesOf.computeIfAbsent(String.valueOf(condition), c -> new ArrayList<>()).add(r.getName());
        }
      }
    }
  }

  /** What one session counted. */
  static final class Counts {
    final Map<String, int[]> firings = new HashMap<>();

    void fired(String rule) {
      firings.computeIfAbsent(rule, r -> new int[1])[0]++;
    }
  }

  void add(Counts counts, SessionFindings findings) {
    counts.firings.forEach((rule, n) -> firings.computeIfAbsent(rule, r -> new LongAdder()).add(n[0]));
    findings.metConditionCodes().forEach(code -> met.computeIfAbsent(code, c -> new LongAdder()).increment());
    findings.notMetConditionCodes().forEach(code -> notMet.computeIfAbsent(code, c -> new LongAdder()).increment());
  }

  /** The counts so far. */
  public RuleCoverage snapshot() {
    List<RuleCoverage.RuleUse> rules = new ArrayList<>();
    packageOf.forEach((rule, pkg) -> rules.add(new RuleCoverage.RuleUse(rule, pkg, count(firings, rule))));
    List<RuleCoverage.ConditionUse> conditions = new ArrayList<>();
    rulesOf.forEach((code, names) -> conditions.add(new RuleCoverage.ConditionUse(code, names, count(met, code), count(notMet, code))));
    return new RuleCoverage(rules, conditions);
  }

  private static long count(Map<String, LongAdder> counts, String key) {
    LongAdder n = counts.get(key);
    return n == null ? 0 : n.sum();
  }
}
