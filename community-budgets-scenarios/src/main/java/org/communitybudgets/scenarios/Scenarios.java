package org.communitybudgets.scenarios;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.communitybudgets.json.DomainJson;

/**
 * Reads scenario files: YAML files of cases, each with a name, a business date ({@code asOf}),
 * optional parameter overrides, one subject ({@code identify}, {@code results}, {@code claim} or
 * {@code assess}, in the domain's JSON form) and what is expected ({@code expect}). A file may give
 * a business date and parameter overrides for all its cases at its top.
 *
 * <pre>
 * description: Phase-1 identification, the crime and ASB criterion.
 * asOf: 2013-05-10
 * cases:
 *   - name: a child's offence 11 months before is within the look-back window
 *     identify:
 *       family: {id: f-1, authority: birmingham, members: [...], indicators: [...]}
 *     expect:
 *       criteriaMet: [CRIME_ASB]
 *       unmet: [education, work]
 * </pre>
 *
 * <p>A problem of a file (not YAML, no cases, a key a scenario file does not have) is one failing
 * case at the file's line, so that nothing is lost and the run goes on.
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * The cases of a scenario file, or of every {@code .yaml} and {@code .yml} file under a
   * directory (its subdirectories included), files in the order of their paths.
   *
   * @throws IOException if the path cannot be read at all
   */
  public static List<Scenario> read(Path fileOrDirectory) throws IOException {
    Objects.requireNonNull(fileOrDirectory, "scenario file or directory is required");
    ObjectMapper yaml = DomainJson.yamlMapper();
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(fileOrDirectory)) {
      try (Stream<Path> walk = Files.walk(fileOrDirectory)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
            .sorted()
            .forEach(files::add);
      }
    } else if (Files.isRegularFile(fileOrDirectory)) {
      files.add(fileOrDirectory);
    } else {
      throw new IOException("no scenario file or directory " + fileOrDirectory);
    }
    List<Scenario> all = new ArrayList<>();
    for (Path f : files) {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
            .toString();
      } catch (CharacterCodingException e) {
        all.add(Scenario.problem(f.toString(), 1, "is not UTF-8 text"));
        continue;
      }
      all.addAll(ScenarioFile.read(f.toString(), text, yaml));
    }
    return List.copyOf(all);
  }

  /** The cases of scenario text, reported under {@code path}. */
  public static List<Scenario> read(String path, String yaml) {
    Objects.requireNonNull(path, "path is required");
    Objects.requireNonNull(yaml, "scenario text is required");
    return ScenarioFile.read(path, yaml, DomainJson.yamlMapper());
  }
}
