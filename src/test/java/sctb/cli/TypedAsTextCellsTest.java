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
 * Cells as clerks type them in Excel: a number or date kept as text with Excel's leading apostrophe
 * ({@code '1234,5}), a date in Excel's short format with a two-digit year ({@code 5/12/26}), and the
 * row-number column ("STT") nearly every Vietnamese table has. All were errors or warnings a clerk could
 * not act on; they are read as meant.
 */
class TypedAsTextCellsTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  @TempDir
  Path dir;

  @Test
  void anApostropheBeforeANumberOrADateIsExcelsTextMarkNotPartOfTheValue() throws Exception {
    write("Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Tiến độ (%);Kinh phí (đồng);Ngày báo cáo\r\n"
        + "2026H2;SCT;I.1;Thường xuyên;'72;'1.234.500;'14/12/2026\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("bad-number", "bad-date");
    JsonNode sct = sct();
    assertThat(sct.path("received_on").asText()).isEqualTo("2026-12-14");
  }

  @Test
  void aTwoDigitYearIsReadAsExcelReadsIt() throws Exception {
    write("Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Ngày báo cáo\r\n2026H2,SCT,I.1,Thường xuyên,5/12/26\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(sct().path("received_on").asText()).isEqualTo("2026-12-05");
  }

  @Test
  void aTwoDigitYearMonthFirstFollowsTheFilesOrder() throws Exception {
    write("Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Ngày báo cáo\r\n2026H2,SCT,I.1,Thường xuyên,12/15/26\r\n"
        + "2026H2,SCT,I.6,Hoàn thành,12/5/26\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.out()).contains("“12/15/26” là 15/12/2026", "0 lỗi, 1 cảnh báo");
    assertThat(sct().path("received_on").asText()).isEqualTo("2026-12-05");
  }

  @Test
  void aDateWrittenAsOfficialDocumentsDateThemselvesIsRead() throws Exception {
    write("Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Ngày báo cáo\r\n2026H2,SCT,I.1,Thường xuyên,ngày 14 tháng 12 năm 2026\r\n"
        + "2026H2,SCT,I.6,Hoàn thành,15 tháng 12 năm 2026\r\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(sct().path("received_on").asText()).isEqualTo("2026-12-14");
  }

  @Test
  void theRowNumberColumnIsIgnoredWithoutAWarning() throws Exception {
    for (String header : new String[] {"STT", "TT", "Số TT", "Số thứ tự", "No.", "#"}) {
      write(header + ",Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái\r\n1,2026H2,SCT,I.1,Thường xuyên\r\n");
      CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--strict");
      assertThat(run.exitCode()).as(header + ": " + run.out()).isZero();
      assertThat(run.out()).as(header).contains("0 lỗi, 0 cảnh báo");
    }
    write("Số hiệu,Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái\r\n1,2026H2,SCT,I.1,Thường xuyên\r\n");
    assertThat(CliRun.runWithEnv(TODAY, "validate", dir.toString()).out()).as("another column is still told")
        .contains("Cột này không thuộc mẫu báo cáo");
  }

  private void write(String text) throws Exception {
    Files.writeString(dir.resolve("SCT-nhiem-vu.csv"), text, StandardCharsets.UTF_8);
  }

  private JsonNode sct() throws Exception {
    CliRun status = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", dir.toString(),
        "--format", "json", "-o", "-");
    for (JsonNode agency : new ObjectMapper().readTree(status.out()).path("agencies")) {
      if (agency.path("agency").asText().equals("SCT")) {
        return agency;
      }
    }
    throw new AssertionError(status.out() + status.err());
  }
}
