package org.communitybudgets.rules.internal.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.RuleSetException;
import org.communitybudgets.rules.RuleSetProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Override files that would exhaust the parser are refused at once with the file and line: too
 * deep, too large, a line too long, a number with too many digits. Each is guarded against
 * hanging, not timed.
 */
class ParameterFileLimitsTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);

  private static List<RuleSetProblem> problems(String yaml) {
    ThrowingSupplier<List<RuleSetProblem>> build = () -> {
      try {
        CommunityBudgetsEngine.builder().parameterOverrides("council/overrides.yaml", yaml).build();
        return List.of();
      } catch (RuleSetException e) {
        return e.problems();
      }
    };
    return assertTimeoutPreemptively(HANG_GUARD, build);
  }

  @Test
  void aFileNestedAThousandLevelsDeepIsRefusedAtItsLine() {
    String yaml = "pooling.whole-line.share:\n  values: " + "[".repeat(1_000) + "]".repeat(1_000) + "\n";
    List<RuleSetProblem> p = problems(yaml);
    assertEquals(1, p.size(), p.toString());
    assertEquals("council/overrides.yaml", p.get(0).source());
    assertEquals(2, p.get(0).line());
    assertEquals("nested too deeply for a parameter file: more than 32 levels", p.get(0).message());
  }

  @Test
  void aBlockNestedDeeperThanTheLimitIsRefusedToo() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    yaml.append("  ".repeat(40)).append("v\n");
    List<RuleSetProblem> p = problems(yaml.toString());
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).message().startsWith("nested too deeply"), p.toString());
  }

  @Test
  void aFileOfMoreThanAMillionCharactersIsRefusedBeforeItIsParsed() {
    String yaml = ("# " + "x".repeat(4_998) + "\n").repeat(250);
    List<RuleSetProblem> p = problems(yaml);
    assertEquals(List.of("council/overrides.yaml:0: too large for a parameter file: " + yaml.length() + " characters, at most 1000000"),
        p.stream().map(x -> x.source() + ":" + x.line() + ": " + x.message()).toList());
  }

  @Test
  void aSingleLineOfFiftyMegabytesIsRefusedAtOnce() {
    List<RuleSetProblem> p = problems("a".repeat(50_000_000));
    assertEquals(1, p.size());
    assertTrue(p.get(0).message().startsWith("too large for a parameter file: 50000000 characters"), p.toString());
  }

  @Test
  void aLineLongerThanTenThousandCharactersIsRefusedAtItsLine() {
    String yaml = "pooling.whole-line.share:\n  source: {document: OFFER, location: \"" + "x".repeat(12_000) + "\"}\n";
    List<RuleSetProblem> p = problems(yaml);
    assertEquals(1, p.size(), p.toString());
    assertEquals(2, p.get(0).line());
    assertEquals("line too long for a parameter file: " + yaml.lines().toList().get(1).length() + " characters, at most 10000", p.get(0).message());
  }

  @Test
  void aPercentageOfThousandsOfDigitsIsRefusedWithoutBeingExpanded() {
    String yaml = """
        pooling.whole-line.share:
          source: {document: OFFER, location: "menu, preamble"}
          values:
            - {from: 2010-04-01, value: 1%s%%}
        """.formatted("0".repeat(9_000));
    List<RuleSetProblem> p = problems(yaml);
    assertEquals(1, p.size(), p.toString());
    assertEquals(4, p.get(0).line());
    assertTrue(p.get(0).message().contains("a number of at most 64 characters"), p.get(0).message());
    assertTrue(p.get(0).message().length() < 300, "the message stays short: " + p.get(0).message().length());
  }
}
