package org.communitybudgets.decision;

import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.required;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reasons whose statements, facts and parameters are put into words only when a caller first
 * reads them: a rule engine knows at once how many reasons a decision has and how each bears on
 * the verdict, but building their text is most of the cost of explaining, and many callers read
 * only the verdict. Once read, the reasons are kept; the list is immutable and safe to share
 * between threads, and equal to any list of the same reasons.
 */
public final class DeferredReasons extends AbstractList<Reason> implements RandomAccess {
  private static final Effect[] EFFECTS = Effect.values();
  /** How many reasons of each effect, by the effect's ordinal. */
  private final int[] effects;
  private final int size;
  private final Supplier<List<Reason>> build;
  private volatile List<Reason> reasons;

  private DeferredReasons(List<Effect> effects, Supplier<List<Reason>> build) {
    this.size = effects.size();
    this.effects = counts(effects, Function.identity());
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
    return effects[required(effect, "effect").ordinal()];
  }

  private static <T> int[] counts(List<T> items, Function<T, Effect> effect) {
    int[] counts = new int[EFFECTS.length];
    for (T item : items) {
      counts[effect.apply(item).ordinal()]++;
    }
    return counts;
  }

  private static Map<Effect, Integer> named(int[] counts) {
    Map<Effect, Integer> named = new EnumMap<>(Effect.class);
    for (Effect e : EFFECTS) {
      if (counts[e.ordinal()] > 0) {
        named.put(e, counts[e.ordinal()]);
      }
    }
    return named;
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
          int[] got = counts(built, Reason::effect);
          if (!Arrays.equals(got, effects)) {
            throw new IllegalStateException(
                "the reasons built, " + named(got) + ", are not the reasons announced, " + named(effects));
          }
          reasons = built;
        }
      }
    }
    return built;
  }
}
