package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line itself, run for real: help and version everywhere, and picocli's own answers to
 * a wrong command line in Vietnamese by default and in English with {@code --lang en}, wherever it stands.
 */
class CommandLineTest {
  /** Words of picocli's English that must never reach a Vietnamese user. */
  private static final List<String> PICOCLI_ENGLISH = List.of("Unknown", "Unmatched", "Invalid value", "Missing required",
      "Did you mean", "Possible solutions", "Usage:", "expected one of");

  @Test
  void sctbAlonePrintsItsHelp() {
    CliRun vi = CliRun.run();
    assertThat(vi.exitCode()).isZero();
    assertThat(vi.out()).startsWith("Cách dùng: sctb").contains("Lệnh:", "report", "Mã thoát:", "Ví dụ:");
    assertThat(vi.err()).isEmpty();
    assertThat(CliRun.run("--lang", "en").out()).startsWith("Usage: sctb").contains("Commands:", "Exit codes:");
    assertThat(CliRun.runWithEnv(Map.of("SCTB_LANG", "en")).out()).startsWith("Usage: sctb");
    assertThat(CliRun.run("--debug").out()).startsWith("Cách dùng: sctb");
  }

  @Test
  void theTopLevelHelpShowsTheEverydayCommandsAndTheExitCodesOfTheReadme() {
    String help = CliRun.run("--help").out();
    assertThat(help).contains("sctb report --period 2024H1", "sctb validate", "--format xlsx", "sctb help report");
    assertThat(help).contains("0   Thành công", "1   Dữ liệu đầu vào có lỗi", "2   Sai cú pháp lệnh",
        "3   Không đọc hoặc ghi được", "4   Thiếu bộ nhớ");
    assertThat(CliRun.run("--lang", "en", "--help").out()).contains("4   Out of memory", "sctb report --period 2024H1");
    assertThat(CliRun.run("template", "--help").out()).contains("xlsx").contains("Excel");
  }

