package sctb.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.io.FileAccessException;

/**
 * Builds the command line the same way for {@code main} and for tests: language chosen before
 * parsing (so help is in it), user mistakes as one-paragraph messages with their exit codes, and
 * stack traces only with {@code --debug}.
 */
public final class Cli {
  private Cli() {}

  /** Runs sctb with the given arguments and writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    Language language = language(args, env);
    PlanPrefetch plan = PlanPrefetch.start(args, env);
    Context context = new Context(language, Messages.of(language), env, plan);
    CommandLine cli = create(context, args);
    cli.setOut(out);
    cli.setErr(err);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Not a stack trace: what to do. Large workspaces need a larger heap (docs/performance.md).
      err.println(context.messages().get("cli.out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
      if (env.containsKey("SCTB_DEBUG")) {
        e.printStackTrace(err); // where the heap ran out, for whoever tunes sctb (docs/performance.md)
      }
      return ExitCode.INTERNAL.code();
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Language for everything a user reads: --lang, then SCTB_LANG, then Vietnamese. */
  static Language language(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--lang=")) {
        return Language.parse(a.substring(7)).orElse(Language.VI);
      }
      if (a.equals("--lang") && i + 1 < args.length) {
        return Language.parse(args[i + 1]).orElse(Language.VI);
      }
    }
    return Language.parse(env.get("SCTB_LANG")).orElse(Language.VI);
  }

  /**
   * The command line for {@code args}: when they name a subcommand, only that one is built (picocli
   * builds every registered command's model up front, a large part of start-up); otherwise — help,
   * version, an unknown word — the whole tree, so usage, errors and suggestions are unchanged.
   */
  static CommandLine create(Context context, String[] args) {
    CommandLine cli = new CommandLine(new SctbCommand(), new Factory(context));
    Class<?> only = subcommandNamed(firstWord(args));
    for (Class<?> sub : SctbCommand.SUBCOMMANDS) {
      if (only == null || sub == only) {
        cli.addSubcommand(sub);
      }
    }
    cli.setResourceBundle(ResourceBundle.getBundle("sctb.cli.help", context.language().locale(), NO_FALLBACK));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine, context, parseResult));
    cli.setParameterExceptionHandler((ex, a) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println(context.messages().get("cli.usage-error", UsageErrors.localize(ex.getMessage(), context.messages())));
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println(context.messages().get("cli.see-help", ex.getCommandLine().getCommandSpec().qualifiedName()));
      return ExitCode.USAGE.code();
    });
    return cli;
  }

  /** The first argument that is not a root option (nor {@code --lang}'s value), or null. */
  static String firstWord(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++;
      } else if (!a.startsWith("-")) {
        return a;
      } else if (!a.startsWith("--lang=")) {
        return null; // -h, --version, an unknown option: the whole tree answers
      }
    }
    return null;
  }

  private static Class<?> subcommandNamed(String word) {
    if (word == null) {
      return null;
    }
    for (Class<?> sub : SctbCommand.SUBCOMMANDS) {
      CommandLine.Command command = sub.getAnnotation(CommandLine.Command.class);
      if (command != null && (command.name().equals(word) || java.util.Arrays.asList(command.aliases()).contains(word))) {
        return sub;
      }
    }
    return null;
  }

  private static int handle(Exception e, CommandLine commandLine, Context context, CommandLine.ParseResult parse) {
    PrintWriter err = commandLine.getErr();
    boolean debug = parse.expandedArgs().contains("--debug");
    if (e instanceof CliException cliException) {
      err.println(cliException.getMessage());
      if (debug) {
        e.printStackTrace(err);
      }
      return cliException.exitCode().code();
    }
    if (e instanceof FileAccessException file) {
      err.println(context.messages().get(file.messageKey(), file.path()));
      if (debug) {
        e.printStackTrace(err);
      }
      return ExitCode.FILE.code();
    }
    err.println(context.messages().get("cli.internal-error", String.valueOf(e)));
    if (debug) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL.code();
  }

  private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
    @Override
    public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
      return null;
    }
  };

  /** Gives every command the session context (language, messages, environment). */
  private record Factory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException noContext) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
