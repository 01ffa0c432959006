package org.communitybudgets.rules.internal.sessions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitybudgets.decision.DeferredReasons;
import org.communitybudgets.decision.Reason;

/** How every subject turns a session's findings into its decisions' reasons. */
public final class Decisions {
  private Decisions() {}

  /**
   * The order of a decision's reasons, whatever order the rules fired in: unmet conditions first,
   * then findings to note, then conditions met; by rule name within each.
   */
  public static final Comparator<Reason> ORDER =
      Comparator.comparingInt((Reason r) -> switch (r.effect()) {
            case NOT_MET -> 0;
            case FLAG -> 1;
            case MET -> 2;
          })
          .thenComparing(Reason::rule)
          .thenComparing(Reason::statement);


  /** The findings about each subject, by its id, in the order they were recorded. */
  public static Map<String, List<Finding>> bySubject(List<Finding> findings) {
    Map<String, List<Finding>> bySubject = new HashMap<>();
    for (Finding f : findings) {
      f.subject().ifPresent(id -> bySubject.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
    }
    return bySubject;
  }

  /** Puts the decision's reasons into words now. */
  public static void inWords(org.communitybudgets.decision.Decision<?> decision) {
    if (!decision.reasons().isEmpty()) {
      decision.reasons().get(0);
    }
  }

  /** The findings' reasons, put into words and put in order when first read. */
  public static List<Reason> deferred(List<Finding> findings) {
    return DeferredReasons.of(
        findings.stream().map(Finding::effect).toList(),
        () -> findings.stream().map(Finding::reason).sorted(ORDER).toList());
  }
}
