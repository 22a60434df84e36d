package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a report says about its verdicts, in every format, on small workspaces built for each case: a
 * multi-sector target judged by its sectors with the pooled figure as context, data too old or too thin
 * to decide, a number never shown across its target, a final verdict made good later, a task not
 * reported this period.
 */
class VerdictReportTest {
  /**
   * Report 2024H1, reduction target 5–8% for each of 8 sectors. Textile: A 10% lower, but a new plant N
   * makes the panel 100/150 of the output (short of 80%). Steel: latest data 2022H2, three half-years
   * old. Cement: 1000/100 → 950.04/100, 4.996% lower. The other five sectors report nothing.
   */
  static final String THIN_AND_OLD = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2020,SCT,consumption-reduction,textile,A,1000,100,,
      2024H1,SCT,consumption-reduction,textile,A,900,100,,
      2024H1,SCT,consumption-reduction,textile,N,500,50,,
      2020,SCT,consumption-reduction,steel,B,1000,100,,
      2022H2,SCT,consumption-reduction,steel,B,970,100,,
      2020,SCT,consumption-reduction,cement,C,1000,100,,
      2024H1,SCT,consumption-reduction,cement,C,950.04,100,,
      """;

  /** curricula-integrated (IX.4, IX.5; 100% by 2025): half delivered at the end of 2025, both in 2026H1. */
  static final String LATE = """
      period,agency,task,title,status,progress,result,difficulties,proposals,spent_vnd,submitted_on
      2025H2,SGDDT,IX.4,,done,100,,,,,2025-12-10
      2025H2,SGDDT,IX.5,,in-progress,60,,,,,2025-12-10
      2026H1,SGDDT,IX.5,,done,100,,,,,2026-06-10
      """;

  /** Cement and the zones reached reported from 2021 or 2022 to 2024H1, but nothing of the baseline year 2020. */
  static final String NO_BASELINE_YEAR = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2022H2,SCT,consumption-reduction,cement,C,1000,100,,
      2024H1,SCT,consumption-reduction,cement,C,950,100,,
      2021H1,SCT,zones-awareness,,,10,40,,
      2024H1,SCT,zones-awareness,,,20,40,,
      """;

  /** spc-models ("at least 2 models" by 2025): M1 in 2022H2, M2 in 2023H1, nothing reported since. */
  static final String MODELS_BY_2023 = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2022H2,SCT,spc-models,,M1,1,,,
      2023H1,SCT,spc-models,,M2,1,,,
      """;

  /**
   * Cement 1000/100 in 2020, 930/100 in 2025H2 (7% lower: achieved) and zones 30/40 (75%: achieved), sent 10/12/2025,
   * as the report at the end of 2025 published them; on 10/03/2026 a correction file puts cement at 960/100 and its
   * 2020 consumption at 1010 (1 − 9.6/10.1 = 4.95%), the zones at 26/40 (65%): the 2025 targets, no longer met.
   */
  static final String SENT_IN_2025 = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on
      2020,SCT,consumption-reduction,cement,C,1000,100,,,
      2025H2,SCT,consumption-reduction,cement,C,930,100,,,2025-12-10
      2020,SCT,zones-awareness,,,10,40,,,
      2025H2,SCT,zones-awareness,,,30,40,,,2025-12-10
      """;
  static final String CORRECTED_IN_2026 = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on
      2025H2,SCT,consumption-reduction,cement,C,960,100,,,2026-03-10
      2020,SCT,consumption-reduction,cement,C,1010,100,,,2026-03-10
      2025H2,SCT,zones-awareness,,,26,40,,,2026-03-10
      """;

  /** Cement's 2025 rows only: the 2030 target's baseline year, nothing after it yet. */
  static final String BASELINE_2025_ONLY = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2025H1,SCT,consumption-reduction,cement,C,500,50,,
      2025H2,SCT,consumption-reduction,cement,C,500,50,,
      """;

