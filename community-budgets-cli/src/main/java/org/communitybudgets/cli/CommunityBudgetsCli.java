package org.communitybudgets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.rules.CommunityBudgetsEngine;
import org.communitybudgets.rules.RuleSetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code community-budgets} command line. Exit codes: 0 when every record was decided, 1 when
 * some records were invalid (each is an error row in the output), 2 for a usage error (an unknown
 * option, a malformed date, a file that cannot be read) or a rule set that cannot be built.
 */
@Command(
    name = "community-budgets",
    mixinStandardHelpOptions = true,
    versionProvider = CommunityBudgetsCli.Version.class,
    description = "Decides, on a business date and with the reasons, which families of a data file are in the Troubled Families programme and what results they have achieved, and which contributions to Community Budget pools the departmental menu allows.",
    subcommands = {IdentifyCommand.class, ResultsCommand.class, ClaimsCommand.class, AssessCommand.class, TestCommand.class, CompareCommand.class, ReportCommand.class, CohortCommand.class, RulesCommand.class, ParametersCommand.class, DecisionsCommand.class, SchemaCommand.class, picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every record decided", "1:some records invalid, written as error rows", "2:usage error, unreadable file or rule set that cannot be built"})
public final class CommunityBudgetsCli implements Runnable {
  /** Some records were invalid. */
  public static final int SOME_INVALID = 1;

  /** A usage error, an unreadable file or a rule set that cannot be built. */
  public static final int USAGE_OR_RULES = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: identify, results, claims, assess, test, compare, report, cohort, rules, parameters, decisions, schema or generate-completion");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with those arguments and streams, and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CommunityBudgetsCli());
    cli.registerConverter(LocalDate.class, CommunityBudgetsCli::date);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(CommunityBudgetsCli::usageError);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println(line.getCommandName() + ": " + message(e));
      return USAGE_OR_RULES;
    });
    return cli.execute(args);
  }

  /**
   * A usage error: what is wrong, any options of a similar name, and where to read how the command
   * is used, rather than the whole of its help.
   */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE_OR_RULES;
  }

  /** A date written as ISO writes it, or a usage error saying so. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      String why = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date written like 2012-10-01" + why);
    }
  }

  /** What went wrong, in the words of the library where it has them. */
  static String message(Throwable e) {
    if (e instanceof RuleSetException r) {
      StringBuilder b = new StringBuilder("the rule set could not be built:");
      r.problems().forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
      return b.toString();
    }
    if (e instanceof InvalidValueException || e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    if (e instanceof FileAccess.Problem) {
      return e.getMessage();
    }
    if (e instanceof IOException) {
      return "cannot read or write " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** The library's version, as its build recorded it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = CommunityBudgetsEngine.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // the version stays unknown
      }
      return new String[] {"community-budgets " + p.getProperty("version", "unknown")};
    }
  }
}
