package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import sctb.core.text.Language;

/**
 * Only the command being run is built, unless the whole tree is needed (help, completion, a mistake);
 * the output is the same either way. The warm-up parses the templates the command renders.
 */
class StartUpTest {
  private static final CommandSpec ROOT = Cli.create(Map.of(), "--help").getCommandSpec();

  private static List<Class<?>> built(String... args) {
    return StartUp.subcommands(ROOT, args);
  }

  @Test
  void theCommandNamedFirstIsTheOnlyOneBuilt() {
    assertThat(built("report", "--period", "2024H1")).containsExactly(ReportCommand.class);
    assertThat(built("--lang", "en", "validate", "samples")).containsExactly(ValidateCommand.class);
    assertThat(built("--lang=en", "--debug", "plan")).containsExactly(PlanCommand.class);
    assertThat(built("explain", "--help")).containsExactly(ExplainCommand.class);
    assertThat(built("site", "--until", "2025H2")).containsExactly(SiteCommand.class);
  }

  @Test
  void theWholeTreeWhenHelpCompletionOrAMistakeNeedsIt() {
    for (String[] args : List.of(new String[] {}, new String[] {"-h", "report"}, new String[] {"--version"},
        new String[] {"help", "report"}, new String[] {"generate-completion"}, new String[] {"repot"},
        new String[] {"@options.txt"}, new String[] {"-q", "report"}, new String[] {"--lang"})) {
      assertThat(built(args)).as(String.join(" ", args)).isEqualTo(SctbCommand.SUBCOMMANDS);
    }
  }

  @Test
  void aCommandsHelpIsTheSameWhetherTheTreeIsWholeOrNot() {
    assertThat(CliRun.run("report", "--help").out()).isEqualTo(CliRun.run("help", "report").out());
    assertThat(CliRun.run("--lang", "en", "validate", "--help").out()).isEqualTo(CliRun.run("--lang", "en", "help", "validate").out());
  }

  @Test
  void theWarmUpParsesTheReportTemplatesAndWhatTheyImportAndInclude() throws IOException {
    for (Language language : Language.values()) {
      assertThat(warmed(language, "report", "--period", "2024H1"))
          .containsExactlyElementsOf(concat(used("report.md.ftl", language), used("report.html.ftlh", language)));
      assertThat(warmed(language, "report", "--period", "2024H1", "--format", "json,md"))
          .containsExactlyElementsOf(used("report.md.ftl", language));
    }
    assertThat(warmed(Language.VI, "report", "--period", "2024H1", "--format", "json")).isEmpty();
    assertThat(warmed(Language.VI, "validate", "samples")).isEmpty();
  }

  @Test
  void theHelpTextsAreLoadedOnlyWhenTheRunMayPrintHelp() {
    assertThat(mayPrintHelp("report", "--period", "2024H1")).isFalse();
    assertThat(mayPrintHelp("--lang", "en", "validate", "samples")).isFalse();
    for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"report", "--help"},
        new String[] {"validate", "-h", "samples"}, new String[] {"--version"}, new String[] {"report", "-V"},
        new String[] {"help", "report"}, new String[] {"generate-completion"})) {
      assertThat(mayPrintHelp(args)).as(String.join(" ", args)).isTrue();
    }
  }

  @Test
  void helpIsInTheRunsLanguage() {
    assertThat(CliRun.run("report", "--help").out()).contains("Kỳ báo cáo");
    assertThat(CliRun.run("--lang", "en", "report", "--help").out()).contains("Reporting period");
  }

  private static boolean mayPrintHelp(String... args) {
    return StartUp.mayPrintHelp(Cli.create(Map.of(), args).parseArgs(args));
  }

  private static List<String> warmed(Language language, String... args) {
    ParseResult parsed = Cli.create(Map.of(), args).parseArgs(args);
    return StartUp.templates(parsed.subcommand(), language);
  }

  private static final Pattern LOADS = Pattern.compile("<#(?:import|include) \"([^\"]*)\"(?: \\+ lang \\+ \"([^\"]*)\")?");

  /** {@code template} and, depth first in the order they appear, every template it imports or includes. */
  private static List<String> used(String template, Language language) throws IOException {
    List<String> names = new ArrayList<>(List.of(template));
    Path file = CliRun.REPO.resolve("templates").resolve(template);
    Matcher m = LOADS.matcher(Files.readString(file, StandardCharsets.UTF_8));
    String folder = template.contains("/") ? template.substring(0, template.lastIndexOf('/') + 1) : "";
    while (m.find()) {
      String name = folder + m.group(1) + (m.group(2) == null ? "" : language.code() + m.group(2));
      used(name, language).stream().filter(n -> !names.contains(n)).forEach(names::add);
    }
    return names;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(n -> !all.contains(n)).forEach(all::add);
    return all;
  }
}
