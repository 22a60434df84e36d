package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share whose rows are all about entities the register says had closed: agencies did report, but
 * nothing is left to count. The report said "chưa có đơn vị nào báo cáo số liệu" (nobody reported),
 * which a leader would take up with the agencies; it now gives the true reason, in explain and in English too.
 */
class AllClosedShareTest {
  /** TTTM Nam Thành closed on 28/02/2022 (registers/co-so.csv): its 2022H1 row is its last. */
  static final String CLOSED_ONLY = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2022H1,SCT,eco-packaging,,TTTM Nam Thành,1,1,,
      """;

  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = VerdictReportTest.indicatorData(dir, "closed", CLOSED_ONLY);
  }

  @Test
  void aShareOfClosedEntitiesOnlySaysAgenciesReportedButNothingIsLeftToCount() throws Exception {
    assertThat(VerdictReportTest.report(data, "2022H2", "md", "vi"))
        .contains("(các đơn vị có báo cáo, nhưng mọi đối tượng được báo cáo đều đã dừng hoạt động theo sổ đăng ký nên "
            + "không còn đối tượng nào để tính)")
        .contains("- Căn cứ: đối tượng (0/0) có số liệu còn hiệu lực")
        .doesNotContain("bao bì nhựa dùng một lần (mục tiêu 2025: 85%): chưa có số liệu để đánh giá đến hết 6 tháng cuối "
            + "năm 2022 (chưa có đơn vị nào báo cáo số liệu)");
    assertThat(VerdictReportTest.report(data, "2022H2", "md", "en"))
        .contains("agencies reported, but every entity reported had closed according to the register, so there is "
            + "nothing left to count")
        .contains("Rests on: — of the population (0 of 0)");
    JsonNode share = new ObjectMapper().readTree(VerdictReportTest.report(data, "2022H2", "json", "vi"))
        .get("indicators").get(3);
    assertThat(share.get("id").asText()).isEqualTo("eco-packaging");
    assertThat(share.get("reason").asText()).isEqualTo("all-closed");

    CliRun explain = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", data.toString(), "--period", "2022H2",
        "--indicator", "eco-packaging");
    assertThat(explain.out()).contains("Không có số liệu để tính con số này đến hết kỳ 2022H2: các đơn vị có báo cáo, "
        + "nhưng mọi đối tượng được báo cáo đều đã dừng hoạt động theo sổ đăng ký");
    CliRun english = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", data.toString(), "--period", "2022H2",
        "--indicator", "eco-packaging", "--lang", "en");
    assertThat(english.out()).contains("No data to compute this figure up to the end of 2022H2: agencies reported");
  }

  @Test
  void aShareWithNoRowsStillSaysNobodyReported() {
    assertThat(VerdictReportTest.report(data, "2021H2", "md", "vi"))
        .contains("85%): chưa có số liệu để đánh giá đến hết 6 tháng cuối năm 2021 (chưa có đơn vị nào báo cáo số liệu)");
  }

  /**
   * Every entity of the previous report's share closed since (register): the plan still asks the indicator of the
   * agency, so the feedback names it as owed ("chưa có số liệu"), where before nothing at all was asked for it.
   */
  @Test
  void anIndicatorWhoseEntitiesAllClosedIsStillAskedOfTheAgency() {
    CliRun feedback = CliRun.runWithEnv(java.util.Map.of("SCTB_TODAY", "2022-12-01"), "feedback", "--data", data.toString(),
        "--period", "2022H2", "--agency", "SCT", "--format", "md", "-o", "-", "-q");
    assertThat(feedback.out()).contains("(mã eco-packaging): chưa có số liệu (Kế hoạch yêu cầu, báo cáo kỳ trước chưa có)")
        .doesNotContain("TTTM Nam Thành");
    CliRun kept = CliRun.runWithEnv(java.util.Map.of("SCTB_TODAY", "2022-06-01"), "feedback", "--data", data.toString(),
        "--period", "2022H1", "--agency", "SCT", "--format", "md", "-o", "-", "-q");
    assertThat(kept.out()).doesNotContain("eco-packaging"); // 2022H1: its row came, nothing is owed
  }
}
