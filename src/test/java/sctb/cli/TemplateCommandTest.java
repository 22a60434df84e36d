package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb template}: the file an agency fills in, and that it validates once filled in. */
class TemplateCommandTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");
  /** The headers a clerk reads: Vietnamese, as the workbook's (each one reads back as its column). */
  private static final String TASK_HEADER = "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Tên nhiệm vụ,Trạng thái,Tiến độ (%),Kết quả,\"Khó khăn, vướng mắc\",\"Kiến nghị, đề xuất\",Kinh phí (đồng),Ngày báo cáo";

  @Test
  void successorGetsThePredecessorsTasks() {
    CliRun run = CliRun.run("template", "--agency", "Sở Tài chính", "--period", "2025H2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(TASK_HEADER);
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[2]).contains("I.2", "I.3", "VIII.3");
    assertThat(lines).allMatch(l -> l.equals(lines.get(0)) || l.startsWith("2025H2,STC,"));
    CliRun before = CliRun.run("template", "--agency", "STC", "--period", "6 tháng đầu năm 2024");
    assertThat(before.out()).doesNotContain(",I.3,").contains("2024H1,STC,I.2,");
  }

  @Test
  void excelTemplateRoundTripsThroughValidate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SNNMT.csv");
    CliRun run = CliRun.run("template", "--agency", "SNNMT", "--period", "2025H2", "--excel", "-o", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Tên nhiệm vụ;Trạng thái;Tiến độ (%);Kết quả;Khó khăn, vướng mắc;")
        .contains("\r\n").contains(";II.2;");
    Files.writeString(file, "\uFEFF" + text.replace(";;;;;;;\r\n", ";Đang triển khai;50;Đã làm; có dấu chấm phẩy;;;1.500.000;20/12/2025\r\n"
        .replace("; có", ", có")), StandardCharsets.UTF_8);
    CliRun check = CliRun.runWithEnv(TODAY, "validate", "--strict", "--period", "2025H2", file.toString());
    assertThat(check.exitCode()).as(check.out()).isZero();
    assertThat(check.out()).contains("0 lỗi, 0 cảnh báo");
  }

  @Test
  void plainTemplateRoundTrips(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.run("template", "--agency", "SCT", "--period", "2026H1");
    String filled = run.out().replace(",,,,,,,\n", ",hoàn thành,100,,,,,\n");
    Path file = dir.resolve("SCT.csv");
    Files.writeString(file, filled, StandardCharsets.UTF_8);
    CliRun check = CliRun.runWithEnv(TODAY, "validate", "--strict", file.toString());
    assertThat(check.exitCode()).as(check.out()).isZero();
    assertThat(check.out()).contains(" " + (filled.lines().count() - 1) + " dòng (0 dòng bị loại)");
  }

  @Test
  void indicatorTemplateFollowsWhatTheAgencyReportedBefore() {
    CliRun run = CliRun.run("template", "--agency", "SCT", "--period", "2026H1", "--kind", "indicators");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String reduction = "Mức giảm tiêu hao nguyên nhiên vật liệu trên đơn vị sản phẩm";
    assertThat(run.out()).startsWith("Kỳ báo cáo,Đơn vị,Chỉ tiêu,Ngành,Mã cơ sở,Cơ sở,Tử số,Mẫu số,Đơn vị tính,Ghi chú,Ngày báo cáo\n")
        .contains("2026H1,SCT," + reduction + ",Xi măng,")
        .contains("2026H1,SCT,\"Tỷ lệ siêu thị, trung tâm thương mại sử dụng bao bì thân thiện môi trường thay thế bao bì nhựa")
        .doesNotContain("consumption-reduction").doesNotContain("eco-packaging").doesNotContain(",cement,");
    CliRun first = CliRun.run("template", "--agency", "SCT", "--period", "2021H1", "--kind", "indicators");
    assertThat(first.out()).contains("2021H1,SCT," + reduction + ",Dệt may,,,,,")
        .contains("2021H1,SCT,\"Số mô hình sản xuất và tiêu dùng bền vững được xây dựng, triển khai thành công\",")
        .doesNotContain("Da giày").doesNotContain("textile").doesNotContain("spc-models");
  }

  @Test
  void indicatorTemplateFilledInReadsBackAsThePlansIds(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.run("template", "--agency", "SCT", "--period", "2021H1", "--kind", "indicators", "--excel");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // Every row gets figures a clerk would type: numerator 1, denominator 1 (a share of 1/1, an output of 1).
    String filled = run.out().lines().map(l -> l.startsWith("2021H1;") ? l.replaceFirst(";;;([^;]*);;$", ";1;1;$1;;") : l)
        .reduce("", (a, l) -> a + l + "\r\n");
    Path file = dir.resolve("SCT-chi-so.csv");
    Files.writeString(file, filled, StandardCharsets.UTF_8);
    CliRun check = CliRun.runWithEnv(TODAY, "validate", "--strict", "--format", "json", file.toString());
    assertThat(check.exitCode()).as(check.out()).isZero();
    assertThat(check.out()).contains("\"errors\" : 0", "\"warnings\" : 0");
  }

  @Test
  void unknownAgencyIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.run("template", "--agency", "SCTT", "--period", "2025H2");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("SCTT").contains("SCT");
  }

  @Test
  void dashAsOutputMeansStandardOutputNotAFileNamedDash() throws Exception {
    Path dash = CliRun.REPO.resolve("-");
    try {
      CliRun run = CliRun.run("template", "--agency", "So Tai Chinh", "--period", "6 tháng cuối năm 2025", "-o", "-");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).startsWith("Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,").contains("2025H2,STC,I.3,");
      assertThat(dash).doesNotExist();
      CliRun xlsx = CliRun.run("template", "--agency", "STC", "--period", "2025H2", "--format", "xlsx", "-o", "-");
      assertThat(xlsx.exitCode()).isEqualTo(2);
      assertThat(dash).doesNotExist();
    } finally {
      Files.deleteIfExists(dash);
    }
  }

  @Test
  void aSupersededAgencyWithNoTasksLeftIsToldWhoReportsNow() {
    CliRun run = CliRun.run("--lang", "en", "template", "--agency", "Sở Kế hoạch và Đầu tư", "--period", "2025-H2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().count()).isEqualTo(1);
    assertThat(run.err()).contains("SKHDT").contains("STC").contains("01/03/2025").contains("--agency STC");
    CliRun before = CliRun.run("--lang", "en", "template", "--agency", "SKHDT", "--period", "2024H2");
    assertThat(before.err()).doesNotContain("--agency STC");
  }
}
