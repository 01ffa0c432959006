package org.communitybudgets.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks Markdown pages as a reader meets them: every relative link and anchor resolves, every Java
 * snippet is word for word part of a source file that the build compiles, and every command shown
 * with its output (marked by an {@code <!-- output-of: COMMAND -->} comment before the output's
 * block, the command being a line of the shell block above it) prints that output, {@code …}
 * standing for what is left out or varies. Each check returns its problems, each naming the page
 * and line.
 */
final class DocsCheck {
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern OUTPUT_OF = Pattern.compile("^<!-- output-of: (.+) -->$");

  private DocsCheck() {}

  /** A fenced block of a page: its language, the line of its opening fence and its lines. */
  record Block(Path page, String language, int line, List<String> lines) {
    String where() {
      return page + ":" + line;
    }
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced blocks of a page, in order. */
  static List<Block> blocks(Path page) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = lines(page);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("```")) {
        String language = lines.get(i).substring(3).strip();
        int start = i;
        List<String> body = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
          body.add(lines.get(i));
        }
        blocks.add(new Block(page, language, start + 1, body));
      }
    }
    return blocks;
  }

  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String anchor(String heading) {
    String text = heading.replaceAll("`", "").strip().toLowerCase(Locale.ROOT);
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        out.append(c);
      } else if (c == ' ') {
        out.append('-');
      }
    }
    return out.toString();
  }

  /** The anchors of a page's headings, outside fenced blocks; a repeated heading gets -1, -2. */
  static Set<String> anchors(Path page) {
    Set<String> anchors = new HashSet<>();
    boolean fenced = false;
    for (String line : lines(page)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && line.startsWith("#")) {
        String a = anchor(line.replaceFirst("^#+", ""));
        String unique = a;
        for (int n = 1; anchors.contains(unique); n++) {
          unique = a + "-" + n;
        }
        anchors.add(unique);
      }
    }
    return anchors;
  }

  /** Every relative link and image of the pages names a file that exists, and an anchor its page has. */
  static List<String> links(List<Path> pages) {
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      List<String> lines = lines(page);
      boolean fenced = false;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("```")) {
          fenced = !fenced;
          continue;
        }
        if (fenced) {
          continue;
        }
        Matcher m = LINK.matcher(lines.get(i).replaceAll("`[^`]*`", ""));
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("^[a-z]+:.*")) {
            continue;
          }
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          Path linked = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
          String where = page + ":" + (i + 1) + ": ";
          if (!Files.exists(linked)) {
            problems.add(where + "the link " + target + " names " + file + ", which does not exist");
          } else if (hash >= 0) {
            String a = target.substring(hash + 1);
            if (!linked.toString().endsWith(".md") || !anchors(linked).contains(a)) {
              problems.add(where + "the link " + target + " names the anchor #" + a + ", which " + file + " has no heading for");
            }
          }
        }
      }
    }
    return problems;
  }

  /** Every Java block of the pages is, line for line (leading spaces aside), part of one of the sources. */
  static List<String> snippets(List<Path> pages, List<Path> sources) {
    List<List<String>> compiled = sources.stream().map(s -> lines(s).stream().map(String::strip).toList()).toList();
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      for (Block b : blocks(page)) {
        if (!b.language().equals("java")) {
          continue;
        }
        List<String> wanted = b.lines().stream().map(String::strip).toList();
        if (compiled.stream().noneMatch(source -> java.util.Collections.indexOfSubList(source, wanted) >= 0)) {
          problems.add(b.where() + ": the Java snippet beginning '" + wanted.get(0) + "' is in no source the build compiles");
        }
      }
    }
    return problems;
  }

  /**
   * Every output block marked with the command it is the output of: the command is a line of the
   * shell block before it and, run from {@code root}, prints every line shown, in order, where
   * {@code …} stands for any text.
   */
  static List<String> outputs(List<Path> pages, Path root) {
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      List<String> lines = lines(page);
      List<Block> blocks = blocks(page);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = OUTPUT_OF.matcher(lines.get(i));
        if (!m.matches()) {
          continue;
        }
        String command = m.group(1);
        int at = i + 1;
        String where = page + ":" + at + ": ";
        Block shell = null;
        Block output = null;
        for (Block b : blocks) {
          if (b.line() < at && b.language().equals("sh")) {
            shell = b;
          } else if (b.line() > at && output == null) {
            output = b;
          }
        }
        if (shell == null || shell.lines().stream().map(String::strip).noneMatch(command::equals)) {
          problems.add(where + "the command '" + command + "' is not shown in the shell block above it");
          continue;
        }
        if (output == null) {
          problems.add(where + "no block of output follows");
          continue;
        }
        List<String> printed = run(command, root);
        int from = 0;
        for (String shown : output.lines()) {
          Pattern p = shownLine(shown);
          int found = -1;
          for (int k = from; k < printed.size(); k++) {
            if (p.matcher(printed.get(k)).matches()) {
              found = k;
              break;
            }
          }
          if (found < 0) {
            problems.add(where + "'" + command + "' did not print, in order, the line shown: " + shown);
            break;
          }
          from = found + 1;
        }
      }
    }
    return problems;
  }

  /** A shown line as a pattern: literal text, each … any text. */
  static Pattern shownLine(String shown) {
    return Pattern.compile(Stream.of(shown.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
  }

  private static List<String> run(String command, Path root) {
    try {
      Path out = Files.createTempFile("docs-output", ".txt");
      Process p = new ProcessBuilder("bash", "-c", command).directory(root.toFile())
          .redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return List.of("timed out after 10 minutes");
      }
      List<String> printed = Files.readAllLines(out, StandardCharsets.UTF_8);
      Files.delete(out);
      return printed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The Java sources under a folder, the build's output left out. */
  static List<Path> javaSources(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
