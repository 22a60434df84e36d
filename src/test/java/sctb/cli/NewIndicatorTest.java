package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An amendment adds an indicator for 2026 - 2030. The SCT's indicator template repeated only the rows of its
 * last report, so the new indicator was asked of nobody; reports of earlier periods must say "no data", not 0.
 */
class NewIndicatorTest {
  private static final String NAME = Amendments.GREEN_NAME;

  @TempDir Path dir;

  private Path planWithNewIndicator() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).stripTrailing() + "\n" + Amendments.GREEN_PROCUREMENT;
    return Files.writeString(dir.resolve("plan.yaml"), plan);
  }

  @Test
  void theReportingRecipientIsAskedForTheNewIndicatorBesideWhatItReportedBefore() throws IOException {
    Path plan = planWithNewIndicator();
    Path lastReport = Files.createDirectories(dir.resolve("samples/2026H1")); // the plan's workspace.submissions
    Files.copy(CliRun.REPO.resolve("samples/2026H1/SCT-chi-so.csv"), lastReport.resolve("SCT-chi-so.csv"));
    CliRun template = CliRun.run("template", "--plan", plan.toString(), "--agency", "SCT", "--period", "2026H2",
        "--kind", "indicators", "-o", "-");
    assertThat(template.exitCode()).as(template.err()).isZero();
    assertThat(template.out()).contains("\n2026H2,SCT," + NAME + ",,,,,,,,")
        .contains("\n2026H2,SCT,Mức giảm tiêu hao nguyên nhiên vật liệu trên đơn vị sản phẩm,Xi măng,");
  }

  @Test
  void aReportBeforeAnyDataSaysNoDataNotZero() throws IOException {
    CliRun report = CliRun.run("report", "--plan", planWithNewIndicator().toString(), "--data",
        CliRun.REPO.resolve("samples").toString(), "--period", "2026H1", "--format", "md", "-o", "-", "-q");
    assertThat(report.out()).contains("| " + NAME + " | — | — | 50% (2030) | ○ Chưa có số liệu |");
  }
}
