package org.communitybudgets.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks fail on a broken page: a link, an anchor, a snippet, a command's output. */
class DocsCheckTest {
  @TempDir Path dir;

  private Path page(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aLinkToAMissingFileOrHeadingIsAProblemAtItsLine() throws IOException {
    page("docs/guide.md", "# A guide\n\n## Local rules, switched-off rules and parameter overrides\n");
    Path readme = page("README.md", """
        # Front door

        [fine](docs/guide.md#local-rules-switched-off-rules-and-parameter-overrides) and [fine too](#front-door)
        [gone](docs/gone.md)
        [no such heading](docs/guide.md#local-rules)
        ```
        [inside a block](nowhere.md)
        ```
        [the web](https://example.invalid/x)
        """);
    List<String> problems = DocsCheck.links(List.of(readme));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(readme + ":4: the link docs/gone.md"), problems.get(0));
    assertTrue(problems.get(1).startsWith(readme + ":5: the link docs/guide.md#local-rules names the anchor #local-rules"), problems.get(1));
  }

  @Test
  void aJavaSnippetThatNoCompiledSourceHoldsIsAProblem() throws IOException {
    Path source = page("src/Example.java", """
        class Example {
          void run(Engine engine) {
            Identification id = engine.identify(family, asOf);
            id.decision().verdict();
          }
        }
        """);
    Path good = page("good.md", "```java\nIdentification id = engine.identify(family, asOf);\n  id.decision().verdict();\n```\n");
    Path stale = page("stale.md", "# Stale\n\n```java\nIdentification id = engine.identify(family, asOf);\nid.verdict();\n```\n");
    assertEquals(List.of(), DocsCheck.snippets(List.of(good), List.of(source)));
    assertEquals(List.of(stale + ":3: the Java snippet beginning 'Identification id = engine.identify(family, asOf);' is in no source the build compiles"),
        DocsCheck.snippets(List.of(stale), List.of(source)));
  }

  @Test
  void aShownOutputTheCommandDoesNotPrintIsAProblem() throws IOException {
    Path good = page("good.md", """
        ```sh
        printf 'a\\nline 1 of 3\\nb\\n'
        ```

        <!-- output-of: printf 'a\\nline 1 of 3\\nb\\n' -->
        ```
        line … of 3
        b
        ```
        """);
    assertEquals(List.of(), DocsCheck.outputs(List.of(good), dir));
    Path wrong = page("wrong.md", """
        ```sh
        echo 2 passed, 0 failed
        ```

        <!-- output-of: echo 2 passed, 0 failed -->
        ```
        3 passed, 0 failed
        ```
        """);
    assertEquals(List.of(wrong + ":5: 'echo 2 passed, 0 failed' did not print, in order, the line shown: 3 passed, 0 failed"),
        DocsCheck.outputs(List.of(wrong), dir));
    Path unshown = page("unshown.md", "```sh\nls\n```\n\n<!-- output-of: rm -rf x -->\n```\nx\n```\n");
    assertEquals(List.of(unshown + ":5: the command 'rm -rf x' is not shown in the shell block above it"),
        DocsCheck.outputs(List.of(unshown), dir));
  }

  @Test
  void anchorsAreGitHubs() {
    assertEquals("troubled-families-which-families-are-in-the-programme", DocsCheck.anchor(" Troubled Families: which families are in the programme"));
    assertEquals("results-claims-and-the-authoritys-ledger", DocsCheck.anchor("Results, claims and the authority's ledger"));
    assertEquals("what-if-compare-two-rule-sets-over-a-cohort", DocsCheck.anchor("What-if: compare two rule sets over a cohort"));
  }
}
