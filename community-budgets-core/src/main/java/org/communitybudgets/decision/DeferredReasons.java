package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.required;

import java.util.AbstractList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * Reasons whose statements, facts and parameters are put into words only when a caller first
 * reads them: a rule engine knows at once how many reasons a decision has and how each bears on
 * the verdict, but building their text is most of the cost of explaining, and many callers read
 * only the verdict. Once read, the reasons are kept; the list is immutable and safe to share
 * between threads, and equal to any list of the same reasons.
 */
public final class DeferredReasons extends AbstractList<Reason> implements RandomAccess {
  private final Map<Effect, Integer> effects = new EnumMap<>(Effect.class);
  private final int size;
  private final Supplier<List<Reason>> build;
  private volatile List<Reason> reasons;

  private DeferredReasons(List<Effect> effects, Supplier<List<Reason>> build) {
    this.size = effects.size();
    effects.forEach(e -> this.effects.merge(e, 1, Integer::sum));
    this.build = build;
  }

  /**
   * Reasons with the given effects, built by {@code build} when first read.
   *
   * @param effects the effect of each reason, in any order
   * @param build gives the reasons, in their order; it must give exactly one reason per effect
   */
  public static DeferredReasons of(List<Effect> effects, Supplier<List<Reason>> build) {
    return new DeferredReasons(listOf(effects, "effects"), required(build, "reasons"));
  }

  /** How many of the reasons have the effect, without building them. */
  public int count(Effect effect) {
    return effects.getOrDefault(required(effect, "effect"), 0);
  }

  @Override
  public Reason get(int index) {
    return reasons().get(index);
  }

  @Override
  public int size() {
    return size;
  }

  private List<Reason> reasons() {
    List<Reason> built = reasons;
    if (built == null) {
      synchronized (this) {
        built = reasons;
        if (built == null) {
          built = listOf(build.get(), "reasons");
          Map<Effect, Integer> got = new EnumMap<>(Effect.class);
          built.forEach(r -> got.merge(r.effect(), 1, Integer::sum));
          if (!got.equals(effects)) {
            throw new IllegalStateException("the reasons built, " + got + ", are not the reasons announced, " + effects);
          }
          reasons = built;
        }
      }
    }
    return built;
  }
}
