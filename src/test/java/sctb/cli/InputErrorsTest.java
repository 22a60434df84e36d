package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One exit-code rule for bad input across commands: the work is done (the report written, the figure
 * explained), then exit 1 with a line on stderr that {@code -q} does not silence; clean input exits 0.
 */
class InputErrorsTest {
  @TempDir Path dir;
  Path data;

  @BeforeEach
  void samplesWithOneBadRow() throws IOException {
    data = dir.resolve("data");
    Path samples = CliRun.REPO.resolve("samples");
    try (Stream<Path> all = Files.walk(samples)) {
      for (Path p : all.toList()) {
        Path target = data.resolve(samples.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.copy(CliRun.REPO.resolve("examples/invalid/bad-number.csv"), data.resolve("2025H2/BQLKKT-loi-chi-so.csv"));
  }

  @Test
  void reportWritesTheReportAndExits1EvenQuietly() {
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("report", "--period", "2025H2", "--data", data.toString(), "--out-dir", out.toString(),
        "--format", "md,json", "-q");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(out.resolve("bao-cao-sxtdbv-2025H2.md")).isNotEmptyFile();
    assertThat(out.resolve("bao-cao-sxtdbv-2025H2.json")).isNotEmptyFile();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Dữ liệu đầu vào có 1 lỗi; 1 dòng bị loại", "mã thoát 1").doesNotContain("diagnostics");
    CliRun en = CliRun.run("--lang", "en", "report", "--period", "2025H2", "--data", data.toString(), "--format", "json",
        "-o", "-", "-q");
    assertThat(en.exitCode()).isEqualTo(1);
    assertThat(en.out()).startsWith("{");
    assertThat(en.err()).contains("The input data has 1 error(s); 1 row(s) were left out");
  }

  @Test
  void explainAndValidateFollowTheSameRule() {
    CliRun explain = CliRun.run("explain", "--period", "2025H2", "--indicator", "zones-awareness", "--data", data.toString());
    assertThat(explain.exitCode()).isEqualTo(1);
    assertThat(explain.out()).contains("zones-awareness");
    assertThat(CliRun.run("validate", data.toString(), "-q").exitCode()).isEqualTo(1);
  }

  @Test
  void cleanInputExits0() {
    assertThat(CliRun.run("report", "--period", "2025H2", "--format", "json", "-o", "-", "-q").exitCode()).isZero();
    assertThat(CliRun.run("explain", "--period", "2025H2", "--indicator", "zones-awareness").exitCode()).isZero();
    assertThat(CliRun.run("validate", "samples", "-q").exitCode()).isZero();
  }
}
