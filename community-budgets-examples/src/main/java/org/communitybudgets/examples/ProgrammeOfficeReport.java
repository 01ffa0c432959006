package org.communitybudgets.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.communitybudgets.rules.CommunityBudgetsEngine;

/**
 * The main example: the programme office report of the Greater Manchester whole-place pilot
 * ({@link org.communitybudgets.report.ProgrammeOfficeReport}, in the report module), printed from
 * its bundled data: the departmental menu and the Community Budget areas; the assessment of a
 * pool drawing on every department, with the reasons for every verdict; a cohort of the area's
 * 8,000 troubled families through identification, attachment, results, claims and the
 * authority's ledger; and the area's cost-benefit summary with two proposals for sharing the
 * savings.
 *
 * <p>Run it with {@code ./mvnw -q -pl community-budgets-examples -am package exec:java
 * -DskipTests}. Arguments, in any order: {@code --json} writes the same report as JSON, {@code
 * --html FILE} as one web page; an ISO date assesses the pool on that business date instead of
 * 1 October 2012.
 */
public final class ProgrammeOfficeReport {
  private ProgrammeOfficeReport() {}

  /**
   * Prints the report.
   *
   * @param args {@code --json} for JSON or {@code --html FILE} for a web page; optionally, the
   *     pool's business date as an ISO date
   */
  public static void main(String[] args) {
    int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Writes the report the arguments ask for, or the usage; returns the exit code, 2 for arguments it does not know. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    LocalDate asOf = org.communitybudgets.report.ProgrammeOfficeReport.DEFAULT_DATE;
    boolean json = false;
    Path html = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--json")) {
        json = true;
      } else if (arg.equals("--html")) {
        if (i + 1 == args.length) {
          err.println("--html needs the file to write the page to");
          err.println(USAGE);
          return 2;
        }
        html = Path.of(args[++i]);
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else {
        try {
          asOf = LocalDate.parse(arg);
        } catch (DateTimeParseException e) {
          err.println("unknown argument '" + arg + "': give a business date written like 2012-10-01, --json or --html FILE");
          err.println(USAGE);
          return 2;
        }
      }
    }
    CommunityBudgetsEngine engine = CommunityBudgetsEngine.standard();
    if (html != null) {
      try {
        Files.writeString(html, org.communitybudgets.report.ProgrammeOfficeReport.html(engine, asOf), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("cannot write " + html + ": " + e.getMessage());
        return 2;
      }
      out.println("wrote " + html.toAbsolutePath());
      return 0;
    }
    out.print(json
        ? org.communitybudgets.report.ProgrammeOfficeReport.json(engine, asOf)
        : org.communitybudgets.report.ProgrammeOfficeReport.text(engine, asOf));
    return 0;
  }

  private static final String USAGE = String.join("\n",
      "usage: ProgrammeOfficeReport [DATE] [--json | --html FILE]",
      "  DATE         the business date the pool is assessed on, written like 2012-10-01 (default "
          + org.communitybudgets.report.ProgrammeOfficeReport.DEFAULT_DATE + ")",
      "  --json       the report as JSON rather than tables",
      "  --html FILE  the report as one self-contained web page, written to FILE",
      "with Maven: ./mvnw -q -pl community-budgets-examples -am package exec:java -DskipTests -Dexec.args=\"2013-04-01 --json\"");
}
