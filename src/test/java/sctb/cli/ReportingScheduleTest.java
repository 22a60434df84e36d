package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new reporting schedule in plan.yaml: the second half-year due "by 15 January of the following year"
 * (due: ["07-15", "01-15"]) was read as 15/01 of the same year, before the half-year began, and every
 * report of the period was "late by 338 days".
 */
class ReportingScheduleTest {
  @TempDir Path dir;

  private Path plan(String due) throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).replace("due: [\"06-20\", \"12-20\"]", "due: " + due);
    assertThat(plan).contains("due: " + due);
    return Files.writeString(dir.resolve("plan.yaml"), plan);
  }

  @Test
  void aSecondHalfDueInJanuaryIsDueInTheFollowingYear() throws IOException {
    Path plan = plan("[\"07-15\", \"01-15\"]");
    CliRun status = CliRun.run("status", "--plan", plan.toString(), "--data", CliRun.REPO.resolve("samples").toString(),
        "--period", "2025H2");
    assertThat(status.out()).contains("Hạn gửi: 15/01/2026.").containsPattern("\nSCT +chưa đủ +19/12/2025 đúng hạn")
        .doesNotContain("muộn 338 ngày");
    CliRun firstHalf = CliRun.run("status", "--plan", plan.toString(), "--data", CliRun.REPO.resolve("samples").toString(),
        "--period", "2026H1");
    assertThat(firstHalf.out()).contains("Hạn gửi: 15/07/2026.");
  }

  @Test
  void aScheduleWithOneDueDayIsAnError() throws IOException {
    CliRun check = CliRun.run("plan", "--check", "--plan", plan("[\"06-20\"]").toString());
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err()).contains("Danh sách “due” cần ít nhất 2 phần tử.");
  }
}
