package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report on a period whose agencies last reported long before it (docs/methodology.md §5, §6): the
 * data is there but too old to count, which the report must say — not that nobody ever reported.
 */
class OldDataReportTest {
  /**
   * eco-packaging (85% by 2025): two supermarkets last reported in 2023H2; textile: one plant, last in
   * 2023H2; zones-awareness: the rest of the villages (an aggregate row) last in 2023H2, one cluster in 2025H1.
   */
  static final String OLD_SHARE = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2023H2,SCT,eco-packaging,,Siêu thị Một,1,1,,
      2023H2,SCT,eco-packaging,,Siêu thị Hai,0,1,,
      2020,SCT,consumption-reduction,textile,A,1000,100,,
      2023H2,SCT,consumption-reduction,textile,A,480,50,,
      2023H2,SCT,zones-awareness,,,8,45,,Các làng nghề còn lại
      2025H1,SCT,zones-awareness,,CCN A,1,1,,
      """;

  static Path old;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    old = VerdictReportTest.indicatorData(dir, "old", OLD_SHARE);
  }

  @Test
  void aShareWhoseRowsAreAllTooOldIsInsufficientDataAndNamesTheirPeriod() throws Exception {
    String md = VerdictReportTest.report(old, "2025H1", "md", "vi");
    assertThat(md).contains("chưa đủ số liệu để đánh giá đến hết 6 tháng đầu năm 2025 (số liệu mới nhất là của kỳ 2023H2, "
            + "cũ hơn 2 kỳ 6 tháng so với kỳ đánh giá).")
        .contains("| — | — | 85% (2025) | ◌ Chưa đủ số liệu |")
        .doesNotContain("bao bì nhựa dùng một lần (mục tiêu 2025: 85%): chưa có số liệu");
    assertThat(VerdictReportTest.report(old, "2025H1", "md", "en"))
        .contains("not enough data to assess by the end of the first half of 2025 (the latest data is from 2023H2");
    JsonNode share = new ObjectMapper().readTree(VerdictReportTest.report(old, "2025H1", "json", "vi"))
        .get("indicators").get(3);
    assertThat(share.get("status").asText()).isEqualTo("insufficient-data");
    assertThat(share.get("reason").asText()).isEqualTo("stale-data");
    assertThat(share.get("as_of").asText()).isEqualTo("2023H2");
  }

  @Test
  void aFinalVerdictOnlyOnRowsFromBeforeTheTargetYearSaysSo() {
    assertThat(VerdictReportTest.report(old, "2025H2", "md", "vi"))
        .contains("chưa có số liệu để đánh giá đến hết năm 2025 (kết luận cuối cùng cần số liệu trong năm 2025, "
            + "số liệu mới nhất là của kỳ 2023H2).");
    CliRun explain = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", old.toString(), "--period", "2025H1",
        "--indicator", "eco-packaging");
    assertThat(explain.out()).contains("Không có số liệu còn hiệu lực cho con số này đến hết kỳ 2025H1: số liệu mới nhất "
        + "là của kỳ 2023H2.");
  }

  /** What each sector should be by now is that of the latest data's period, 2023H2 (5% × 36/60), not of the report's. */
  @Test
  void theExpectedReductionOfOldDataNamesItsPeriod() {
    assertThat(VerdictReportTest.report(old, "2025H1", "md", "vi"))
        .contains("đến hết 6 tháng đầu năm 2025, số liệu mới nhất là của kỳ 2023H2, khi theo tiến độ mỗi ngành cần giảm 3,0%: ")
        .contains("| 0/8 ngành đạt (số liệu 2023H2) | 3,0% (đến hết 2023H2) |");
    assertThat(VerdictReportTest.report(old, "2025H1", "md", "en"))
        .contains("with each sector expected 3.0% lower by the end of 2023H2 (the latest data): ");
  }

  /**
   * A share whose latest data (2023H2) is older than the report (2024H2) but still current: what it should be is that
   * of 2023H2 (71,0%), so no sentence, cell or line may present it as what was needed by the end of 2024H2.
   */
  @Test
  void theExpectedShareOfOldDataNamesItsPeriodInEveryPlaceItIsGiven() {
    String vi = VerdictReportTest.report(old, "2024H2", "md", "vi");
    assertThat(vi)
        .contains("đến hết 6 tháng cuối năm 2024, kết quả 50,0% (số liệu 2023H2), theo tiến độ đến hết kỳ 2023H2 cần 71,0% ")
        .contains("| 50,0% (số liệu 2023H2) | 71,0% (đến hết 2023H2) | 85% (2025) |")
        .contains("theo tiến độ: 71,0% (đến hết 2023H2);")
        .doesNotContain("theo tiến độ cần 71,0%");
    String en = VerdictReportTest.report(old, "2024H2", "md", "en");
    assertThat(en)
        .contains("the result is 50.0% (data of 2023H2), against 71.0% expected by the end of 2023H2 (")
        .contains("| 50.0% (data of 2023H2) | 71.0% (by the end of 2023H2) | 85% (2025) |")
        .doesNotContain("71.0% expected by now");
    assertThat(VerdictReportTest.report(old, "2024H2", "html", "vi")).contains("71,0% (đến hết 2023H2)");
  }

  /** At the end of 2025 no sector has data of 2025: no final verdict, and no 3% "expected" beside it. */
  @Test
  void aFinalReductionWithoutAnySectorsDataOfTheTargetYearIsNoData() {
    assertThat(VerdictReportTest.report(old, "2025H2", "md", "vi"))
        .contains("Đánh giá chung: chưa có số liệu — kết luận cuối cùng cần số liệu trong năm 2025, số liệu mới nhất là của "
            + "kỳ 2023H2.")
        .contains("| 0/8 ngành đạt (số liệu 2023H2) | — | 5 - 8% (2025) | ○ Chưa có số liệu |");
  }

  /** An aggregate row too old to count is many entities: named by its agency and size, not as a blank name. */
  @Test
  void anAggregateRowLeftOutAsTooOldIsNamedByItsAgencyAndSize() {
    assertThat(VerdictReportTest.report(old, "2025H1", "md", "vi"))
        .contains("Không tính vào kết quả: 1 dòng tổng hợp không có số liệu trong 2 kỳ 6 tháng gần đây (của Sở Công Thương, "
            + "45 đối tượng, số liệu gần nhất 2023H2).")
        .doesNotContain("(, số liệu gần nhất");
    assertThat(VerdictReportTest.report(old, "2025H1", "md", "en"))
        .contains("Not counted: 1 aggregate row without data in the last 2 half-years (Department of Industry and Trade: "
            + "45 entities, last data 2023H2).");
    CliRun explain = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", old.toString(), "--period", "2025H1",
        "--indicator", "zones-awareness");
    assertThat(explain.out()).contains("[2023H2] SCT (dòng tổng hợp) — dòng mới nhất cũ hơn 2 kỳ 6 tháng");
  }
}
