package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cumulative figure that falls (docs/methodology.md §2.2): the count of models reported as 3 for 2024H1
 * and 1 for 2025H2 (the clerk wrote the new ones only), the zones reached (aggregate row) 24/45 then
 * 10/45. The report takes the latest figures, but says beside each which row fell from what, and
 * validate warns at the later row; one supermarket's yes turning no is a change of state, not a fall.
 */
class CumulativeFallTest {
  static final String FALLING = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2024H1,SCT,spc-models,,,3,,,
      2024H1,SCT,zones-awareness,,,24,45,,
      2024H1,SCT,eco-packaging,,Siêu thị Một,1,1,,
      2025H2,SCT,spc-models,,,1,,,
      2025H2,SCT,zones-awareness,,,10,45,,
      2025H2,SCT,eco-packaging,,Siêu thị Một,0,1,,
      """;

  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = VerdictReportTest.indicatorData(dir, "falling", FALLING);
  }

  @Test
  void theReportSaysBesideTheFigureWhichRowFellAndWhatToCheck() {
    String md = VerdictReportTest.report(data, "2025H2", "md", "vi");
    String file = "falling/SCT-chi-so.csv";
    assertThat(md).contains("Số liệu lũy kế giảm, cần xác minh: dòng tổng hợp của Sở Công Thương: 3 mô hình kỳ 2024H1 ("
            + file + ":2) → 1 mô hình kỳ 2025H2 (" + file + ":5). Kết quả trên tính theo số mới nhất")
        .contains("dòng tổng hợp của Sở Công Thương: 24/45 kỳ 2024H1 (" + file + ":3) → 10/45 kỳ 2025H2")
        .contains("hay kỳ này chỉ ghi số mới trong kỳ thay cho số lũy kế.")
        .doesNotContain("“Siêu thị Một” (Sở Công Thương): 1/1");
    String en = VerdictReportTest.report(data, "2025H2", "md", "en");
    assertThat(en).contains("A cumulative figure fell, to be checked: the aggregate row of Department of Industry and Trade: "
        + "3 models in 2024H1");
    String html = VerdictReportTest.report(data, "2025H2", "html", "vi");
    assertThat(html).contains("Số liệu lũy kế giảm, cần xác minh");
  }

  @Test
  void theJsonAndExplainNameBothRows() throws Exception {
    JsonNode json = new ObjectMapper().readTree(VerdictReportTest.report(data, "2025H2", "json", "vi"));
    JsonNode models = null;
    for (JsonNode i : json.get("indicators")) {
      if (i.get("id").asText().equals("spc-models")) {
        models = i;
      }
      if (i.get("id").asText().equals("eco-packaging")) {
        assertThat(i.get("falls")).as("one supermarket's yes turning no is a change of state").isEmpty();
      }
    }
    assertThat(models.get("falls")).hasSize(1);
    assertThat(models.at("/falls/0/earlier/numerator").asInt()).isEqualTo(3);
    assertThat(models.at("/falls/0/later/period").asText()).isEqualTo("2025H2");
    CliRun explain = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", data.toString(), "--period", "2025H2",
        "--indicator", "spc-models");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).contains("Số liệu lũy kế giảm so với một kỳ trước (1), cần xác minh:")
        .contains("SCT (dòng tổng hợp): 3 kỳ 2024H1");
  }

  @Test
  void validateWarnsAtTheLaterRowWithBothFiguresAndPeriods() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "validate", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("dòng 5, cột “numerator”: cảnh báo: Dòng tổng hợp của Sở Công Thương (chỉ tiêu “Số mô hình "
            + "sản xuất và tiêu dùng bền vững được xây dựng, triển khai thành công”) giảm từ 3 kỳ 2024H1 (dòng 2 tệp")
        .contains("dòng 6, cột “numerator”: cảnh báo: Dòng tổng hợp của Sở Công Thương (chỉ tiêu “Tỷ lệ khu kinh tế")
        .contains("có tử số giảm từ 24/45 kỳ 2024H1")
        .doesNotContain("dòng 7, cột “numerator”");
    CliRun en = CliRun.runWithEnv(ReportCommandTest.ENV, "validate", data.toString(), "--lang", "en");
    assertThat(en.out()).contains("fell from 3 in 2024H1 (line 2 of");
  }

  @Test
  void aSuccessorsTotalContinuesItsPredecessors(@TempDir Path dir) throws Exception {
    Path merged = VerdictReportTest.indicatorData(dir, "merged", """
        period,agency,indicator,sector,entity,numerator,denominator,unit,note
        2024H1,SNNPTNT,spc-models,,,3,,,
        2025H2,SNNMT,spc-models,,,1,,,
        """);
    assertThat(VerdictReportTest.report(merged, "2025H2", "md", "vi"))
        .contains("dòng tổng hợp của Sở Nông nghiệp và Môi trường: 3 mô hình kỳ 2024H1");
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "validate", merged.toString());
    assertThat(run.out()).contains("giảm từ 3 kỳ 2024H1 (dòng 2 tệp");
  }
}
