package org.communitybudgets.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.communitybudgets.rules.CommunityBudgetsEngine;

/**
 * A council's rule set as files: its rules ({@code rules/}, every {@code .drl} file at any depth),
 * its parameter overrides ({@code parameters/*.yaml}), its conditions tables ({@code
 * conditions/*.yaml}) and the standard rules it switches off ({@code without-rules.txt}, one name
 * a line), added to the standard rule set. The same layout is a folder of the watched directory and
 * a zip file deployed through {@code PUT /v1/rule-sets/{name}}.
 *
 * @param files each file's text by its path in the bundle, e.g. {@code rules/kent/local.drl}
 */
record RuleSetBundle(Map<String, String> files) {
  static final String RULES = "rules/";
  static final String PARAMETERS = "parameters/";
  static final String CONDITIONS = "conditions/";
  static final String WITHOUT_RULES = "without-rules.txt";

  RuleSetBundle {
    files = Map.copyOf(new TreeMap<>(files));
  }

  /** A builder of the rule set: the standard rules with this bundle's. */
  CommunityBudgetsEngine.Builder builder() {
    CommunityBudgetsEngine.Builder b = CommunityBudgetsEngine.builder();
    new TreeMap<>(files).forEach((path, text) -> {
      if (path.startsWith(RULES) && path.endsWith(".drl")) {
        b.localRules(path, text);
      } else if (path.startsWith(PARAMETERS) && isYaml(path)) {
        b.parameterOverrides(path, text);
      } else if (path.startsWith(CONDITIONS) && isYaml(path)) {
        b.localConditions(path, text);
      } else if (path.equals(WITHOUT_RULES)) {
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(b::withoutRule);
      }
    });
    return b;
  }

  private static boolean isYaml(String path) {
    return path.endsWith(".yaml") || path.endsWith(".yml");
  }

  /** Whether a path is one the bundle reads; others are refused, so that a misplaced file is not silently ignored. */
  static boolean isRead(String path) {
    return (path.startsWith(RULES) && path.endsWith(".drl")) || (path.startsWith(PARAMETERS) && isYaml(path))
        || (path.startsWith(CONDITIONS) && isYaml(path)) || path.equals(WITHOUT_RULES);
  }

  /** The bundle of a folder; files the layout does not name are refused. */
  static RuleSetBundle ofFolder(Path folder, long maxBytes) throws IOException, InvalidBundleException {
    Map<String, String> files = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    long[] total = {0};
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
        String path = folder.relativize(p).toString().replace('\\', '/');
        if (path.startsWith(".") || path.contains("/.")) {
          continue; // an editor's or a copy's hidden file
        }
        if (!isRead(path)) {
          problems.add(path + ": not part of a rule set's layout (rules/**/*.drl, parameters/*.yaml, conditions/*.yaml, without-rules.txt)");
          continue;
        }
        byte[] bytes = Files.readAllBytes(p);
        total[0] += bytes.length;
        if (total[0] > maxBytes) {
          throw new InvalidBundleException(List.of("the rule set's files are larger than the limit of " + maxBytes + " bytes"));
        }
        files.put(path, text(path, bytes, problems));
      }
    }
    return checked(files, problems);
  }

  /** The bundle of a zip file's bytes, read as it arrives, within the limit on its files' size. */
  static RuleSetBundle ofZip(InputStream zip, long maxBytes) throws IOException, InvalidBundleException {
    Map<String, String> files = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (++entries > 10_000) {
          throw new InvalidBundleException(List.of("the zip file has more than 10,000 entries"));
        }
        String path = e.getName().replace('\\', '/');
        if (e.isDirectory()) {
          continue;
        }
        if (path.startsWith("/") || path.contains("../") || path.contains(":")) {
          problems.add(path + ": not a relative path inside the rule set");
          continue;
        }
        if (!isRead(path)) {
          problems.add(path + ": not part of a rule set's layout (rules/**/*.drl, parameters/*.yaml, conditions/*.yaml, without-rules.txt)");
          continue;
        }
        byte[] buffer = new byte[8192];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > maxBytes) {
            throw new InvalidBundleException(List.of("the rule set's files, unpacked, are larger than the limit of " + maxBytes + " bytes"));
          }
          out.write(buffer, 0, n);
        }
        files.put(path, text(path, out.toByteArray(), problems));
      }
    } catch (ZipException e) {
      throw new InvalidBundleException(List.of("the body is not a zip file: " + e.getMessage()));
    }
    return checked(files, problems);
  }

  private static RuleSetBundle checked(Map<String, String> files, List<String> problems) throws InvalidBundleException {
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add("the rule set has no files: give rules/**/*.drl, parameters/*.yaml, conditions/*.yaml or without-rules.txt");
    }
    if (!problems.isEmpty()) {
      throw new InvalidBundleException(problems);
    }
    return new RuleSetBundle(files);
  }

  private static String text(String path, byte[] bytes, List<String> problems) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(path + ": not UTF-8 text");
      return "";
    }
  }

  /** A bundle whose files cannot be read as a rule set, with every reason. */
  static final class InvalidBundleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    InvalidBundleException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }
}