  /** The help's exit codes say what README's do: which commands still write their output on 1; a signing date is a usage error. */
  @Test
  void theHelpsExitCodesSayWhatTheReadmeSays() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(CliRun.REPO.resolve("README.md")).replaceAll("\\s+", " ");
    assertThat(readme).contains("`report`, `explain`, `site`, `feedback` và `remind` vẫn làm xong việc",
        "`report`, `explain`, `site`, `feedback` and `remind` still do their work", "ngày ký trước kỳ",
        "a signing date before the period");
    assertThat(CliRun.run("--help").out().replaceAll("\\s+", " ")).contains(
        "sctb report, sctb explain, sctb site, sctb feedback và sctb remind vẫn ghi kết quả", "ngày ký trước kỳ");
    assertThat(CliRun.run("--lang", "en", "--help").out().replaceAll("\\s+", " ")).contains(
        "sctb report, sctb explain, sctb site, sctb feedback and sctb remind still write their output",
        "a signing date before the period");
    // status's own footer names its exit code 5 too
    assertThat(CliRun.run("status", "--help").out().replaceAll("\\s+", " ")).contains("5 với --require-all");
  }

  @Test
  void helpSubcommandShowsACommandsHelp() {
    CliRun vi = CliRun.run("help", "report");
    assertThat(vi.exitCode()).isZero();
    assertThat(vi.out()).startsWith("Cách dùng: sctb report").contains("--out-dir", "Mã thoát:");
    assertThat(vi.out()).isEqualTo(CliRun.run("report", "--help").out());
    assertThat(CliRun.run("help", "report", "--lang", "en").out()).startsWith("Usage: sctb report").contains("Exit codes:");
    assertThat(CliRun.run("help").out()).startsWith("Cách dùng: sctb [");
    assertThat(CliRun.run("help", "--help").out()).contains("Hiện trợ giúp của một lệnh").doesNotContain("Display help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "validate", "template", "report", "explain", "generate-completion"})
  void versionOnEveryCommand(String command) {
    CliRun run = CliRun.run(command, "-V");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("sctb ").contains("Java ");
    assertThat(CliRun.run(command, "--version").out()).isEqualTo(run.out());
  }

  @Test
  void anUnknownCommandSaysSoAndSuggests() {
    CliRun vi = CliRun.run("repot", "--period", "2024H1");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).contains("Không có lệnh “repot”", "Có phải ý bạn là: report, remind?", "sctb --help");
    assertNoPicocliEnglish(vi.err());
    CliRun en = CliRun.run("repot", "--lang", "en");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err()).contains("There is no command “repot”", "Did you mean: report, remind?");
    CliRun help = CliRun.run("help", "frob");
    assertThat(help.exitCode()).isEqualTo(2);
    assertThat(help.err()).contains("Không có lệnh “frob”", "plan, validate, template, status, feedback, remind, report, explain");
    assertNoPicocliEnglish(help.err());
    assertThat(CliRun.run("--lang", "en", "help", "frob").err()).contains("There is no command “frob”");
  }

  @Test
  void anInvalidChoiceListsTheChoicesInTheUsersLanguageWhereverLangStands() {
    CliRun vi = CliRun.run("report", "--period", "2024H1", "--format", "md,pdff");
    assertThat(vi.exitCode()).isEqualTo(2);
    assertThat(vi.err()).contains("Giá trị 'pdff' không hợp lệ cho tùy chọn '--format'; hãy viết một trong: md, html, json, docx, pdf");
    assertNoPicocliEnglish(vi.err());
    // --lang after the mistake: picocli stopped before it, the language is still the one asked for.
    CliRun en = CliRun.run("report", "--period", "2024H1", "--format", "pdff", "--lang", "en");
    assertThat(en.exitCode()).isEqualTo(2);
    assertThat(en.err()).contains("Invalid value 'pdff' for option '--format'; write one of: md, html, json, docx, pdf",
        "See the help: sctb report --help");
  }

  @Test
  void periodsAndDatesThatDoNotParseSayWhatToWrite() {
    CliRun period = CliRun.run("report", "--period", "2024Q1");
    assertThat(period.exitCode()).isEqualTo(2);
    assertThat(period.err()).contains("'2024Q1'", "2024H1, 2024H2 hoặc 2024");
    CliRun date = CliRun.run("--lang", "en", "report", "--period", "2024H1", "--date", "31/02/2025");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("'31/02/2025'", "dd/mm/yyyy");
  }

  @Test
  void missingAndMisspeltOptions() {
    CliRun missing = CliRun.run("report");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Thiếu tùy chọn bắt buộc: '--period=P'");
    CliRun noValue = CliRun.run("report", "--period");
    assertThat(noValue.exitCode()).isEqualTo(2);
    assertThat(noValue.err()).contains("'--period'", "P");
    assertNoPicocliEnglish(noValue.err());
    // The misspelling is the mistake to name, not the required option it was meant to be.
    CliRun misspelt = CliRun.run("report", "--periode", "2024H1");
    assertThat(misspelt.exitCode()).isEqualTo(2);
    assertThat(misspelt.err()).contains("Không có tùy chọn: '--periode'", "Có phải ý bạn là: --period?")
        .doesNotContain("'2024H1'");
    CliRun extra = CliRun.run("plan", "thua");
    assertThat(extra.exitCode()).isEqualTo(2);
    assertThat(extra.err()).contains("Thừa tham số: 'thua'");
    CliRun twice = CliRun.run("plan", "--format", "json", "--format", "text");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("'--format'", "một lần");
  }

  @Test
  void langTakesOnlyViOrEn() {
    for (String bad : List.of("fr", "vn", "en_US", "")) {
      CliRun run = CliRun.run("--lang", bad, "plan");
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains("'--lang'", "vi, en");
    }
    assertThat(CliRun.run("--lang", "EN", "plan", "--check").out()).startsWith("Plan file");
  }

  @Test
  void minusOAndOutAreTheSameFileInEveryCommand(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("ke-hoach.json");
    assertThat(CliRun.run("plan", "--format", "json", "-o", plan.toString()).exitCode()).isZero();
    assertThat(Files.readString(plan)).isEqualTo(CliRun.run("plan", "--format", "json").out());
    Path why = dir.resolve("giai-thich.txt");
    assertThat(CliRun.run("explain", "--period", "2024H1", "--indicator", "zones-awareness", "--out", why.toString())
        .exitCode()).isZero();
    assertThat(Files.readString(why)).contains("zones-awareness");
    for (String command : List.of("plan", "validate")) {
      CliRun folder = CliRun.run(command, "-o", dir.toString());
      assertThat(folder.exitCode()).as(command).isEqualTo(2);
      assertThat(folder.err()).as(command).contains("là một thư mục; -o/--out nhận tên một tệp");
    }
    CliRun report = CliRun.run("report", "--period", "2024H1", "--out", dir.toString());
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.err()).contains("dùng --out-dir " + dir);
  }

  private static void assertNoPicocliEnglish(String text) {
    for (String english : PICOCLI_ENGLISH) {
      assertThat(text).as(english).doesNotContain(english);
    }
  }
}
