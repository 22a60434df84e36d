package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20/12/2026 is a Sunday: a report sent on Monday 21/12 is on time (a time limit ending on a day off ends
 * with the next working day), one sent on Tuesday 22/12 is one day late — in {@code status}, its JSON and
 * the consolidated report alike.
 */
class WeekendDueDateTest {
  @TempDir Path dir;

  /** The 2026H2 reports of STC and VCCI, sent on {@code stc} and {@code vcci} instead. */
  private Path sentOn(String stc, String vcci) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("2026H2"));
    Path samples = CliRun.REPO.resolve("samples/2026H2");
    Files.writeString(folder.resolve("STC-nhiem-vu.csv"),
        Files.readString(samples.resolve("STC-nhiem-vu.csv")).replace("16/11/2026", stc));
    Files.writeString(folder.resolve("VCCI-nhiem-vu.csv"),
        Files.readString(samples.resolve("VCCI-nhiem-vu.csv")).replace("20/11/2026", vcci));
    return folder;
  }

  @Test
  void aReportSentOnTheMondayAfterASundayDueDateIsOnTime() throws Exception {
    Path folder = sentOn("21/12/2026", "22/12/2026");
    CliRun status = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-22"), "status", "--period", "2026H2", "--data",
        folder.toString());
    assertThat(status.out())
        .contains("Hạn gửi: 20/12/2026 (Chủ nhật: báo cáo gửi đến hết thứ Hai 21/12/2026 vẫn đúng")
        .contains("Hôm nay 22/12/2026: đã quá hạn 1 ngày.")
        .containsPattern("STC +đủ +21/12/2026 +đúng hạn ")
        .containsPattern("VCCI +đủ +22/12/2026 +muộn 1 ngày ")
        .containsPattern("SCT +chưa gửi +— +quá 1 ngày ");
    CliRun json = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-22"), "status", "--period", "2026H2", "--data",
        folder.toString(), "--format", "json");
    assertThat(json.out()).contains("\"due_date\" : \"2026-12-20\"", "\"on_time_until\" : \"2026-12-21\"",
        "\"days_to_due\" : -1");
    CliRun report = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2027-01-05"), "report", "--period", "2026H2", "--data",
        folder.toString(), "--format", "md", "-o", "-", "-q");
    assertThat(report.out())
        .contains("Hạn gửi là ngày 20/12/2026, Chủ nhật, nên báo cáo gửi đến hết thứ Hai 21/12/2026 vẫn tính đúng hạn")
        .containsPattern("\\| Sở Tài chính \\| 21/12/2026 \\|[^\\n]*\\| Đúng hạn \\|")
        .containsPattern("\\| Chi nhánh VCCI Thanh Hóa \\| 22/12/2026 \\|[^\\n]*\\| Gửi muộn \\|");
  }

  @Test
  void onTheMondayItselfNothingIsPastDueYet() throws Exception {
    Path folder = sentOn("16/11/2026", "20/11/2026");
    CliRun status = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-21"), "status", "--period", "2026H2", "--data",
        folder.toString());
    assertThat(status.out()).contains("Hôm nay 21/12/2026 là ngày cuối cùng gửi đúng hạn.")
        .containsPattern("SCT +chưa gửi +— +hạn hôm nay ");
    CliRun en = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-20"), "--lang", "en", "status", "--period", "2026H2",
        "--data", folder.toString());
    assertThat(en.out()).contains("(a Sunday: a report sent by Monday 21/12/2026 is on time)");
  }

  @Test
  void aWeekdayDueDateIsTheLastDayOnTimeAsBefore() throws Exception {
    // 20/12/2027 is a Monday
    Path folder = Files.createDirectories(dir.resolve("2027H2"));
    CliRun status = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2027-12-20"), "status", "--period", "2027H2", "--data",
        folder.toString());
    assertThat(status.out()).contains("Hạn gửi: 20/12/2027, là hôm nay: báo cáo gửi trong hôm nay vẫn đúng hạn.")
        .doesNotContain("thứ Hai");
  }
}
