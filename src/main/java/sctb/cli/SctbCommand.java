package sctb.cli;

import java.util.List;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: help, version, the subcommands and the exit-code list; no logic. */
@Command(
    name = "sctb",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    exitCodeListHeading = "%n@|bold Exit codes|@%n",
    exitCodeList = {
      "0:ok", "1:input-errors", "2:usage", "3:file", "4:internal"
    })
public final class SctbCommand {
  /**
   * The subcommands, in the order help lists them. Registered by {@link Cli#create}: all of them for
   * help and usage errors, only the one being run otherwise (building every command costs start-up).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      PlanCommand.class,
      ValidateCommand.class,
      TemplateCommand.class,
      ReportCommand.class,
      ExplainCommand.class,
      SiteCommand.class,
      GenerateCompletion.class);

  @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "common.lang", scope = picocli.CommandLine.ScopeType.LOCAL)
  String lang;
}
