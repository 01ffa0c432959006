package org.communitybudgets.rules.internal.parameters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitybudgets.family.AsbInterventionType;
import org.communitybudgets.family.BenefitType;

/**
 * The values a parameter may take: a least and a greatest value of its type, and for a list of
 * texts the codes it may contain. A definition states it with {@code domain: {min, max}} or {@code
 * domain: {codes: benefit-types}}; every value, an authority's overrides included, is checked
 * against it when the engine is built.
 *
 * @param min the least value, if bounded below
 * @param max the greatest value, if bounded above
 * @param codes the name of the list of codes allowed, if the parameter is a list of codes
 */
public record ParameterDomain(Optional<Object> min, Optional<Object> max, Optional<String> codes) {
  /** No bounds. */
  public static final ParameterDomain ANY = new ParameterDomain(Optional.empty(), Optional.empty(), Optional.empty());

  /** The named lists of codes a list parameter may be limited to. */
  static final Map<String, Set<String>> CODE_LISTS =
      Map.of(
          "benefit-types", names(BenefitType.values()),
          "asb-intervention-types", names(AsbInterventionType.values()));

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }

  /** Why the value is outside the domain, or empty if it is inside. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Optional<String> violation(ParameterType type, Object value) {
    if (min.isPresent() && value instanceof Comparable c && c.compareTo(min.get()) < 0) {
      return Optional.of("must be at least " + type.format(min.get()) + bound(type, max, " and at most "));
    }
    if (max.isPresent() && value instanceof Comparable c && c.compareTo(max.get()) > 0) {
      return Optional.of("must be at most " + type.format(max.get()) + bound(type, min, " and at least "));
    }
    if (codes.isPresent() && value instanceof List<?> list) {
      Set<String> allowed = CODE_LISTS.get(codes.get());
      List<String> unknown = list.stream().map(String::valueOf).filter(v -> !allowed.contains(v)).toList();
      if (!unknown.isEmpty()) {
        return Optional.of("has unknown " + codes.get() + " " + unknown + ": expected some of " + allowed.stream().sorted().toList());
      }
    }
    return Optional.empty();
  }

  private static String bound(ParameterType type, Optional<Object> other, String words) {
    return other.map(o -> words + type.format(o)).orElse("");
  }
}
