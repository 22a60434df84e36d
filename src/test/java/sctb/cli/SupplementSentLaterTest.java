package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency that sends its report in two goes (two tasks on 16/11, a supplement with the other two on 30/11): the
 * feedback lists its files in the order they came — the supplement, whose name sorts first, after the first report —
 * and the report counts as received on the first day, complete.
 */
class SupplementSentLaterTest {
  @TempDir Path dir;

  @Test
  void theFilesAreListedInTheOrderTheyCame() throws Exception {
    Path data = Amendments.samplesOf(dir.resolve("data"), "2026H1", "2026H2");
    Path first = data.resolve("2026H2/STC-nhiem-vu.csv");
    List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
    Files.write(first, lines.subList(0, 3), StandardCharsets.UTF_8);
    List<String> later = new java.util.ArrayList<>(List.of(lines.get(0)));
    lines.subList(3, 5).forEach(l -> later.add(l.replace("16/11/2026", "30/11/2026")));
    Files.write(data.resolve("2026H2/STC-nhiem-vu-bo-sung.csv"), later, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "feedback", "--period", "2026H2", "--data",
        data.toString(), "--agency", "STC", "--format", "md", "-o", "-", "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("# XÁC NHẬN ĐÃ NHẬN BÁO CÁO", "(gửi ngày 16/11/2026)",
        "| STC-nhiem-vu.csv | 16/11/2026 | 2 | 0 | 0 | 0 |\n| STC-nhiem-vu-bo-sung.csv | 30/11/2026 | 2 | 0 | 0 | 0 |");
  }
}
