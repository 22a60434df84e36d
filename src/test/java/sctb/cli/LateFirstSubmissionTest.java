package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.cli.VerdictReportTest.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A final verdict that rows nobody had sent by the due date of the report at the end of the target year
 * change (docs/methodology.md §7): the zones reached, 30/40 (75%, achieved) as SCT sent them on 10/12/2025;
 * the economic zones board first sends its 2/24 for 2025H2 after 20/12/2025, so the 2025 target is now judged
 * on 32/64 (50%, not achieved). The reports of 2026 say what was published and why it changed.
 */
class LateFirstSubmissionTest {
  static final String SCT_ON_TIME = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on
      2020,SCT,zones-awareness,,,10,40,,,
      2025H2,SCT,zones-awareness,,,30,40,,,2025-12-10
      """;
  static final String BOARD_DATED = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on
      2025H2,BQLKKT,zones-awareness,,,2,24,,,2026-01-15
      """;
  static final String BOARD_UNDATED = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2025H2,BQLKKT,zones-awareness,,,2,24,,
      """;
  static final String BOARD_ON_TIME = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on
      2025H2,BQLKKT,zones-awareness,,,2,24,,,2025-12-19
      """;

  /** Cement: plant C 7% lower by 2025H2, sent on time; plant D's 2020 and 2025H2 rows (0% lower) come on 01/02/2026. */
  static final String CEMENT_ON_TIME = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on
      2020,SCT,consumption-reduction,cement,C,1000,100,,,2021-01-10
      2025H2,SCT,consumption-reduction,cement,C,930,100,,,2025-12-10
      """;
  static final String CEMENT_LATE = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on
      2020,SCT,consumption-reduction,cement,D,1000,100,,,2026-02-01
      2025H2,SCT,consumption-reduction,cement,D,1000,100,,,2026-02-01
      """;

  static Path cement;
  static Path dated;
  static Path undatedFiledLater;
  static Path undatedUnfiled;
  static Path onTime;

  @BeforeAll
  static void workspaces(@TempDir Path dir) throws Exception {
    dated = workspace(dir, "dated", "2026H1/BQLKKT-chi-so-2025H2.csv", BOARD_DATED);
    undatedFiledLater = workspace(dir, "undated-2026H1", "2026H1/BQLKKT-chi-so.csv", BOARD_UNDATED);
    undatedUnfiled = workspace(dir, "undated", "BQLKKT-chi-so.csv", BOARD_UNDATED);
    onTime = workspace(dir, "on-time", "2025H2/BQLKKT-chi-so.csv", BOARD_ON_TIME);
    cement = VerdictReportTest.indicatorData(dir, "cement", CEMENT_ON_TIME);
    Files.writeString(cement.resolve("SCT-chi-so-bo-sung.csv"), CEMENT_LATE);
  }

  private static Path workspace(Path dir, String name, String boardFile, String boardRows) throws Exception {
    Path data = VerdictReportTest.indicatorData(dir, name, SCT_ON_TIME);
    Path board = data.resolve(boardFile);
    Files.createDirectories(board.getParent());
    Files.writeString(board, boardRows);
    return data;
  }

  @Test
  void aFinalVerdictChangedByRowsFirstSentAfterTheDueDateSaysWhatWasPublishedAndWhoseDataCameLate() throws Exception {
    String md = report(dated, "2026H1", "md", "vi");
    assertThat(md).contains("Đánh giá: không đạt (kết luận cuối cùng). Kết luận này khác báo cáo cuối năm 2025 vì có số liệu "
            + "gửi lần đầu sau hạn báo cáo 20/12/2025: đã công bố 75,0% (đạt), nay 50,0% (không đạt) do số liệu gửi muộn "
            + "của Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp (ngày 15/01/2026).")
        .contains("đã thay đổi so với báo cáo cuối năm 2025 do có số liệu gửi lần đầu sau đó (xem mục II).");
    assertThat(report(dated, "2026H1", "md", "en"))
        .contains("This differs from the report at the end of 2025: data sent for the first time after its due date "
            + "(20/12/2025) — published 75.0% (achieved), now 50.0% (not achieved), on data sent late by: Nghi Son Economic Zone and Industrial Parks "
            + "Management Board (15/01/2026).")
        .contains("by data sent for the first time later (see section II).");
    assertThat(report(dated, "2026H1", "html", "vi")).contains("do số liệu gửi muộn của");
    JsonNode zones = null;
    for (JsonNode i : new ObjectMapper().readTree(report(dated, "2026H1", "json", "vi")).get("indicators")) {
      zones = i.get("id").asText().equals("zones-awareness") ? i : zones;
    }
    JsonNode revision = zones.get("other_phase_verdict").get("revisions").get(0);
    assertThat(revision.get("published_value").decimalValue()).isEqualByComparingTo("75");
    assertThat(revision.get("published_status").asText()).isEqualTo("achieved");
    assertThat(revision.get("corrections")).isEmpty();
    JsonNode late = revision.get("late").get(0);
    assertThat(late.get("agency").asText()).isEqualTo("BQLKKT");
    assertThat(late.get("period").asText()).isEqualTo("2025H2");
    assertThat(late.get("submitted_on").asText()).isEqualTo("2026-01-15");
    assertThat(late.get("source").asText()).contains("BQLKKT-chi-so-2025H2.csv:2");
    // the report of 2025H2, made today, has the row: nothing published to compare with
    assertThat(report(dated, "2025H2", "md", "vi")).doesNotContain("so với báo cáo cuối năm 2025").doesNotContain("báo cáo cuối năm 2025 vì");
  }

