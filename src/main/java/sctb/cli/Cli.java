package sctb.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import sctb.core.period.Period;
import sctb.core.text.Language;

/**
 * The command line, built the same way for {@code main} and for tests: converters, the execution
 * strategy that puts help in the user's language, usage errors and failures as one paragraph with
 * their documented exit codes.
 */
public final class Cli {
  private Cli() {}

  /** Runs sctb with the given arguments and writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cli = create(env, args);
    cli.setOut(out);
    cli.setErr(err);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Not a stack trace: what to do. Large workspaces need a larger heap (docs/performance.md).
      Session session = ((SctbCommand) cli.getCommand()).session();
      err.println(session.messages().get("cli.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
      if (session.debug() || env.containsKey("SCTB_DEBUG")) {
        e.printStackTrace(err); // where the heap ran out, for whoever tunes sctb (docs/performance.md)
      }
      return ExitCode.INTERNAL.code();
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The command line for {@code args} in environment {@code env}, ready to parse or execute them. */
  static CommandLine create(Map<String, String> env, String... args) {
    SctbCommand root = new SctbCommand(env);
    CommandLine cli = new CommandLine(root);
    StartUp.subcommands(cli.getCommandSpec(), args).forEach(cli::addSubcommand);
    cli.registerConverter(Period.class, new PeriodConverter());
    cli.registerConverter(LocalDate.class, new DateConverter());
    cli.registerConverter(Language.class, new LanguageConverter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    Failures failures = new Failures(root);
    cli.setExecutionExceptionHandler(failures);
    cli.setExitCodeExceptionMapper(failures);
    cli.setParameterExceptionHandler(new UsageErrors(root));
    cli.setExecutionStrategy(parsed -> {
      StartUp.warmUp(parsed, root.session().language());
      if (StartUp.mayPrintHelp(parsed)) {
        localize(cli, root.session().language());
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    return cli;
  }

  /** Help texts (descriptions, headings, the exit-code list) in the run's language. */
  private static void localize(CommandLine cli, Language language) {
    cli.setResourceBundle(ResourceBundle.getBundle("sctb.cli.help", language.locale(), NO_FALLBACK));
  }

  private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  };
}
