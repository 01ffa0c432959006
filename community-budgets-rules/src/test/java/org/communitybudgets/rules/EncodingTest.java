package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule and parameter files that are not clean UTF-8 are reported by file, line and byte offset. */
class EncodingTest {
  private static final String RULE = "package org.council.rules;\nrule \"Local\"\nwhen\nthen\nend\n";

  private static List<String> problems(CommunityBudgetsEngine.Builder builder) {
    return assertThrows(RuleSetException.class, builder::build).problems().stream().map(RuleSetProblem::toString).toList();
  }

  @Test
  void aFileWithAByteOrderMarkIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.drl");
    byte[] bytes = ("\uFEFF" + RULE).getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    assertEquals(List.of(file + ":1: starts with a UTF-8 byte-order mark (bytes EF BB BF at offset 0): save it as UTF-8 without one"),
        problems(CommunityBudgetsEngine.builder().localRuleFile(file)));
    assertEquals(List.of("council/bom.drl:1: starts with a byte-order mark (U+FEFF at character 0): remove it"),
        problems(CommunityBudgetsEngine.builder().localRules("council/bom.drl", "\uFEFF" + RULE)));
  }

  @Test
  void aNulIsReportedAtItsLineAndOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nul.drl");
    String text = RULE.replace("when\n", "when\u0000\n");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    int offset = text.indexOf('\u0000');
    assertEquals(List.of(file + ":3: contains a NUL byte at offset " + offset), problems(CommunityBudgetsEngine.builder().localRuleFile(file)));
    assertEquals(List.of("council/nul.drl:3: contains a NUL character at character " + offset),
        problems(CommunityBudgetsEngine.builder().localRules("council/nul.drl", text)));
  }

  @Test
  void latin1TextFromTheClasspathIsReportedNotReplaced(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("org/council/latin"));
    String text = "package org.council.latin;\n// caf\u00e9\nrule \"Local\"\nwhen\nthen\nend\n";
    Files.write(folder.resolve("latin.drl"), text.getBytes(StandardCharsets.ISO_8859_1));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      List<String> p = problems(CommunityBudgetsEngine.builder().localRulesOnClasspath(loader, "org/council/latin/latin.drl"));
      int offset = text.indexOf('\u00e9');
      assertEquals(List.of("org/council/latin/latin.drl:2: is not UTF-8: byte E9 at offset " + offset
          + " does not begin a character (save the file as UTF-8)"), p);
    }
  }

  @Test
  void aBlankSourcePathIsRefusedAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommunityBudgetsEngine.builder().localRules(" ", RULE));
    assertEquals("source path must say where the text comes from, was blank", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CommunityBudgetsEngine.builder().parameterOverrides("", "a: b"));
  }
}
