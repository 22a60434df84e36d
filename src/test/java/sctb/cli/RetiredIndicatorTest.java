package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An amendment stops tracking eco-packaging from 2026 ({@code retired_from: "2026-01-01"}) while the samples still
 * hold its rows for 2026H1 and 2026H2 (13 a file). Deleting it gave 159 unknown-indicator errors and lost its history.
 */
class RetiredIndicatorTest {
  private static final String NAME =
      "Tỷ lệ siêu thị, trung tâm thương mại sử dụng bao bì thân thiện môi trường thay thế bao bì nhựa dùng một lần";

  @TempDir Path dir;

  private Path amended(String retiredFrom) throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8)
        .replaceFirst("    register_kind: outlet\n", "    register_kind: outlet\n    retired_from: \"" + retiredFrom + "\"\n")
        .replaceFirst("  submissions: samples ", "  submissions: \"" + samples() + "\" "); // the template reads the plan's folder
    // the register beside the plan, as beside the bundled one
    Path registers = Files.createDirectories(dir.resolve("registers"));
    Files.copy(CliRun.REPO.resolve("registers/co-so.csv"), registers.resolve("co-so.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return Files.writeString(dir.resolve("plan.yaml"), plan);
  }

  private static String samples() {
    return CliRun.REPO.resolve("samples").toString();
  }

  @Test
  void oldRowsFromTheRetirementOnDrawOneWarningAFileNotAnErrorARow() throws IOException {
    CliRun run = CliRun.run("validate", "--plan", amended("2026-01-01").toString(), samples());
    assertThat(run.out() + run.err()).doesNotContain("không có trong kế hoạch");
    String all = run.out() + run.err();
    int warnings = all.split("thôi theo dõi từ kỳ 2026H1", -1).length - 1;
    assertThat(warnings).isEqualTo(2); // samples/2026H1/SCT-chi-so.csv and samples/2026H2/SCT-chi-so.csv
    assertThat(all).contains("13 dòng của chỉ tiêu này trong tệp (từ dòng này) không được dùng");
    CliRun before = CliRun.run("validate", "--plan", CliRun.PLAN.toString(), samples());
    // the same rows left out: the retired ones are left aside, not counted as rejected
    assertThat(summary(all)).contains("(trong đó 6 dòng bị loại,");
    assertThat(summary(before.out() + before.err())).contains("(6 dòng bị loại)");
  }

  @Test
  void theRowTotalAddsUpWithTheRetiredIndicatorsRowsAsTheirOwnFigure() throws IOException {
    String plan = amended("2026-01-01").toString();
    CliRun before = CliRun.run("validate", "--plan", CliRun.PLAN.toString(), samples());
    assertThat(summary(before.out() + before.err())).contains(" 1.561 dòng (6 dòng bị loại): ");
    // the files hold as many rows as before: 26 of them (13 in each of SCT's 2026 files) set aside, not dropped from the count
    CliRun vi = CliRun.run("validate", "--plan", plan, samples());
    assertThat(summary(vi.out() + vi.err())).contains(
        " 1.561 dòng (trong đó 6 dòng bị loại, 26 dòng của chỉ tiêu đã thôi theo dõi, để riêng): ");
    CliRun en = CliRun.run("--lang", "en", "validate", "--plan", plan, samples());
    assertThat(en.out() + en.err()).contains(
        "Checked 220 file(s), 1,561 row(s) (of which 6 rejected, and 26 of an indicator no longer tracked, set aside): ");
    CliRun json = CliRun.run("validate", "--plan", plan, samples(), "--format", "json");
    assertThat(json.out().replaceAll("\\s+", "")).contains("\"rows\":{\"total\":1561,\"rejected\":6,\"retired\":26}");
  }

  /** The file table of feedback and status counts every row of the file too: 53 used and 13 set aside are SCT's 66. */
  @Test
  void theCollectionsFileRowsAddUpWithTheRetiredIndicatorsRows() throws IOException {
    String plan = amended("2026-01-01").toString();
    java.util.Map<String, String> today = java.util.Map.of("SCTB_TODAY", "2026-11-25");
    CliRun feedback = CliRun.runWithEnv(today, "feedback", "--plan", plan, "--data", samples(), "--period", "2026H2",
        "--agency", "SCT", "--format", "md", "-o", "-", "-q");
    assertThat(feedback.out()).contains("| SCT-chi-so.csv | không ghi | 66 | 0 | 0 | 1 |");
    CliRun status = CliRun.runWithEnv(today, "status", "--plan", plan, "--data", samples(), "--period", "2026H2",
        "--format", "json");
    assertThat(status.out().replaceAll("\\s+", "")).contains("SCT-chi-so.csv\","
        + "\"agency\":\"SCT\",\"rows\":66,\"task_rows\":0,\"indicator_rows\":53,\"other_period_rows\":0,"
        + "\"rejected_rows\":0,\"retired_rows\":13,");
  }

  private static String summary(String text) {
    return text.substring(text.lastIndexOf("Đã kiểm tra"));
  }

  @Test
  void reportsBeforeTheRetirementAreUnchangedAndLaterOnesNameItUnjudged() throws IOException {
    Path plan = amended("2026-01-01");
    for (String format : new String[] {"md", "json"}) {
      CliRun amendedReport = CliRun.run("report", "--plan", plan.toString(), "--data", samples(), "--period", "2025H2",
          "--format", format, "-o", "-", "-q");
      CliRun original = CliRun.run("report", "--plan", CliRun.PLAN.toString(), "--data", samples(), "--period", "2025H2",
          "--format", format, "-o", "-", "-q");
      assertThat(amendedReport.out()).isEqualTo(original.out());
    }
    CliRun later = CliRun.run("report", "--plan", plan.toString(), "--data", samples(), "--period", "2026H1",
        "--format", "md", "-o", "-", "-q");
    assertThat(later.out())
        .contains("Chỉ tiêu “" + NAME + "” thôi theo dõi từ kỳ 6 tháng đầu năm 2026 (Kế hoạch sửa đổi, từ ngày 01/01/2026)")
        .doesNotContain("| " + NAME + " |") // not in the table of verdicts
        .contains("4/5 chỉ tiêu đạt"); // the headline counts five indicators, not six
    CliRun json = CliRun.run("report", "--plan", plan.toString(), "--data", samples(), "--period", "2026H1",
        "--format", "json", "-o", "-", "-q");
    assertThat(json.out().replaceAll("\\s+", "")).contains("\"retired\":[{\"id\":\"eco-packaging\",\"from\":\"2026H1\",\"retired_from\":\"2026-01-01\"}]")
        .doesNotContain("\"id\":\"eco-packaging\",\"kind\"");
  }

  @Test
  void explainSaysItIsRetiredAndWhichPeriodHasItsLastFigure() throws IOException {
    CliRun run = CliRun.run("explain", "--plan", amended("2026-01-01").toString(), "--data", samples(), "--indicator",
        "eco-packaging", "--period", "2026H1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Chỉ tiêu eco-packaging thôi theo dõi từ kỳ 2026H1")
        .contains("sctb explain --indicator eco-packaging --period 2025H2").doesNotContain("Không có chỉ tiêu");
  }

  @Test
  void theCollectionLoopNoLongerAsksForIt() throws IOException {
    Path plan = amended("2026-01-01");
    CliRun template = CliRun.run("template", "--plan", plan.toString(), "--agency", "SCT",
        "--period", "2026H1", "--kind", "indicators", "-o", "-");
    assertThat(template.exitCode()).as(template.err()).isZero();
    assertThat(template.out()).doesNotContain("Tỷ lệ siêu thị").contains("Mức giảm tiêu hao");
    CliRun status = CliRun.run("status", "--plan", plan.toString(), "--data", samples(), "--period", "2026H1",
        "--format", "csv", "-o", "-");
    CliRun before = CliRun.run("status", "--plan", CliRun.PLAN.toString(), "--data", samples(), "--period", "2026H1",
        "--format", "csv", "-o", "-");
    // One row owed besides in both: the output of task IV.2, which the plan asks of the SCT and the samples never report.
    assertThat(status.out()).contains("SCT,Sở Công Thương,chưa đủ,14/06/2026,đúng hạn,2,28,28,,52,53,");
    assertThat(before.out()).contains("SCT,Sở Công Thương,chưa đủ,14/06/2026,đúng hạn,2,28,28,,65,66,");
  }

  /**
   * The SCT sends 2026H1 without the retired indicator's 13 rows: under the amended plan it owes none of them (only
   * task IV.2's output, which the samples never report), under the old one all 13.
   */
  @Test
  void anAgencyThatStopsSendingItIsNotChased() throws IOException {
    Path data = Amendments.allSamples(dir.resolve("data"));
    Path sct = data.resolve("2026H1/SCT-chi-so.csv");
    Files.write(sct, Files.readAllLines(sct, StandardCharsets.UTF_8).stream().filter(l -> !l.contains("eco-packaging")).toList(),
        StandardCharsets.UTF_8);
    Path plan = amended("2026-01-01");
    for (Path p : new Path[] {CliRun.PLAN, plan}) {
      boolean retired = p.equals(plan);
      CliRun status = CliRun.run("status", "--plan", p.toString(), "--data", data.toString(), "--period", "2026H1",
          "--format", "csv", "-o", "-");
      assertThat(status.out()).contains(retired ? "SCT,Sở Công Thương,chưa đủ,14/06/2026,đúng hạn,2,28,28,,52,53,"
          : "SCT,Sở Công Thương,chưa đủ,14/06/2026,đúng hạn,2,28,28,,52,66,");
      CliRun feedback = CliRun.run("feedback", "--plan", p.toString(), "--data", data.toString(), "--period", "2026H1",
          "--agency", "SCT", "--format", "md", "-o", "-");
      assertThat(feedback.out().contains("Tỷ lệ siêu thị")).isEqualTo(!retired);
    }
  }

  @Test
  void theSiteKeepsItsHistoryUpToTheRetirement() throws IOException {
    Path out = dir.resolve("site");
    CliRun site = CliRun.run("site", "--plan", amended("2026-01-01").toString(), "--data", samples(), "--out-dir", out.toString(), "-q");
    assertThat(site.exitCode()).as(site.err()).isIn(0, 1);
    String page = Files.readString(out.resolve("chi-tieu/eco-packaging.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("Thôi theo dõi từ kỳ 6 tháng đầu năm 2026 (Kế hoạch sửa đổi, từ ngày 01/01/2026)")
        .contains(">2025H2<").doesNotContain(">2026H1<");
    assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
        .contains("<a href=\"chi-tieu/eco-packaging.html\">Chỉ tiêu “" + NAME + "” thôi theo dõi từ kỳ 6 tháng đầu năm 2026");
  }

  @Test
  void planCheckRejectsARetirementOutsideThePlanAndWarnsOfOneBeforeTheFirstTarget() throws IOException {
    CliRun late = CliRun.run("plan", "--check", "--plan", amended("2031-01-01").toString());
    assertThat(late.exitCode()).isEqualTo(1);
    assertThat(late.err()).contains("chỉ tiêu eco-packaging: ngày thôi theo dõi 2031-01-01 (từ kỳ 2031H1) phải sau kỳ báo cáo đầu tiên");
    CliRun early = CliRun.run("plan", "--check", "--plan", amended("2023-03-01").toString());
    assertThat(early.exitCode()).as("a warning: an amendment may drop an indicator before its first target").isZero();
    assertThat(early.err()).contains("thôi theo dõi từ kỳ 2023H1 (ngày 2023-03-01), trước năm mục tiêu đầu tiên 2025");
    CliRun fine = CliRun.run("plan", "--check", "--plan", amended("2026-01-01").toString());
    assertThat(fine.exitCode()).as(fine.err()).isZero();
    CliRun overview = CliRun.run("plan", "--plan", amended("2026-01-01").toString());
    assertThat(overview.out()).contains("  thôi theo dõi từ kỳ 2026H1 (Kế hoạch sửa đổi, từ ngày 01/01/2026)");
  }
}
