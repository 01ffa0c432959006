package org.communitybudgets.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    Set<String> built = new TreeSet<>();
    Matcher m = Pattern.compile("org\\.communitybudgets\\.benchmarks\\.([A-Za-z]+Benchmark)\\b")
        .matcher(Files.readString(ROOT.resolve("community-budgets-benchmarks/target/classes/META-INF/BenchmarkList")));
    while (m.find()) {
      built.add(m.group(1));
    }
    Set<String> listed = new TreeSet<>();
    for (String line : DocsCheck.lines(ROOT.resolve("docs/benchmarks.md"))) {
      Matcher row = Pattern.compile("^\\| `([A-Za-z]+Benchmark)` \\|").matcher(line);
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
