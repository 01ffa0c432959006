package org.communitybudgets.rules.compare;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communitybudgets.money.Money;
import org.communitybudgets.time.FinancialYear;

/**
 * What a candidate rule set changes against a base over the same subjects: how many were compared
 * and changed, from which verdict to which, by authority (or pool's area), the money moved by
 * financial year and by authority where the subject carries money (claims, contributions), and a
 * sample of the changed subjects with both explanations side by side.
 *
 * @param subject what was compared: {@code identification}, {@code results}, {@code claims} or
 *     {@code contributions}
 * @param baseFingerprint the base rule set's fingerprint
 * @param candidateFingerprint the candidate's
 * @param compared the subjects decided under both
 * @param failed the inputs that could not be decided under one rule set or both (an invalid
 *     record, a rule that failed); they are not compared
 * @param changed the subjects whose decision differs: verdict, phase, criteria met, results
 *     achieved or amount payable
 * @param transitions for the changed subjects, how many went from each verdict to each, as
 *     {@code "ELIGIBLE -> NOT_ELIGIBLE"}; a subject whose verdict stayed but whose decision changed
 *     counts under {@code "ELIGIBLE -> ELIGIBLE"}
 * @param changedByAuthority the changed subjects by authority or area
 * @param moneyMoved the candidate's amount less the base's, by financial year; years where
 *     nothing moved are left out; empty for identification and results, which pay nothing
 * @param moneyMovedByAuthority the same by authority or area
 * @param sample the first changed subjects, at most the sample size asked for
 * @param errors why the first inputs not decided were not, at most the sample size asked for
 */
public record ComparisonReport(
    String subject,
    String baseFingerprint,
    String candidateFingerprint,
    long compared,
    long failed,
    long changed,
    SortedMap<String, Long> transitions,
    SortedMap<String, Long> changedByAuthority,
    SortedMap<FinancialYear, Money> moneyMoved,
    SortedMap<String, Money> moneyMovedByAuthority,
    List<Change> sample,
    List<String> errors) {

  /** Copies every collection. */
  public ComparisonReport {
    Objects.requireNonNull(subject, "subject is required");
    transitions = Collections.unmodifiableSortedMap(new TreeMap<>(transitions));
    changedByAuthority = Collections.unmodifiableSortedMap(new TreeMap<>(changedByAuthority));
    moneyMoved = Collections.unmodifiableSortedMap(new TreeMap<>(moneyMoved));
    moneyMovedByAuthority = Collections.unmodifiableSortedMap(new TreeMap<>(moneyMovedByAuthority));
    sample = List.copyOf(sample);
    errors = List.copyOf(errors);
  }

  /** The money moved over every year. */
  public Money totalMoneyMoved() {
    return Money.sum(moneyMoved.values());
  }

  /**
   * One changed subject, both ways.
   *
   * @param subject what was decided, e.g. {@code family f-1}
   * @param authority its authority or area
   * @param base the base's decision in brief: verdict and what distinguishes it
   * @param candidate the candidate's, the same way
   * @param baseReasons the base's reasons in words, one a line
   * @param candidateReasons the candidate's
   */
  public record Change(String subject, String authority, String base, String candidate, List<String> baseReasons, List<String> candidateReasons) {
    public Change {
      baseReasons = List.copyOf(baseReasons);
      candidateReasons = List.copyOf(candidateReasons);
    }
  }

  /** The report as text: the counts, the transitions, the money, then the sample side by side. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Comparing ").append(subject).append(": base ").append(baseFingerprint).append('\n')
        .append("                  candidate ").append(candidateFingerprint).append('\n');
    out.append(compared).append(" compared, ").append(changed).append(" changed, ").append(failed).append(" not decided\n");
    if (!transitions.isEmpty()) {
      out.append("Changes by verdict:\n");
      transitions.forEach((t, n) -> out.append(String.format("  %8d  %s%n", n, t)));
    }
    if (!changedByAuthority.isEmpty()) {
      out.append("Changes by authority:\n");
      changedByAuthority.forEach((a, n) -> out.append(String.format("  %8d  %s%n", n, a)));
    }
    if (!moneyMoved.isEmpty()) {
      out.append("Money moved (candidate less base), by financial year:\n");
      moneyMoved.forEach((y, m) -> out.append(String.format("  %s  %s%n", y, m)));
      out.append("  total    ").append(totalMoneyMoved()).append('\n');
      out.append("Money moved, by authority:\n");
      moneyMovedByAuthority.forEach((a, m) -> out.append(String.format("  %-30s %s%n", a, m)));
    }
    if (!errors.isEmpty()) {
      out.append("Not decided:\n");
      errors.forEach(e -> out.append("  ").append(e).append('\n'));
    }
    for (Change c : sample) {
      out.append("\n").append(c.subject()).append(" (").append(c.authority()).append(")\n")
          .append("  base:      ").append(c.base()).append('\n');
      c.baseReasons().forEach(r -> out.append("    ").append(r).append('\n'));
      out.append("  candidate: ").append(c.candidate()).append('\n');
      c.candidateReasons().forEach(r -> out.append("    ").append(r).append('\n'));
    }
    return out.toString();
  }
}
