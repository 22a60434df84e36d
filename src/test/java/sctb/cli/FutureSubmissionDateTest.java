package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission date after today is a typo (2027 for 2026, day and month swapped): it was taken as the day
 * the report came, so a report dated 15/12/2026 and read on 01/12/2026 counted as on time. It is now a
 * {@code future-date} error at its cell, and the report is not on time by it.
 */
class FutureSubmissionDateTest {
  @TempDir
  Path dir;

  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-01");
  private static final String HEADER = "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Ngày gửi\n";

  @Test
  void aDateAfterTodayIsAnErrorAtItsCellAndNotOnTime() throws Exception {
    write("2026H2/STC-nhiem-vu.csv", HEADER + "2026H2,STC,I.2,Hoàn thành,15/12/2026\n2026H2,STC,I.3,Hoàn thành,16/11/2026\n");
    CliRun validate = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains("dòng 2, cột “Ngày gửi”: lỗi: Ngày gửi 15/12/2026 sau hôm nay (01/12/2026)")
        .doesNotContain("dòng 3");
    CliRun english = CliRun.runWithEnv(TODAY, "--lang", "en", "validate", dir.toString());
    assertThat(english.out()).contains("Date sent 15/12/2026 is after today (01/12/2026)");

    CliRun status = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", dir.toString());
    assertThat(status.out()).containsPattern("STC +có lỗi +16/11/2026 +đúng hạn");

    write("2026H2/STC-nhiem-vu.csv", HEADER + "2026H2,STC,I.2,Hoàn thành,15/12/2026\n");
    CliRun onlyFuture = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", dir.toString());
    assertThat(onlyFuture.out()).containsPattern("STC +có lỗi +không rõ +còn 20 ngày").doesNotContain("15/12/2026");
  }

  @Test
  void theDayItselfIsNotInTheFuture() throws Exception {
    write("2026H2/STC-nhiem-vu.csv", HEADER + "2026H2,STC,I.2,Hoàn thành,01/12/2026\n");
    CliRun validate = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
