package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a report says about who is counted and what changed, in every format, on a workspace built for
 * it: a register of four supermarkets, one closed at the end of 2023; a correction filed in 2024 of a
 * 2023H2 row the 2023H2 report had published; an agency that reports two of its three tasks, one late.
 */
class WhatChangedReportTest {
  static final String REGISTER = """
      entity_id,kind,name,closed_on
      S-1,outlet,Siêu thị An Phú,
      S-2,outlet,Siêu thị Bình Minh,
      S-3,outlet,Siêu thị Cẩm Tú,
      S-4,outlet,Siêu thị Đông Hải,31/12/2023
      """;

  /** 2023H2: 2 of 4 use eco-packaging (published 50%); 2024H1: An Phú and Bình Minh of the 3 still open. */
  static final String OUTLETS_2023H2 = """
      period,agency,indicator,entity_id,entity,numerator,denominator,submitted_on
      2023H2,SCT,eco-packaging,S-1,Siêu thị An Phú,1,1,2023-12-15
      2023H2,SCT,eco-packaging,S-2,Siêu thị Bình Minh,0,1,2023-12-15
      2023H2,SCT,eco-packaging,S-3,Siêu thị Cẩm Tú,0,1,2023-12-15
      2023H2,SCT,eco-packaging,S-4,Siêu thị Đông Hải,1,1,2023-12-15
      """;

  /** Filed on 01/02/2024, after the 2023H2 report was due: Bình Minh did use it in 2023H2 (75%, not 50%). */
  static final String CORRECTION = """
      period,agency,indicator,entity_id,entity,numerator,denominator,note,submitted_on
      2023H2,SCT,eco-packaging,S-2,Siêu thị Bình Minh,1,1,Điều chỉnh: nhập sai,2024-02-01
      """;

  static final String OUTLETS_2024H1 = """
      period,agency,indicator,entity_id,entity,numerator,denominator,submitted_on
      2024H1,SCT,eco-packaging,S-1,Siêu thị An Phú,1,1,2024-06-10
      2024H1,SCT,eco-packaging,S-2,Siêu thị Bình Minh,1,1,2024-06-10
      2024H1,SCT,eco-packaging,S-3,Siêu thị Cẩm Tú,0,1,2024-06-10
      """;

  /** SVHTTDL carries I.5, VI.4 and IX.1: in 2024H1 it reports I.5 on time and VI.4 late, not IX.1. */
  static final String TASKS = """
      period,agency,task,status,progress,submitted_on
      2023H2,SVHTTDL,I.5,in-progress,40,2023-12-10
      2023H2,SVHTTDL,VI.4,delayed,20,2023-12-10
      2024H1,SVHTTDL,I.5,in-progress,50,2024-06-15
      2024H1,SVHTTDL,VI.4,in-progress,30,2024-06-25
      """;

