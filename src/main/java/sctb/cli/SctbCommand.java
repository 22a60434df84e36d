package sctb.cli;

import java.util.List;
import java.util.Map;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root command: the subcommands, the documented exit codes, the options of the whole run;
 * alone ({@code sctb}) it prints its help. Its help, version and layout
 * settings are inherited by every subcommand ({@code -V} works everywhere).
 */
@Command(
    name = "sctb",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:input-errors", "2:usage", "3:file", "4:internal", "5:owing"})
public final class SctbCommand implements Runnable {
  /** The subcommands, in the order help lists them (registered by {@link Cli#create}, see {@link StartUp#subcommands}). */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      PlanCommand.class,
      ValidateCommand.class,
      TemplateCommand.class,
      StatusCommand.class,
      FeedbackCommand.class,
      RemindCommand.class,
      ReportCommand.class,
      ExplainCommand.class,
      SiteCommand.class,
      HelpCommand.class,
      GenerateCompletion.class);

  @Spec CommandSpec spec;
  @Mixin SessionOptions options;

  private final Map<String, String> env;
  private Session session;

  SctbCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The run's session, from the options parsed so far (language: --lang, SCTB_LANG, Vietnamese). */
  Session session() {
    if (session == null) {
      session = Session.of(options.language(env), env, options.debug);
    }
    return session;
  }

  /** The session for a command line that did not parse: {@code --lang} is looked for in all of it, also past the word that failed. */
  Session sessionAfterFailure(String[] args) {
    if (session == null && options.language == null) {
      options.language = SessionOptions.languageAnywhere(args);
    }
    return session();
  }
}
