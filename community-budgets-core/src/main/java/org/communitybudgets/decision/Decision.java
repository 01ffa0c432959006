package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.check;
import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.nonBlank;
import static org.communitybudgets.internal.Checks.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A verdict on one subject with the reasons for it: stable data that a host system can store and
 * display.
 *
 * <p>Every decision has at least one reason, and a verdict that does not grant everything asked
 * for has at least one reason whose condition was not met.
 *
 * @param <V> the kind of verdict
 * @param subject what was decided, e.g. {@code contribution c-3 to pool gm-families}
 * @param verdict the verdict
 * @param reasons the reasons, in the order the engine that made the decision documents; kept as
 *     given when they are {@link DeferredReasons}, copied otherwise
 * @param asOf the business date the decision was made for
 * @param provenance the rules and library version it was made with
 */
public record Decision<V extends Verdict>(
    String subject, V verdict, List<Reason> reasons, LocalDate asOf, Provenance provenance) {

  /** Validates every part and that the reasons explain the verdict. */
  public Decision {
    subject = nonBlank(subject, "decision subject");
    required(verdict, "verdict", subject);
    reasons = reasons instanceof DeferredReasons ? reasons : listOf(reasons, "reasons");
    required(asOf, "business date", subject);
    required(provenance, "provenance", subject);
    check(!reasons.isEmpty(), "reasons", "at least one", "none", subject);
    if (!verdict.isFavourable() && !hasUnmet(reasons)) {
      check(false, "reasons", "at least one unmet condition for the verdict '" + verdict.label() + "'", "none", subject);
    }
  }

  private static boolean hasUnmet(List<Reason> reasons) {
    return reasons instanceof DeferredReasons d
        ? d.count(Effect.NOT_MET) > 0
        : reasons.stream().anyMatch(r -> r.effect() == Effect.NOT_MET);
  }

  /** The conditions that were not met, in the order they were recorded. */
  public List<UnmetCondition> unmetConditions() {
    return reasons.stream().map(Reason::unmetCondition).flatMap(Optional::stream).toList();
  }

  /** The reasons with the given effect. */
  public List<Reason> reasons(Effect effect) {
    required(effect, "effect");
    return reasons.stream().filter(r -> r.effect() == effect).toList();
  }

  /** The names of the rules that recorded reasons, without repeats, in order. */
  public List<String> rules() {
    return reasons.stream().map(Reason::rule).distinct().toList();
  }
}