  static Path plan;
  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    plan = dir.resolve("plan.yaml");
    Files.copy(CliRun.PLAN, plan);
    Files.writeString(Files.createDirectories(dir.resolve("registers")).resolve("co-so.csv"), REGISTER);
    data = dir.resolve("data");
    Files.writeString(Files.createDirectories(data.resolve("2023H2")).resolve("SCT-chi-so.csv"), OUTLETS_2023H2);
    Path now = Files.createDirectories(data.resolve("2024H1"));
    Files.writeString(now.resolve("SCT-chi-so.csv"), OUTLETS_2024H1);
    Files.writeString(now.resolve("SCT-chi-so-dieu-chinh-2023H2.csv"), CORRECTION);
    Files.writeString(now.resolve("SVHTTDL-nhiem-vu.csv"), TASKS);
  }

  static String report(String format, String lang) {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--plan", plan.toString(), "--data", data.toString(),
        "--period", "2024H1", "--format", format, "--lang", lang, "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void tableOneComparesWithThePreviousReportAndFlagsAFigureCorrectedSinceItWasPublished() {
    String md = report("md", "vi");
    // 2023H2 with today's data: 3/4 = 75%; 2024H1: 2/3 = 66,7%; the 2023H2 report published 2/4 = 50%
    assertThat(md).contains("| So với kỳ trước (2023H2) |")
        .contains("75,0% → 66,7% (-8,3 điểm %")
        .contains("số liệu kỳ trước đã được điều chỉnh (đã công bố: 50,0%)");
    assertThat(report("md", "en")).contains("75.0% → 66.7% (-8.3 points")
        .contains("the previous report's figure has been corrected (published: 50.0%)");
  }

  @Test
  void aShareSaysWhoItLeftOutAndChecksItsPopulationAgainstTheRegister() {
    assertThat(report("md", "vi")).contains("Không tính vào kết quả: 1 đối tượng đã dừng hoạt động theo sổ đăng ký (Siêu thị Đông Hải).")
        .contains("Số đối tượng theo sổ đăng ký: 3, khớp với tổng số các đơn vị báo cáo.");
    assertThat(report("md", "en")).contains("Not counted: 1 closed according to the register (Siêu thị Đông Hải).");
  }

  @Test
  void theReportingSectionTellsTasksReportedOfAssignedAndEachAgencysGaps() {
    String md = report("md", "vi");
    assertThat(md).contains("Đã nhận báo cáo 2/59 nhiệm vụ được giao (3%)")
        .contains("trong đó 0 đơn vị gửi đủ, 1 đơn vị gửi chưa đầy đủ (Sở Văn hóa, Thể thao và Du lịch)")
        .contains("| Sở Văn hóa, Thể thao và Du lịch | 15/06/2024 | 2/3 | 1 | 1 | 0 | IX.1 | — | Đúng hạn, chưa đầy đủ |")
        .contains("| Sở Công Thương | — | 0/28 | 0 | 0 | 0 |");
    String html = report("html", "vi");
    assertThat(html).contains("<span class=\"partial\">Đúng hạn, chưa đầy đủ</span>");
  }

  @Test
  void tasksShowHowTheyMovedSinceThePreviousReport() {
    String md = report("md", "vi");
    assertThat(md).contains("So với kỳ trước (6 tháng cuối năm 2023), 1 nhiệm vụ thay đổi trạng thái: VI.4.")
        .contains("| Đang triển khai | 30% | Chậm tiến độ → đang triển khai |")
        .contains("| Đang triển khai | 50% | tiến độ 40% → 50% |")
        .contains("| IX.1 | ");
  }

  @Test
  void theCorrectionIsListedWithBothRowsItsValuesAndThePublishedFigureItChanges() {
    String md = report("md", "vi");
    assertThat(md).contains("### Số liệu được điều chỉnh")
        .contains("| 2023H2 | Sở Công Thương | Tỷ lệ siêu thị, trung tâm thương mại sử dụng bao bì thân thiện môi trường thay thế "
            + "bao bì nhựa dùng một lần — Siêu thị Bình Minh | tử số: 0 → 1 | data/2023H2/SCT-chi-so.csv:3 (gửi 15/12/2023) → "
            + "data/2024H1/SCT-chi-so-dieu-chinh-2023H2.csv:2 (gửi 01/02/2024; tệp điều chỉnh) | kết quả kỳ 2023H2 đã công bố 50,0%, "
            + "nay 75,0% |");
  }

  @Test
  void wordAndPdfSayTheSame(@TempDir Path out) throws Exception {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--plan", plan.toString(), "--data", data.toString(),
        "--period", "2024H1", "--format", "docx,pdf", "--out-dir", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String docx = ReportOfficeCommandTest.wordText(new String(ReportOfficeCommandTest.unzip(
        Files.readAllBytes(out.resolve("bao-cao-sxtdbv-2024H1.docx"))).get("word/document.xml"), StandardCharsets.UTF_8));
    assertThat(docx).contains("Đúng hạn, chưa đầy đủ", "số liệu kỳ trước đã được điều chỉnh (đã công bố: 50,0%)",
        "Không tính vào kết quả: 1 đối tượng đã dừng hoạt động", "tử số: 0 → 1", "Chậm tiến độ → đang triển khai");
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-sxtdbv-2024H1.pdf")))) {
      String text = ReportOfficeCommandTest.flat(new PDFTextStripper().getText(pdf));
      assertThat(text).contains("Đã nhận báo cáo 2/59 nhiệm vụ được giao", "Số liệu được điều chỉnh", "Chậm tiến độ → đang triển khai",
          "Siêu thị Đông Hải");
    }
  }

  @Test
  void jsonCarriesTheChangeTheCorrectionAndEachAgencysCompleteness() throws Exception {
    JsonNode r = new ObjectMapper().readTree(report("json", "vi"));
    JsonNode eco = ReportCommandTest.find(r.get("indicators"), "id", "eco-packaging");
    assertThat(eco.get("change").get("previous_value").decimalValue()).isEqualByComparingTo("75");
    assertThat(eco.get("change").get("published_value").decimalValue()).isEqualByComparingTo("50");
    assertThat(eco.get("change").get("restated").asBoolean()).isTrue();
    assertThat(eco.get("left_out").get(0).get("reason").asText()).isEqualTo("closed");
    assertThat(eco.get("population").get("registered").asInt()).isEqualTo(3);
    assertThat(r.get("previous_report").get("period").asText()).isEqualTo("2023H2");
    JsonNode correction = r.get("corrections").get(0);
    assertThat(correction.get("since_previous_report").asBoolean()).isTrue();
    assertThat(correction.get("older").get("numerator").asInt()).isZero();
    assertThat(correction.get("newer").get("numerator").asInt()).isEqualTo(1);
    JsonNode svh = ReportCommandTest.find(r.get("reporting").get("agencies"), "id", "SVHTTDL");
    assertThat(svh.get("missing").toString()).isEqualTo("[\"IX.1\"]");
    assertThat(svh.get("tasks_late").asInt()).isEqualTo(1);
    assertThat(svh.get("partial").asBoolean()).isTrue();
    assertThat(r.get("reporting").get("counts").get("tasks_reported").asInt()).isEqualTo(2);
    JsonNode vi4 = ReportCommandTest.find(r.get("tasks"), "id", "VI.4");
    assertThat(vi4.get("change").get("previous_status").asText()).isEqualTo("delayed");
    assertThat(vi4.get("change").get("changed").asBoolean()).isTrue();
  }

  @Test
  void explainListsTheCorrectionTheEntityLeftOutAndThePublishedFigure() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--plan", plan.toString(), "--data", data.toString(),
        "--period", "2024H1", "--indicator", "eco-packaging");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Không tính vào con số (1):", "Siêu thị Đông Hải — đã dừng hoạt động trước kỳ báo cáo (sổ đăng ký)")
        .contains("Sổ đăng ký có 3 siêu thị, trung tâm thương mại hoạt động trong kỳ")
        .contains("Số liệu kỳ trước đã được điều chỉnh: báo cáo kỳ trước đã công bố 50;")
        .contains("kỳ 2023H2, SCT, eco-packaging / Siêu thị Bình Minh: data/2023H2/SCT-chi-so.csv:3 (gửi 15/12/2023: 0 / 1) → "
            + "data/2024H1/SCT-chi-so-dieu-chinh-2023H2.csv:2 (gửi 01/02/2024: 1 / 1) (tệp điều chỉnh)");
  }
}
