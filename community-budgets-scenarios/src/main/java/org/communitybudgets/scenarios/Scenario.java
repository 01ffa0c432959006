package org.communitybudgets.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a scenario file, as read: where it is, its name, and what it says; or a problem of
 * the file itself (not YAML, no cases), reported as a case that fails so that it is not lost.
 * {@link ScenarioRunner} decides it and checks what it expects.
 */
public final class Scenario {
  private final String file;
  private final int line;
  private final String name;
  private final int index;
  private final JsonNode node;
  private final ScenarioFile source;
  private final Optional<String> problem;

  Scenario(String file, int line, String name, int index, JsonNode node, ScenarioFile source, Optional<String> problem) {
    this.file = Objects.requireNonNull(file);
    this.line = line;
    this.name = Objects.requireNonNull(name);
    this.index = index;
    this.node = node;
    this.source = source;
    this.problem = problem;
  }

  static Scenario problem(String file, int line, String problem) {
    return new Scenario(file, line, "(file " + file + ")", -1, null, null, Optional.of(problem));
  }

  /** The file the case is in, as given. */
  public String file() {
    return file;
  }

  /** The line the case starts on. */
  public int line() {
    return line;
  }

  /** The case's name. */
  public String name() {
    return name;
  }

  /** What is wrong with the file, if the case stands for a file that could not be read. */
  public Optional<String> problem() {
    return problem;
  }

  int index() {
    return index;
  }

  JsonNode node() {
    return node;
  }

  ScenarioFile source() {
    return source;
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + name;
  }
}
