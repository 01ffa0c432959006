package org.communitybudgets.family;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every criterion by the code the rules record it by, looked up once per fact a rule inserts. */
final class CriterionCodes {
  static final Map<String, Criterion> BY_CODE =
      Stream.<Criterion>concat(Stream.of(Phase1Criterion.values()), Stream.of(Phase2Problem.values()))
          .collect(Collectors.toUnmodifiableMap(Criterion::code, Function.identity()));

  private CriterionCodes() {}
}
