package sctb.render.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sctb.cli.CliRun;
import sctb.render.report.Golden;

/**
 * {@code sctb status} on the samples' half-year being collected, 2026H2, on 25/11/2026: every format
 * compared byte for byte with src/test/resources/golden/status/ (update: {@code -Dsctb.golden.update=true}).
 */
class StatusGoldenTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @ParameterizedTest
  @CsvSource({"vi, text, txt", "en, text, txt", "vi, json, json", "vi, csv, csv", "en, csv, csv"})
  void rendersAsReviewed(String lang, String format, String extension) throws Exception {
    CliRun run = CliRun.runWithEnv(TODAY, "--lang", lang, "status", "--period", "2026H2", "--format", format,
        "--plan", CliRun.PLAN.toString());
    // the period's files have errors: exit 1, as validate
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    Golden.check("status/tinh-hinh-2026H2-" + lang + "." + extension, run.out());
  }
}
