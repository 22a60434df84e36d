package sctb.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import sctb.core.text.Language;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.report.ReportTemplates;
import sctb.render.site.Site;

/**
 * The start-up measures that live in code, all here (the others are the launcher's flags and
 * class-data-sharing archive, and in the build picocli compiled for Java 17 and
 * {@code -XDstringConcat=inline}; docs/performance.md gives each one's worth, measured on and off).
 * Nothing here changes what a command does or prints.
 */
final class StartUp {
  private StartUp() {}

  /**
   * The subcommands to build for {@code args}: only the sctb command the first word names (building
   * every command's model costs the main thread ~20 ms); all of them for help, version,
   * {@code help}, {@code generate-completion}, an argument file or a word that names no command, so
   * that usage, completion, errors and suggestions see the whole tree. The words before it are read
   * with the root's own options ({@code --lang vi}).
   */
  static List<Class<?>> subcommands(CommandSpec root, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String word = args[i];
      int equals = word.indexOf('=');
      OptionSpec option = word.startsWith("-") ? root.findOption(equals > 0 ? word.substring(0, equals) : word) : null;
      if (option != null && !option.usageHelp() && !option.versionHelp()) {
        i += option.arity().min() > 0 && equals < 0 ? 1 : 0;
        continue;
      }
      for (Class<?> command : SctbCommand.SUBCOMMANDS) {
        if (Subcommand.class.isAssignableFrom(command) && word.equals(name(command))) {
          return List.of(command);
        }
      }
      return SctbCommand.SUBCOMMANDS;
    }
    return SctbCommand.SUBCOMMANDS;
  }

  private static String name(Class<?> command) {
    picocli.CommandLine.Command annotation = command.getAnnotation(picocli.CommandLine.Command.class);
    return annotation == null ? "" : annotation.name();
  }

  /**
   * Whether the run may print help, all that the help texts' bundle ({@code sctb.cli.help}) is for:
   * help or version asked anywhere on the command line, or a last command that is not one of sctb's
   * own ({@code sctb} alone prints its help; {@code help}, {@code generate-completion}). Any other run
   * never reads it, and loading it took ~3 ms of the main thread in the everyday report (JFR, round 11).
   */
  static boolean mayPrintHelp(ParseResult parsed) {
    for (ParseResult command = parsed; command != null; command = command.subcommand()) {
      if (command.isUsageHelpRequested() || command.isVersionHelpRequested()
          || command.subcommand() == null && !(command.commandSpec().userObject() instanceof Subcommand)) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the parsed command will render templates (a report in Markdown or HTML, a site), FreeMarker is
   * set up and they are parsed on a background thread while the main thread reads the plan and the
   * data. The jar's templates go into the configuration the command then uses
   * ({@link ReportTemplates#configuration} keeps one per process), so it finds them parsed; a
   * department's ({@code --templates}) are parsed into a configuration of their own and thrown away,
   * which leaves only warm code. A report's templates are followed by those they import and include in
   * {@code language} ({@link #REPORT_LIBRARIES}), which the main thread would otherwise parse while
   * rendering. A failure here is ignored: the command meets it again and reports it.
   */
  static void warmUp(ParseResult parsed, Language language) {
    ParseResult command = parsed.subcommand();
    List<String> templates = command == null ? List.of() : templates(command, language);
    if (templates.isEmpty()) {
      return;
    }
    Path overlay = command.matchedOptionValue("--templates", null);
    Thread thread = new Thread(() -> {
      try {
        var configuration = ReportTemplates.configuration(overlay);
        for (String template : templates) {
          configuration.getTemplate(template);
        }
      } catch (Exception | LinkageError ignored) {
        // The command loads the same templates and says what is wrong with them.
      }
    }, "sctb-warm-up");
    thread.setDaemon(true); // never keeps a finished or failed run alive
    thread.start();
  }

  /**
   * What templates/report.md.ftl and report.html.ftlh import and include, in the order rendering
   * asks for them ({@code %s}: the language's code); a name no longer used is only parsed for nothing.
   */
  private static final Map<OutputFormat, List<String>> REPORT_LIBRARIES = Map.of(
      OutputFormat.MD, List.of("lang/%s.ftl", "lang/document-%s.ftl", "common.ftl", "decree30.md.ftl"),
      OutputFormat.HTML, List.of("lang/%s.ftl", "lang/document-%s.ftl", "common.ftl", "macros.html.ftlh", "style.css.ftlh"));

  /**
   * The templates {@code command} will render: every site template, or the report's Markdown and HTML
   * ones asked for, each followed by its libraries in {@code language}.
   */
  static List<String> templates(ParseResult command, Language language) {
    Object user = command.commandSpec().userObject();
    if (user instanceof SiteCommand) {
      return Site.TEMPLATES;
    }
    if (!(user instanceof ReportCommand)) {
      return List.of();
    }
    List<OutputFormat> formats = command.matchedOptionValue("--format", List.of(OutputFormat.MD, OutputFormat.HTML));
    return formats.stream().filter(REPORT_LIBRARIES::containsKey)
        .flatMap(f -> Stream.concat(Stream.of(f.template(DocumentKind.REPORT)),
            REPORT_LIBRARIES.get(f).stream().map(name -> name.formatted(language.code()))))
        .distinct().toList();
  }
}
