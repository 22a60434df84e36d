package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An amendment moves task VIII.2 from the Department of Finance (which carries on) to the SCT from 01/7/2026.
 * Written as docs/plan-format.md says (successor: null, successor_from, successor_by_task), plan --check
 * accepted it and every command ignored it; editing the task's lead instead rewrote the periods before the move.
 */
class TaskTransferTest {
  @TempDir Path dir;

  private Path planMovingVIII2() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).replace("""
          - "DOF"
        successor: null
        successor_from: null
        successor_by_task: {}
    """, """
          - "DOF"
        successor: null
        successor_from: "2026-07-01"
        successor_by_task: {"VIII.2": SCT}
    """);
    assertThat(plan).contains("successor_by_task: {\"VIII.2\": SCT}");
    return Files.writeString(dir.resolve("plan.yaml"), plan);
  }

  @Test
  void theTaskIsChasedFromTheNewLeadFromTheTransferOnAndTheOldLeadKeepsTheRest() throws IOException {
    Path plan = planMovingVIII2();
    assertThat(CliRun.run("plan", "--check", "--plan", plan.toString()).exitCode()).isZero();

    String sctAfter = CliRun.run("template", "--plan", plan.toString(), "--agency", "SCT", "--period", "2026H2", "-o", "-").out();
    String stcAfter = CliRun.run("template", "--plan", plan.toString(), "--agency", "STC", "--period", "2026H2", "-o", "-").out();
    String stcBefore = CliRun.run("template", "--plan", plan.toString(), "--agency", "STC", "--period", "2026H1", "-o", "-").out();
    assertThat(sctAfter).contains("\n2026H2,SCT,VIII.2,");
    assertThat(stcAfter).doesNotContain("VIII.2").contains("\n2026H2,STC,VIII.3,");
    assertThat(stcBefore).contains("\n2026H1,STC,VIII.2,");

    CliRun overview = CliRun.run("plan", "--plan", plan.toString());
    assertThat(overview.out()).contains("KẾ THỪA VÀ CHUYỂN GIAO NHIỆM VỤ").containsPattern("STC +→ — +01/07/2026, VIII.2 → SCT");
  }

  @Test
  void aReportBeforeTheTransferStillReadsTheOldLeadsStatus() throws IOException {
    Path plan = planMovingVIII2();
    CliRun report = CliRun.run("report", "--plan", plan.toString(), "--data", CliRun.REPO.resolve("samples").toString(),
        "--period", "2024H1", "--format", "md", "-o", "-", "-q");
    assertThat(report.out()).contains("| VIII.2 | Mua sắm công xanh từ nguồn kinh phí sự nghiệp | Sở Tài chính | Thực hiện thường xuyên |")
        .doesNotContain("nhiệm vụ VIII.2 (đơn vị chủ trì: Sở Công Thương)");
  }

  @Test
  void aTransferToAnUnknownAgencyOrToItselfIsAnError() throws IOException {
    String plan = Files.readString(planMovingVIII2(), StandardCharsets.UTF_8);
    Path unknown = Files.writeString(dir.resolve("unknown.yaml"), plan.replace("{\"VIII.2\": SCT}", "{\"VIII.2\": SCTT}"));
    Path itself = Files.writeString(dir.resolve("itself.yaml"), plan.replace("{\"VIII.2\": SCT}", "{\"VIII.2\": STC}"));
    CliRun u = CliRun.run("plan", "--check", "--plan", unknown.toString());
    CliRun i = CliRun.run("plan", "--check", "--plan", itself.toString());
    assertThat(u.exitCode()).isEqualTo(1);
    assertThat(u.err()).contains("cơ quan “SCTT” ở trường successor_by_task chưa được khai báo").contains("Có phải là “SCT”?");
    assertThat(i.exitCode()).isEqualTo(1);
    assertThat(i.err()).contains("chuỗi kế thừa không hợp lệ");
  }
}
