package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/** Only the command being run is built, unless the whole tree is needed (help, completion, a mistake); the output is the same either way. */
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
}
