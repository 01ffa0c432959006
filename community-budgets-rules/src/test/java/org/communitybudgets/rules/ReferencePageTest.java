package org.communitybudgets.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference a council's rule author reads before overriding anything, {@code docs/reference.md}:
 * every parameter with its type, description and dated values, each with its source, note and the
 * file and line it is read from; and every standard rule by the subject it decides. Made from the
 * standard engine; write it again with {@code -Dreference.write=true}.
 */
class ReferencePageTest {
  private static final Path FILE = Path.of("../docs/reference.md");

  static String page() {
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.builder().recordingCoverage().build();
    StringBuilder out = new StringBuilder();
    out.append("# Parameters and rules\n\n")
        .append("Every parameter of the standard rules and every standard rule, as the library is built. A council overrides\n")
        .append("parameters with a YAML file of the same form (see the README's \"Local rules, switched-off rules and parameter\n")
        .append("overrides\") and switches rules off by name. This page is generated from the engine by\n")
        .append("`ReferencePageTest` in `community-budgets-rules`; a value marked *assumed* is one the sources leave open.\n\n");
    List<Parameter> parameters = engine.parameters();
    out.append("## Parameters (").append(parameters.size()).append(")\n\n");
    for (Parameter p : parameters) {
      out.append("### `").append(p.key()).append("`\n\n")
          .append(p.description().strip().replaceAll("\\s+", " ")).append(" Type: ").append(p.type()).append(".\n\n")
          .append("| in force | value | source | note | file:line |\n|---|---|---|---|---|\n");
      for (Parameter.Value v : p.values()) {
        out.append("| ").append(v.effective()).append(" | ").append(cell(v.value())).append(" | ").append(cell(v.source().toString()))
            .append(" | ").append(cell(v.note())).append(" | ").append(v.file()).append(':').append(v.line()).append(" |\n");
      }
      out.append('\n');
    }
    Map<String, List<String>> bySubject = new TreeMap<>();
    engine.coverage().orElseThrow().rules().forEach(r -> bySubject.computeIfAbsent(r.subject(), s -> new java.util.ArrayList<>()).add(r.rule()));
    out.append("## Standard rules (").append(engine.ruleNames().size()).append(")\n\n")
        .append("By the package that holds them, which names what they decide; each rule's reasons cite the paragraph it encodes.\n\n");
    bySubject.forEach((subject, rules) -> {
      out.append("### ").append(subject).append(" (").append(rules.size()).append(")\n\n");
      rules.stream().sorted().forEach(r -> out.append("- ").append(r).append('\n'));
      out.append('\n');
    });
    return out.toString();
  }

  private static String cell(String text) {
    String s = text.strip().replaceAll("\\s+", " ").replace("|", "\\\\|");
    return s.isEmpty() ? " " : s;
  }

  @Test
  void theReferencePageIsTheEnginesOwn() throws IOException {
    String made = page();
    if (Boolean.getBoolean("reference.write")) {
      Files.writeString(FILE, made, StandardCharsets.UTF_8);
    }
    assertEquals(made, Files.readString(FILE, StandardCharsets.UTF_8), "docs/reference.md is out of date: run ReferencePageTest with -Dreference.write=true");
  }

  @Test
  void thePageNamesEveryParameterAndEveryRule() {
    String page = page();
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    engine.parameters().forEach(p -> assertTrue(page.contains("### `" + p.key() + "`"), p.key()));
    engine.ruleNames().forEach(r -> assertTrue(page.contains("- " + r + "\n"), r));
  }
}
