package org.communitybudgets.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which rules fired, and how often, over the decisions of an engine built with {@link
 * CommunityBudgetsEngine.Builder#recordingCoverage()}; and, for each condition that rules name
 * with {@code @condition}, how many subjects met it and how many were judged by it and did not.
 * Rules that never fired come first, so that a rule author sees at once what no case exercised.
 *
 * @param rules every rule in force, those that never fired first, each group by name
 * @param conditions every condition named by a rule's {@code @condition}, by code
 */
public record RuleCoverage(List<RuleUse> rules, List<ConditionUse> conditions) {
  /** Copies the lists and puts the rules in report order. */
  public RuleCoverage {
    rules = rules.stream()
        .sorted(Comparator.comparing((RuleUse r) -> r.firings() > 0).thenComparing(RuleUse::rule))
        .toList();
    conditions = conditions.stream().sorted(Comparator.comparing(ConditionUse::code)).toList();
  }

  /**
   * One rule and how often it fired.
   *
   * @param rule the rule's name
   * @param subject the package of the rule, which says what it decides, e.g. {@code
   *     org.communitybudgets.rules.pooling}
   * @param firings the times it fired: once for each subject it matched
   */
  public record RuleUse(String rule, String subject, long firings) {
    public RuleUse {
      Objects.requireNonNull(rule, "rule is required");
      Objects.requireNonNull(subject, "subject is required");
    }
  }

  /**
   * One condition and how it went.
   *
   * @param code the condition's stable code, as in an unmet condition
   * @param rules the rules that meet it
   * @param met the subjects that met it
   * @param notMet the subjects judged by it that did not meet it
   */
  public record ConditionUse(String code, List<String> rules, long met, long notMet) {
    public ConditionUse {
      Objects.requireNonNull(code, "code is required");
      rules = List.copyOf(rules);
    }
  }

  /** The rules that never fired, by name. */
  public List<RuleUse> neverFired() {
    return rules.stream().filter(r -> r.firings() == 0).toList();
  }

  /** The conditions subjects were judged by but none met, by code. */
  public List<ConditionUse> neverMet() {
    return conditions.stream().filter(c -> c.met() == 0 && c.notMet() > 0).toList();
  }

  /**
   * This coverage and another's added up, rule by rule and condition by condition: the coverage
   * of runs on several engines (a scenario suite whose cases override parameters, say).
   */
  public RuleCoverage plus(RuleCoverage other) {
    Map<String, RuleUse> rules = new LinkedHashMap<>();
    for (RuleUse r : this.rules) {
      rules.put(r.rule(), r);
    }
    for (RuleUse r : other.rules) {
      rules.merge(r.rule(), r, (a, b) -> new RuleUse(a.rule(), a.subject(), a.firings() + b.firings()));
    }
    Map<String, ConditionUse> conditions = new LinkedHashMap<>();
    for (ConditionUse c : this.conditions) {
      conditions.put(c.code(), c);
    }
    for (ConditionUse c : other.conditions) {
      conditions.merge(c.code(), c, (a, b) -> {
        List<String> names = new ArrayList<>(a.rules());
        b.rules().stream().filter(n -> !names.contains(n)).forEach(names::add);
        return new ConditionUse(a.code(), names, a.met() + b.met(), a.notMet() + b.notMet());
      });
    }
    return new RuleCoverage(List.copyOf(rules.values()), List.copyOf(conditions.values()));
  }

  /**
   * The report as text: a line a rule (never fired first), then a line a condition, then a
   * closing line with the counts.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Rules (").append(rules.size()).append("), never fired first:\n");
    for (RuleUse r : rules) {
      out.append(String.format("  %8d  %s  [%s]%n", r.firings(), r.rule(), shortSubject(r.subject())));
    }
    if (!conditions.isEmpty()) {
      out.append("Conditions (").append(conditions.size()).append("): subjects that met each, and that did not:\n");
      int width = conditions.stream().mapToInt(c -> c.code().length()).max().orElse(0);
      for (ConditionUse c : conditions) {
        out.append(String.format("  %-" + width + "s  met %8d  not met %8d%s%n",
            c.code(), c.met(), c.notMet(), c.met() == 0 && c.notMet() > 0 ? "  (evaluated, never met)" : ""));
      }
    }
    out.append(rules.size() - neverFired().size()).append(" of ").append(rules.size()).append(" rules fired");
    if (!neverFired().isEmpty()) {
      out.append("; never fired: ").append(neverFired().size());
    }
    if (!neverMet().isEmpty()) {
      out.append("; conditions never met: ").append(neverMet().size());
    }
    return out.append('\n').toString();
  }

  private static String shortSubject(String pkg) {
    String prefix = "org.communitybudgets.rules.";
    return pkg.startsWith(prefix) ? pkg.substring(prefix.length()) : pkg;
  }
}
