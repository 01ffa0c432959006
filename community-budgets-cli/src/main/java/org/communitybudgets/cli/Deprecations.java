package org.communitybudgets.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The spellings the command line still takes for one release after it made the same thing the
 * same flag everywhere: each use says, on standard error, what to write instead. The CHANGELOG
 * lists them.
 */
final class Deprecations {
  private Deprecations() {}

  /** Says on standard error that {@code old} is deprecated and what to write instead. */
  static void warn(CommandLine.Model.CommandSpec spec, String old, String instead) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": " + old + " is deprecated and will be removed in the next minor release; write " + instead);
    err.flush();
  }

  /**
   * The value of {@code --format}, or {@code jsonMeans} if the deprecated {@code --json} was given
   * (saying so on standard error), checked against the formats the command writes.
   */
  static String format(CommandLine.Model.CommandSpec spec, String format, boolean deprecatedJson, String jsonMeans, String... allowed) {
    if (deprecatedJson) {
      warn(spec, "--json", "--format " + jsonMeans);
      return format(spec, jsonMeans, allowed);
    }
    return format(spec, format, allowed);
  }

  /** The value of {@code --format}, checked against the formats the command writes. */
  static String format(CommandLine.Model.CommandSpec spec, String format, String... allowed) {
    for (String a : allowed) {
      if (a.equals(format)) {
        return format;
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--format must be " + String.join(" or ", allowed) + ", was " + format);
  }
}
