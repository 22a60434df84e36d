package sctb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import sctb.i18n.Messages;

/**
 * picocli's answer to a command line it cannot parse, in the user's language: what is wrong (read
 * from the exception's parts — the option, the value, the unmatched words — never from picocli's
 * English text), a "did you mean", and where the help is. Exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private final SctbCommand root;

  UsageErrors(SctbCommand root) {
    this.root = root;
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    Messages messages = root.sessionAfterFailure(args).messages();
    CommandLine command = failure.getCommandLine();
    // A misspelt option is the mistake to name, not the required option it was meant to be.
    ParameterException ex = failure instanceof UnmatchedArgumentException || command.getUnmatchedArguments().isEmpty()
        ? failure : new UnmatchedArgumentException(command, command.getUnmatchedArguments());
    PrintWriter err = command.getErr();
    err.println(messages.get("cli.usage-error", describe(ex, messages)));
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      err.println(messages.get("cli.did-you-mean", String.join(", ", unmatched.getSuggestions())));
    }
    err.println(messages.get("cli.see-help", command.getCommandSpec().qualifiedName()));
    return ExitCode.USAGE.code();
  }

  /** The one-sentence reason, in the user's language. */
  static String describe(ParameterException ex, Messages messages) {
    if (ex instanceof UsageError) {
      return ex.getMessage();
    }
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched, messages);
    }
    if (ex instanceof MissingParameterException missing) {
      return missing(missing, messages);
    }
    if (ex instanceof OverwrittenOptionException overwritten) {
      return messages.get("cli.usage.repeated", quote(name(overwritten.getOverwritten())));
    }
    if (ex instanceof MaxValuesExceededException) {
      return messages.get("cli.usage.too-many");
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return messages.get("cli.usage.invalid-value", quote(ex.getValue()), quote(name(ex.getArgSpec())), hint(ex, messages));
    }
    if (ex.getArgSpec() == null && ex.getValue() != null && ex.getCause() == null) {
      // picocli's `help` command naming a command that does not exist.
      return unknownCommand(ex.getValue(), ex.getCommandLine(), messages);
    }
    return ex.getMessage();
  }

  private static String unmatched(UnmatchedArgumentException ex, Messages messages) {
    List<String> words = ex.getUnmatched();
    if (words.isEmpty()) {
      return ex.getMessage();
    }
    if (ex.isUnknownOption()) {
      // The words after an unknown option are its would-be values, not mistakes of their own.
      List<String> options = words.stream().filter(w -> w.startsWith("-")).toList();
      return messages.get("cli.usage.unknown-option", quoted(options));
    }
    if (!ex.getCommandLine().getSubcommands().isEmpty()) {
      return unknownCommand(words.get(0), ex.getCommandLine(), messages);
    }
    CommandLine command = ex.getCommandLine();
    var plan = words.stream().filter(PlanFileName::matches).findFirst();
    if (plan.isPresent() && command.getCommandSpec().findOption("--plan") != null) {
      List<String> meant = new ArrayList<>();
      for (String arg : command.getParseResult().originalArgs()) {
        meant.addAll(arg.equals(plan.get()) ? List.of("--plan", arg) : List.of(arg));
      }
      return messages.get("cli.usage.plan-as-argument", quoted(words), "sctb " + String.join(" ", meant));
    }
    return messages.get("cli.usage.unexpected", quoted(words));
  }

  private static String unknownCommand(String word, CommandLine parent, Messages messages) {
    return messages.get("cli.usage.unknown-command", word, String.join(", ", parent.getSubcommands().keySet()));
  }

  /** A required option or parameter left out, or an option given without its value. */
  private static String missing(MissingParameterException ex, Messages messages) {
    List<ArgSpec> missing = ex.getMissing();
    boolean given = missing.size() == 1 && missing.get(0).isOption()
        && written((OptionSpec) missing.get(0), ex.getCommandLine().getParseResult());
    if (given) {
      return messages.get("cli.usage.missing-value", quote(name(missing.get(0))), missing.get(0).paramLabel());
    }
    List<String> names = new ArrayList<>();
    for (ArgSpec arg : missing) {
      names.add(quote(arg.isOption() && arg.arity().min() > 0 ? name(arg) + "=" + arg.paramLabel()
          : arg.isOption() ? name(arg) : arg.paramLabel()));
    }
    boolean options = missing.stream().allMatch(ArgSpec::isOption);
    return messages.get(options ? "cli.usage.missing-option" : "cli.usage.missing-parameter", String.join(", ", names));
  }

  /** True when the user wrote the option (then it is its value that is missing, not the option). */
  private static boolean written(OptionSpec option, CommandLine.ParseResult parsed) {
    if (parsed == null) {
      return false;
    }
    for (String arg : parsed.expandedArgs()) {
      for (String name : option.names()) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** What to write instead: our converters say it; for a fixed list of choices (enums), the list. */
  private static String hint(ParameterException ex, Messages messages) {
    if (ex.getCause() instanceof InvalidValue invalid) {
      return invalid.hint(messages);
    }
    Iterable<String> choices = ex.getArgSpec().completionCandidates();
    if (choices != null) {
      List<String> all = new ArrayList<>();
      choices.forEach(all::add);
      return messages.get("cli.value.choice", String.join(", ", all));
    }
    return messages.get("cli.value.other");
  }

  private static String name(ArgSpec arg) {
    return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }

  private static String quoted(List<String> words) {
    return String.join(", ", words.stream().map(UsageErrors::quote).toList());
  }
}