  /** Cement reports for 2024H2, steel for 2025H1 only: the pooled figure of 2024H2 is cement's, of 2025H1 both's. */
  static final String OTHER_SECTORS = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2020,SCT,consumption-reduction,cement,C,1000,100,,
      2024H2,SCT,consumption-reduction,cement,C,950,100,,
      2020,SCT,consumption-reduction,steel,S,1000,100,,
      2025H1,SCT,consumption-reduction,steel,S,900,100,,
      """;

  static Path thin;
  static Path late;
  static Path otherSectors;
  static Path baseline2025;
  static Path revised;
  static Path noBaselineYear;
  static Path modelsBy2023;

  @BeforeAll
  static void workspaces(@TempDir Path dir) throws Exception {
    thin = indicatorData(dir, "thin", THIN_AND_OLD);
    late = Files.createDirectories(dir.resolve("late"));
    Files.writeString(late.resolve("SGDDT-nhiem-vu.csv"), LATE);
    noBaselineYear = indicatorData(dir, "no-baseline-year", NO_BASELINE_YEAR);
    modelsBy2023 = indicatorData(dir, "models-by-2023", MODELS_BY_2023);
    baseline2025 = indicatorData(dir, "baseline-2025", BASELINE_2025_ONLY);
    otherSectors = indicatorData(dir, "other-sectors", OTHER_SECTORS);
    revised = indicatorData(dir, "revised", SENT_IN_2025);
    Files.writeString(revised.resolve("SCT-chi-so-dieu-chinh-2025H2.csv"), CORRECTED_IN_2026);
  }

  /** A data folder {@code dir/name} holding one indicator file, SCT's, of {@code rows}: the verdict tests' workspace. */
  static Path indicatorData(Path dir, String name, String rows) throws java.io.IOException {
    Path data = Files.createDirectories(dir.resolve(name));
    Files.writeString(data.resolve("SCT-chi-so.csv"), rows);
    return data;
  }

  static String report(Path data, String period, String format, String lang) {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--data", data.toString(), "--period", period,
        "--format", format, "--lang", lang, "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void theHeadlineCountsSectorsPerVerdictAndGivesThePooledFigureAsContextWithTheSectorsLeftOut() {
    String md = report(thin, "2024H1", "md", "vi");
    assertThat(md).contains("1/8 ngành đúng tiến độ (xi măng); 2/8 ngành chưa đủ số liệu (dệt may, thép); "
            + "5/8 ngành chưa có số liệu (nhựa, hóa chất, bia, giấy, chế biến thủy hải sản)")
        .contains("Đánh giá chung: chưa đủ số liệu — căn cứ chưa đủ: 2/8 ngành có số liệu còn hiệu lực (cần ít nhất 2/3).")
        .contains("Mức giảm chung của 2 ngành, quy đổi ra TOE (tấn dầu tương đương), là 7,5%, chỉ để tham khảo; "
            + "không tính nhựa, hóa chất, bia, giấy, chế biến thủy hải sản (không có số liệu); thép (số liệu quá cũ");
    String en = report(thin, "2024H1", "md", "en");
    assertThat(en).contains("on track: 1 of 8 sectors (cement); insufficient data: 2 of 8 (textiles and garments, steel)")
        .contains("Pooled over 2 sectors in toe (tonnes of oil equivalent), the reduction is 7.5%, as context only");
  }

  @Test
  void aSectorResultingOnTooLittleOrTooOldDataSaysWhyAndANumberNeverCrossesItsTarget() {
    String md = report(thin, "2024H1", "md", "vi");
    assertThat(md).contains("- Dệt may: chưa đủ số liệu — căn cứ chưa đủ: nhóm so sánh chiếm 66,7% sản lượng kỳ đánh giá "
            + "(cần ít nhất 80%)")
        .contains("- Thép: chưa đủ số liệu — số liệu mới nhất là của kỳ 2022H2, cũ hơn 2 kỳ 6 tháng so với kỳ đánh giá")
        .contains("| Dệt may | 10,0% | 3,5% | vượt lộ trình | ◌ Chưa đủ số liệu | 2024H1 | 1 | 66,7% / 100% | 1 (33,3%) |")
        // 4.996% beside a 5% minimum is not "5,0%"
        .contains("| Xi măng | 4,99% |").doesNotContain("| Xi măng | 5,0% |");
    assertThat(report(thin, "2024H1", "html", "vi")).contains("Thép: chưa đủ số liệu — số liệu mới nhất là của kỳ 2022H2")
        .contains("<td class=\"num\">4,99%</td>");
  }

  @Test
  void theJsonCarriesTheTallyThePooledFigureTheReasonsAndTheCoverage() throws Exception {
    JsonNode reduction = new ObjectMapper().readTree(report(thin, "2024H1", "json", "vi")).get("indicators").get(0);
    assertThat(reduction.get("status").asText()).isEqualTo("insufficient-data");
    assertThat(reduction.get("reason").asText()).isEqualTo("low-coverage");
    assertThat(reduction.get("sector_verdicts").get("insufficient-data").asInt()).isEqualTo(2);
    assertThat(reduction.get("sector_verdicts").get("no-data").asInt()).isEqualTo(5);
    assertThat(reduction.get("pooled").get("included").toString()).isEqualTo("[\"textile\",\"cement\"]");
    assertThat(reduction.get("pooled").get("left_out").get(0).toString()).isEqualTo("{\"sector\":\"steel\",\"reason\":\"not-current\"}");
    assertThat(reduction.get("coverage").get(0).toString())
        .isEqualTo("{\"kind\":\"sectors-current\",\"part\":2,\"whole\":8,\"share\":0.25,\"threshold\":\"2/3\",\"met\":false}");
    JsonNode steel = reduction.get("sectors").get(1);
    assertThat(steel.get("reason").asText()).isEqualTo("stale-data");
    assertThat(steel.get("as_of").asText()).isEqualTo("2022H2");
  }

  /** Rows reported, but none of the baseline year: the overall verdict says why, not that nobody reported. */
  @Test
  void withoutTheBaselineYearTheOverallVerdictSaysNoEstablishmentCanBeCompared() {
    assertThat(report(noBaselineYear, "2024H1", "md", "vi"))
        .contains("Đánh giá chung: chưa có số liệu — không có cơ sở nào so sánh được giữa năm gốc và kỳ đánh giá.")
        // no output reported in 2020: no share of it, not an empty cell
        .contains("| Xi măng | — | — | — | ○ Chưa có số liệu | 2024H1 | 0 | 0% / — | 1 (100,0%) |")
        .doesNotContain("chưa có đơn vị nào báo cáo số liệu.\n");
  }

  /** A share's baseline first observed in 2021H1 is not dated to 2020, in any format. */
  @Test
  void aBaselineFirstObservedAfterTheBaselineYearSaysItsPeriod() throws Exception {
    String label = "Giá trị gốc (kỳ có số liệu đầu tiên, 2021H1; chưa có số liệu năm 2020): 25,0%";
    assertThat(report(noBaselineYear, "2024H1", "md", "vi")).contains("- " + label).doesNotContain("Giá trị gốc (2020): 25,0%");
    assertThat(report(noBaselineYear, "2024H1", "html", "vi")).contains("<li>" + label + "</li>");
    assertThat(report(noBaselineYear, "2024H1", "md", "en"))
        .contains("- Baseline value (first period with data, 2021H1; no data of 2020): 25.0%");
    JsonNode indicators = new ObjectMapper().readTree(report(noBaselineYear, "2024H1", "json", "vi")).get("indicators");
    JsonNode firstSeen = null;
    for (JsonNode i : indicators) {
      firstSeen = i.get("baseline_source").asText().equals("first-observed") ? i : firstSeen;
    }
    assertThat(firstSeen).as("an indicator with a first-observed baseline").isNotNull();
    assertThat(firstSeen.get("baseline_from").asText()).isEqualTo("2021H1");
    assertThat(indicators.get(0).get("baseline_source").asText()).isNotEqualTo("first-observed");
    assertThat(indicators.get(0).get("baseline_from").isNull()).isTrue();
  }

  @Test
  void aFinalVerdictMadeGoodLaterSaysAchievedLateAndTheDataPeriodInEveryFormat() {
    String headline = "đến hết năm 2025, kết quả 50,0% (1/2 nhiệm vụ; số liệu 2025H2). "
        + "Đánh giá: không đạt (kết luận cuối cùng); đạt muộn (2026H1).";
    assertThat(report(late, "2026H1", "md", "vi")).contains(headline)
        .contains("| 50,0% (số liệu 2025H2) | 100,0% | 100% (2025) | ✖ Không đạt (kết luận cuối cùng); đạt muộn (2026H1) |");
    assertThat(report(late, "2026H1", "html", "vi")).contains(headline);
    assertThat(report(late, "2026H1", "md", "en"))
        .contains("by the end of 2025 the result is 50.0% (1 of 2 tasks; data of 2025H2). "
            + "Assessment: not achieved (final); achieved late (2026H1).");
  }

  @Test
  void aTaskNotReportedThisPeriodShowsItsLastStatusAndPeriod() {
    assertThat(report(late, "2026H1", "md", "vi"))
        .contains("| IX.4 | Lồng ghép nội dung bền vững vào giảng dạy các cấp học | Sở Giáo dục và Đào tạo | "
            + "Chưa báo cáo kỳ này; gần nhất (2025H2): hoàn thành | 100% |")
        .contains("| IX.5 | Lồng ghép nội dung bền vững vào giáo dục nghề nghiệp | Sở Giáo dục và Đào tạo | Hoàn thành | 100% |");
    assertThat(report(late, "2026H1", "html", "en")).contains("Not reported this period; last (2025H2): done");
  }

  @Test
  void theReportExplainsItsVerdictsInItsOwnWords() {
    String md = report(thin, "2024H1", "md", "vi");
    assertThat(md).contains("Cách đọc cột “Đánh giá”:")
        .contains("- ◌ Chưa đủ số liệu: có số liệu nhưng quá cũ (trước kỳ đánh giá hơn 2 kỳ 6 tháng)")
        .contains("- ▲ Đúng tiến độ: chưa đạt mục tiêu, nhưng tỷ lệ tiến độ")
        .contains("đánh giá chung là đánh giá của ngành ở giữa").doesNotContain("docs/methodology.md");
  }

  /** Two models built by 2023 meet "at least 2 models" by 2025 for good: not "no data of 2025", nor "too old". */
  @Test
  void aCountMetInAnEarlierYearIsAchievedInTheTargetYearAndAfter() {
    String md = report(modelsBy2023, "2025H2", "md", "vi");
    assertThat(md).contains("(mục tiêu 2025: 2 mô hình): đến hết năm 2025, kết quả 2 mô hình (số liệu 2023H1). "
            + "Đánh giá: đạt (kết luận cuối cùng).")
        .contains("| 2 mô hình (số liệu 2023H1) | 2 mô hình | 2 mô hình (2025) | ✔ Đạt (kết luận cuối cùng) |")
        .contains("- Căn cứ: 0/2 dòng số liệu còn hiệu lực; 0/1 đơn vị báo cáo có số liệu còn hiệu lực\n")
        .doesNotContain("kết luận cuối cùng cần số liệu trong năm 2025");
    assertThat(report(modelsBy2023, "2025H1", "md", "vi"))
        .contains("| 2 mô hình (số liệu 2023H1) | 1 mô hình (đến hết 2023H1) | 2 mô hình (2025) | ✔ Đạt |");
    assertThat(report(modelsBy2023, "2026H1", "md", "en"))
        .contains("by the end of 2025 the result is 2 models (data of 2023H1). Assessment: achieved (final).");
    CliRun explain = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", modelsBy2023.toString(), "--period", "2025H2",
        "--indicator", "spc-models");
    assertThat(explain.out()).contains("Kỳ vọng đến hết kỳ 2025 (tuyến tính) = 0 + (2 − 0) × 60 / 60 tháng = 2")
        .contains("Đánh giá: đạt (đã hết năm mục tiêu: kết luận cuối cùng)");
  }

  /** A "final" verdict changed by corrections sent after the report at the end of 2025 published it says so, with both. */
  @Test
  void aFinalVerdictChangedByLaterCorrectionsSaysWhatWasPublished() throws Exception {
    String md = report(revised, "2026H1", "md", "vi");
    assertThat(md).contains("Kết luận về chỉ tiêu 1, 2 đã thay đổi so với báo cáo cuối năm 2025 do số liệu được điều chỉnh "
            + "sau đó (xem mục II).")
        .contains("Đánh giá chung: không đạt (kết luận cuối cùng). Kết luận này khác báo cáo cuối năm 2025 vì số liệu được "
            + "điều chỉnh sau hạn báo cáo 20/12/2025: đánh giá chung đã công bố: chưa đủ số liệu, nay: không đạt; "
            + "xi măng đã công bố 7,0% (đạt), nay 4,95% (không đạt).")
        .contains("Đánh giá: không đạt (kết luận cuối cùng). Kết luận này khác báo cáo cuối năm 2025 vì số liệu được điều "
            + "chỉnh sau hạn báo cáo 20/12/2025: đã công bố 75,0% (đạt), nay 65,0% (không đạt).")
        // the baseline year's row, kept only for the 2025 verdict, is listed with its figures, not as "unchanged"
        .contains("Xi măng — C | tiêu hao: 1.000 → 1.010 |")
        // and in section V, each correction's effect on it (4.95% against the 2025 target's 5%, not "5,0%")
        .contains("(Xi măng) — kết luận cuối cùng về mục tiêu 2025 đã công bố 7,0%, nay 4,95% |");
    assertThat(report(revised, "2026H1", "html", "en"))
        .contains("This differs from the report at the end of 2025: data corrected after its due date (20/12/2025) — "
            + "published 75.0% (achieved), now 65.0% (not achieved).");
    JsonNode cement = new ObjectMapper().readTree(report(revised, "2026H1", "json", "vi")).get("indicators").get(0)
        .get("other_phase_verdict").get("revisions").get(1);
    assertThat(cement.get("sector").asText()).isEqualTo("cement");
    assertThat(cement.get("published_value").decimalValue()).isEqualByComparingTo("7");
    assertThat(cement.get("published_status").asText()).isEqualTo("achieved");
    // The report of 2025H2 itself, made today, judges on the corrected rows: nothing "published" to compare with.
    assertThat(report(revised, "2025H2", "md", "vi")).doesNotContain("so với báo cáo cuối năm 2025").doesNotContain("báo cáo cuối năm 2025 vì");
  }

  /** The first half-year of the 2026–2030 phase, with the 2025 rows only: not "no agency has reported data". */
  @Test
  void aSectorWithBaselineYearRowsOnlySaysSoNotThatNobodyReported() {
    String md = report(baseline2025, "2026H1", "md", "vi");
    assertThat(md).contains("Đánh giá chung: chưa có số liệu — mới có số liệu của năm gốc, chưa đo được tiến bộ.")
        .contains("- Xi măng: chưa có số liệu — mới có số liệu của năm gốc, chưa đo được tiến bộ")
        .doesNotContain("Đánh giá chung: chưa có số liệu — chưa có đơn vị nào báo cáo số liệu.");
    assertThat(report(baseline2025, "2026H1", "md", "en"))
        .contains("- Cement: no data — there is data for the baseline year only, so no progress to measure yet");
  }

  /** The pooled figure over other sectors than last time is no change of it: both values, no "points" between them. */
  @Test
  void thePooledFigureOverOtherSectorsThanLastTimeGivesNoDifference() throws Exception {
    // cement 5% alone, then with steel 10% in MJ: 1 − (0.95 + 900 × 0.0000238846) / (1 + 1000 × 0.0000238846) = 5.1%
    assertThat(report(otherSectors, "2025H1", "md", "vi")).contains("| chung 5,0% → 5,1% (khác nhóm ngành, không so sánh được) |")
        .doesNotContain("+0,1 điểm %");
    assertThat(report(otherSectors, "2025H1", "md", "en")).contains("pooled 5.0% → 5.1% (other sectors, not comparable) |");
    JsonNode change = new ObjectMapper().readTree(report(otherSectors, "2025H1", "json", "vi")).get("indicators").get(0)
        .get("change");
    assertThat(change.get("previous_value").isNull()).isFalse();
    assertThat(change.get("difference").isNull()).isTrue();
  }
}
