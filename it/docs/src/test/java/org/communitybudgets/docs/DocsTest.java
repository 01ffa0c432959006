package org.communitybudgets.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the guides under docs/, as the project's own build leaves them: links that
 * resolve, Java snippets the build compiles, commands that print what is shown.
 */
class DocsTest {
  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void theReadmeIsAFrontDoorOfAtMost300LinesWithEveryGuideReachableFromIt() throws IOException {
    List<String> readme = DocsCheck.lines(ROOT.resolve("README.md"));
    assertTrue(readme.size() <= 300, "the README has " + readme.size() + " lines");
    String text = String.join("\n", readme);
    for (Path page : pages()) {
      if (page.getParent().endsWith("docs")) {
        assertTrue(text.contains("(docs/" + page.getFileName() + ")") || text.contains("(docs/" + page.getFileName() + "#"),
            "the README links no way to docs/" + page.getFileName());
      }
    }
  }

  @Test
  void theBenchmarksGuideListsEveryBenchmarkTheModuleRuns() throws IOException {
    java.util.Set<String> built = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("org\\.communitybudgets\\.benchmarks\\.([A-Za-z]+Benchmark)\\b")
        .matcher(Files.readString(ROOT.resolve("community-budgets-benchmarks/target/classes/META-INF/BenchmarkList")));
    while (m.find()) {
      built.add(m.group(1));
    }
    java.util.Set<String> listed = new java.util.TreeSet<>();
    for (String line : DocsCheck.lines(ROOT.resolve("docs/benchmarks.md"))) {
      java.util.regex.Matcher row = java.util.regex.Pattern.compile("^\\| `([A-Za-z]+Benchmark)` \\|").matcher(line);
      if (row.find()) {
        listed.add(row.group(1));
      }
    }
    assertEquals(built, listed, "the benchmarks of community-budgets-benchmarks, and those docs/benchmarks.md lists");
  }

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    assertEquals(List.of(), DocsCheck.links(pages()));
  }

  @Test
  void everyJavaSnippetIsPartOfASourceTheBuildCompiles() throws IOException {
    assertEquals(List.of(), DocsCheck.snippets(pages(), DocsCheck.javaSources(ROOT.resolve("it"))));
  }

  @Test
  void everyCommandShownWithItsOutputPrintsIt() throws IOException {
    assertEquals(List.of(), DocsCheck.outputs(pages(), ROOT));
  }
}