  /**
   * A reduction sector's panel gains a plant whose rows came late: 1 − 19.3/20 = 3.5%, not achieved. Who is in the
   * panel changed, so the published 7.0% is not recomputed; the report says so and whose data came late.
   */
  @Test
  void aReductionSectorWithLateRowsSaysItsVerdictRestsOnThem() {
    assertThat(report(cement, "2026H1", "md", "vi"))
        .contains("Kết luận này có thể khác báo cáo cuối năm 2025 vì có số liệu gửi lần đầu sau hạn báo cáo 20/12/2025: ")
        .contains("xi măng (không tính lại được con số đã công bố), nay 3,5% (không đạt) do số liệu gửi muộn của Sở Công "
            + "Thương (ngày 01/02/2026)");
    assertThat(report(cement, "2026H1", "md", "en"))
        .contains("cement (the published figure cannot be recomputed), now 3.5% (not achieved), on data sent late by: Department of Industry "
            + "and Trade (01/02/2026).")
        .contains("This may differ from the report at the end of 2025: data sent for the first time after its due date")
        .contains("the overall verdict (the published figure cannot be recomputed), now not achieved; cement");
    assertThat(report(cement, "2025H2", "md", "vi")).doesNotContain("so với báo cáo cuối năm 2025").doesNotContain("báo cáo cuối năm 2025 vì");
  }

  /**
   * A roll-up of 1 200 plants sent late: the JSON's {@code late} list is bounded as every list that grows with the
   * data (docs/report-json.md), its total given; {@code --detail full} lists every row.
   */
  @Test
  void manyLateRowsAreABoundedListInTheJson(@TempDir Path dir) throws Exception {
    StringBuilder rows = new StringBuilder("period,agency,indicator,sector,entity,numerator,denominator,unit,note,submitted_on\n");
    for (int plant = 0; plant < 1200; plant++) {
      rows.append("2025H2,SCT,consumption-reduction,cement,Nhà máy ").append(plant).append(",1000,100,,,2026-02-01\n");
    }
    Path data = VerdictReportTest.indicatorData(dir, "many-late", CEMENT_ON_TIME);
    Files.writeString(data.resolve("SCT-chi-so-bo-sung.csv"), rows.toString());
    JsonNode cementRevision = cementRevision(new ObjectMapper().readTree(report(data, "2026H1", "json", "vi")));
    assertThat(cementRevision.get("late")).hasSize(1000);
    assertThat(cementRevision.get("late_total").asInt()).isEqualTo(1200);
    assertThat(cementRevision.get("late_truncated").asBoolean()).isTrue();
  }

  private static JsonNode cementRevision(JsonNode report) {
    for (JsonNode indicator : report.get("indicators")) {
      if (indicator.get("id").asText().equals("consumption-reduction")) {
        for (JsonNode revision : indicator.get("other_phase_verdict").get("revisions")) {
          if ("cement".equals(revision.path("sector").asText())) {
            return revision;
          }
        }
      }
    }
    throw new AssertionError("no cement revision in the report");
  }

  /** Undated, a row is late when filed under a later period than the report's; filed nowhere, it cannot be shown late. */
  @Test
  void anUndatedRowIsLateByTheFolderItIsFiledInAndOnTimeRowsChangeNothing() {
    assertThat(report(undatedFiledLater, "2026H1", "md", "vi"))
        .contains("đã công bố 75,0% (đạt), nay 50,0% (không đạt) do số liệu gửi muộn của Ban Quản lý Khu kinh tế Nghi Sơn "
            + "và các khu công nghiệp.");
    for (Path data : new Path[] {undatedUnfiled, onTime}) {
      assertThat(report(data, "2026H1", "md", "vi")).contains("kết quả 50,0%")
          .doesNotContain("báo cáo cuối năm 2025 vì").doesNotContain("đã thay đổi so với báo cáo cuối năm");
    }
  }
}
