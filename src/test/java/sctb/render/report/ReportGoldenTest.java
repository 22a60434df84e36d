package sctb.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sctb.cli.CliRun;

/**
 * Golden files: the real CLI on samples/ for three periods (mid-phase, the end of the first phase, the
 * start of the second) × Markdown/HTML × Vietnamese/English,
 * compared byte for byte with src/test/resources/golden/report/. After a deliberate change:
 * {@code mvn test -Dtest=ReportGoldenTest -Dsctb.golden.update=true}, then review {@code git diff}.
 */
class ReportGoldenTest {
  @ParameterizedTest
  @CsvSource({
    "2024H1, vi, md, 03/07/2024", "2024H1, vi, html, 03/07/2024", "2024H1, en, md, 03/07/2024", "2024H1, en, html, 03/07/2024",
    "2025H2, vi, md, ''", "2025H2, vi, html, ''", "2025H2, en, md, ''", "2025H2, en, html, ''",
    "2026H1, vi, md, ''", "2026H1, vi, html, ''", "2026H1, en, md, ''", "2026H1, en, html, ''"})
  void rendersAsReviewed(String period, String lang, String format, String date) throws Exception {
    List<String> args = new ArrayList<>(List.of("report", "--period", period, "--lang", lang, "--format", format, "-o", "-",
        "--plan", CliRun.PLAN.toString()));
    if (!date.isEmpty()) {
      args.addAll(List.of("--date", date));
    }
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    Golden.check("report/bao-cao-sxtdbv-" + period + "-" + lang + "." + format, run.out());
  }
}
