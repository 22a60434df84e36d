package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV saved by Excel on Windows set to the United States region (Windows in English, common in
 * offices) writes its dates month first: 12/15/2026. Read day first, its days 13 to 31 were
 * {@code bad-date} errors that left the rows out, and its other days were read in the wrong month
 * (12/5/2026 as 12 May, before the period began). sctb reads such a file month first and says so once.
 */
class MonthFirstDatesTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");
  private static final String HEADER = "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Ngày báo cáo\r\n";

  @TempDir
  Path dir;

  @Test
  void aFileWrittenMonthFirstIsReadMonthFirst() throws Exception {
    write(HEADER + "2026H2,SCT,I.1,Thường xuyên,12/15/2026\r\n2026H2,SCT,I.6,Hoàn thành,12/5/2026 9:30\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("dòng 2, cột “Ngày báo cáo”: cảnh báo: Ngày “12/15/2026” chỉ đọc được theo kiểu "
        + "tháng/ngày/năm (Excel đặt vùng Hoa Kỳ)", "“12/15/2026” là 15/12/2026", "0 lỗi, 1 cảnh báo");
    CliRun english = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--lang", "en", "--strict");
    assertThat(english.exitCode()).isEqualTo(1);
    assertThat(english.out()).contains("Date “12/15/2026” can only be read month/day/year");

    JsonNode sct = sct(CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", dir.toString(),
        "--format", "json", "-o", "-"));
    assertThat(sct.path("received_on").asText()).isEqualTo("2026-12-05");
    assertThat(sct.path("timeliness").asText()).isEqualTo("on-time");
    assertThat(sct.path("tasks").path("reported").asInt()).isEqualTo(2);
    assertThat(sct.path("errors").asInt()).isZero();
  }

  /** The date to write instead is the file's own, year-month-day: not an example of another year. */
  @Test
  void theWarningShowsTheFilesOwnDateAsYearMonthDay() throws Exception {
    write(HEADER + "2025H2,SCT,I.1,Thường xuyên,11/20/2025\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.out()).contains("hoặc ghi ngày dạng năm-tháng-ngày (“11/20/2025” ghi là 2025-11-20).")
        .doesNotContain("2026-12-15");
    CliRun english = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--lang", "en");
    assertThat(english.out()).contains("or write dates year-month-day (“11/20/2025” as 2025-11-20).");
  }

  @Test
  void aFileWithBothOrdersStaysDayFirst() throws Exception {
    write(HEADER + "2026H2,SCT,I.1,Thường xuyên,25/12/2026\r\n2026H2,SCT,I.6,Hoàn thành,12/15/2026\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("dòng 3, cột “Ngày báo cáo”: lỗi: Ngày “12/15/2026” không hợp lệ")
        .doesNotContain("tháng/ngày/năm");
  }

  @Test
  void aFileWhoseDatesReadBothWaysIsDayFirst() throws Exception {
    write(HEADER + "2026H2,SCT,I.1,Thường xuyên,05/12/2026\r\n2026H2,SCT,I.6,Hoàn thành,2026-12-15\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.out()).contains("0 lỗi, 0 cảnh báo");
    JsonNode sct = sct(CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", dir.toString(),
        "--format", "json", "-o", "-"));
    assertThat(sct.path("received_on").asText()).isEqualTo("2026-12-05");
  }

  private void write(String text) throws Exception {
    Files.writeString(dir.resolve("SCT-nhiem-vu.csv"), text, StandardCharsets.UTF_8);
  }

  private static JsonNode sct(CliRun status) throws Exception {
    for (JsonNode agency : new ObjectMapper().readTree(status.out()).path("agencies")) {
      if (agency.path("agency").asText().equals("SCT")) {
        return agency;
      }
    }
    throw new AssertionError(status.out() + status.err());
  }
}
