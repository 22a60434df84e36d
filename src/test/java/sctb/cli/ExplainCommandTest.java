package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb explain}: the formula with numbers and the rows behind a figure, in both languages. */
class ExplainCommandTest {
  @Test
  void explainsASectorReductionWithEveryRow() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "consumption-reduction", "--sector", "Xi măng");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("I_B = Σ tiêu hao / Σ sản lượng = 463023280,9 / 5329134 = 86,885276")
        .contains("100 × (1 − 81,845955 / 86,885276) = 5,799971 %")
        .contains("0 + (5 − 0) × 42 / 60 tháng = 3,5")
        .contains("Đánh giá: đạt")
        .contains("samples/2020/SCT-chi-so.csv:16")
        .contains("samples/2024H1/SCT-chi-so.csv:16");
  }

  @Test
  void theOtherPhasesFinalVerdictStandsBesideTheVerdictBeforeTheRows() {
    for (String indicator : new String[] {"eco-packaging", "consumption-reduction", "policies-implemented"}) {
      String out = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator", indicator).out();
      int verdict = out.indexOf("Đánh giá: ");
      int otherPhase = out.indexOf("Mục tiêu năm 2025 của giai đoạn 2021-2025");
      int rows = out.indexOf("Các dòng số liệu được dùng");
      assertThat(verdict).as(indicator).isPositive();
      assertThat(otherPhase).as(indicator).isGreaterThan(verdict).isLessThan(rows);
    }
    assertThat(CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator", "consumption-reduction")
        .out()).contains("kết luận cuối cùng, trên số liệu đến hết năm 2025: không đạt; giá trị 5,898173 % (số liệu 2025H2).\n"
            + "  Dệt may: 4,900279 % (kỳ 2025H2) — không đạt; đạt muộn (2026H1)");
    // one sector's figure is judged against the 2030 target only
    assertThat(CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator", "consumption-reduction",
        "--sector", "Xi măng").out()).doesNotContain("Mục tiêu năm 2025 của giai đoạn");
  }

  @Test
  void eachExactNumberStandsBesideTheFigureTheReportShows() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator", "eco-packaging");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("100 × 12 / 13 = 92,307692 % (trong báo cáo: 92,3%)")
        .contains("Giá trị gốc = 84,615385 (tính từ số liệu đến hết năm gốc) (trong báo cáo: 84,6%)")
        .contains("× 6 / 60 tháng = 86,153846 (trong báo cáo: 86,2%)");
    CliRun sector = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "consumption-reduction", "--sector", "Xi măng", "--lang", "en");
    assertThat(sector.out()).contains("= 5.799971 % (in the report: 5.8%)");
  }

  @Test
  void aMistypedIdIsToldBeforeTheDataIsRead() {
    // A data folder that does not exist: read first, it would be the error; the id is checked before.
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", "/nonexistent/sctb-data", "--period", "2026H1",
        "--indicator", "eco-packagin");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Không có chỉ tiêu hay sản phẩm nhiệm vụ “eco-packagin”").contains("Có phải là “eco-packaging”?");
  }

  @Test
  void explainsInEnglishAndListsExcludedEntities() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "consumption-reduction", "--sector", "textile", "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Outside the panel (1)").contains("no baseline-year data").contains("Verdict: on track");
  }

  @Test
  void explainsAShareWithItsAggregateRow() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "zones-awareness");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("100 × 38 / 64 = 59,375 %").contains("(dòng tổng hợp)");
  }

  @Test
  void aFigureOnDataFromBeforeThePeriodSaysSoAndATaskShareIsNeverForecast() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator",
        "curricula-integrated", "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("The data is from 2025H2, before the report's period 2026H1.")
        .contains("Verdict: achieved (the target year is over: final verdict)");
    CliRun midway = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "curricula-integrated", "--lang", "en");
    assertThat(midway.out()).contains("Verdict: limited progress").doesNotContain("Forecast").doesNotContain("No forecast")
        .doesNotContain("The data is from");
  }

  @Test
  void anUnknownIndicatorSuggestsTheClosest() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator", "zones-awarenes");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("zones-awareness");
  }

  @Test
  void theCagrMethodFromPlanYamlShowsItsGrowthRates(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    String yaml = Files.readString(CliRun.PLAN).replaceFirst("(?m)^  method: linear", "  method: cagr");
    Files.writeString(plan, yaml);
    String data = CliRun.REPO.resolve("samples").toString();
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--plan", plan.toString(), "--data", data,
        "--period", "2024H1", "--indicator", "consumption-reduction", "--sector", "steel", "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // steel: q_C = 1 − 2.499956/100; g_o = q_C^(12/42) − 1 = −0.007207; g_T = 0.95^(1/5) − 1 = −0.010206
    assertThat(run.out()).contains("= -0.007207").contains("= -0.010206").contains("→ 0.706181")
        .contains("Verdict: acceleration needed");
    CliRun json = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--plan", plan.toString(), "--data", data,
        "--period", "2024H1", "--format", "json", "-o", "-");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"method\" : \"cagr\"").contains("\"cagr_observed\"");
  }

  @Test
  void aBaselineBuiltFromTwoHalvesIsOneLineAndAnIncompleteOneHasNoDashes(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("SCT-chi-so.csv"), """
        period,agency,indicator,sector,entity,numerator,denominator,unit,note
        2025H1,SCT,consumption-reduction,textile,A,450,5,,
        2025H2,SCT,consumption-reduction,textile,A,900,10,,
        2025H2,SCT,consumption-reduction,textile,C,100,10,,
        2026H1,SCT,consumption-reduction,textile,A,400,5,,
        """);
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", data.toString(), "--period", "2026H1",
        "--indicator", "consumption-reduction", "--sector", "textile", "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // I_B = (450 + 900) / (5 + 10) = 90: the two halves are one baseline figure, listed once with both rows
    assertThat(run.out()).contains("1350 / 15 = 90")
        .contains("SCT-chi-so.csv:2 + ").contains("SCT-chi-so.csv:3  [2025] A: consumption 1350, output 15")
        .doesNotContain("— = —");
    assertThat(run.out().split("consumption 1350", -1)).hasSize(2);
  }

  @Test
  void theOverallReductionSaysNoDataForASectorWithoutRows(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("SCT-chi-so.csv"), """
        period,agency,indicator,sector,entity,numerator,denominator,unit,note
        2020,SCT,consumption-reduction,textile,A,1000,10,,
        2025H2,SCT,consumption-reduction,textile,A,900,10,,
        """);
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", data.toString(), "--period", "2025H2",
        "--indicator", "consumption-reduction", "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Textiles and garments: 10 % (period 2025H2) — achieved").contains("  Steel: no data")
        .contains("sectors with current data: 1 of 8 (12.5 %), at least 2/3 needed — short")
        .contains("Verdict: insufficient data").doesNotContain("— % × —");
  }

  /** The verdict used to follow the ratio with no word of the thresholds that decided it. */
  @Test
  void theVerdictNamesTheThresholdThatDecidedIt() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator",
        "consumption-reduction", "--sector", "textile");
    assertThat(run.out()).contains("Đánh giá: cần đẩy nhanh\nVì sao: tỷ lệ tiến độ 67 % — đúng tiến độ khi từ 95 %, "
        + "cần đẩy nhanh khi từ 60 %, tiến triển hạn chế khi từ 0 %, xấu đi khi thấp hơn");
    CliRun en = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator",
        "zones-awareness", "--lang", "en");
    assertThat(en.out()).contains("Verdict: on track\nWhy: progress ratio 125 % — on track from 95 %");
  }

  /**
   * 2026H1's cement figure is measured from 2025: it used to list a correction of a 2024H1 row (its old values blank)
   * as its own, and end with "previous value —, data of —; difference —".
   */
  @Test
  void aReductionListsOnlyCorrectionsOfItsRowsAndSaysWhyThereIsNoComparison() {
    CliRun now = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2026H1", "--indicator",
        "consumption-reduction", "--sector", "cement");
    assertThat(now.out()).contains("So với kỳ trước 2025H2: kỳ trước không có con số để so sánh.")
        .doesNotContain("Các lần điều chỉnh").doesNotContain("chênh lệch —");
    CliRun then = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "consumption-reduction", "--sector", "cement");
    assertThat(then.out()).contains("Các lần điều chỉnh số liệu của con số này (1):",
        "samples/2024H1/SCT-chi-so.csv:18 (không ghi ngày gửi: 52972659,6 / 570481) → "
            + "samples/2025H1/SCT-chi-so-dieu-chinh-2024H1.csv:2 (gửi 15/01/2025: 49048758,9 / 570481)");
  }

  /** A task id used to get "no indicator IV.2" and the list of every id: it now names that task's own figures. */
  @Test
  void aTaskIdNamesTheFiguresOfThatTask() {
    CliRun outputs = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator", "IV.2");
    assertThat(outputs.exitCode()).isEqualTo(2);
    assertThat(outputs.err()).contains("“IV.2” là mã nhiệm vụ, không phải mã một con số. Con số của nhiệm vụ IV.2: "
        + "IV.2-enterprises-supported, IV.2-eco-innovation-enterprises; ví dụ: sctb explain --period 2024H1 "
        + "--indicator IV.2-enterprises-supported").doesNotContain("zones-awareness");
    CliRun counted = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator", "I.1",
        "--lang", "en");
    assertThat(counted.err()).contains("The figures of task I.1: policies-implemented;");
    CliRun none = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator", "II.1");
    assertThat(none.err()).contains("nhiệm vụ II.1 không có con số để giải thích");
  }

  @Test
  void aSectorForAnIndicatorWithoutSectorsSaysSoInsteadOfAnEmptyList() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "zones-awareness", "--sector", "textile", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("zones-awareness").contains("without --sector").doesNotContain("Sectors: \n");
  }
}
