package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet with a title above its table ("BÁO CÁO TIẾN ĐỘ …", a blank row), saved by Excel as CSV: the
 * title is the file's first line, padded with delimiters. The first line alone was taken for the header:
 * the whole file was rejected with an unknown-file-kind error and one blank-header error per column.
 * The header is now found as in a workbook: the line, among the first 30, naming the most known columns.
 */
class CsvTitleRowsTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  @TempDir
  Path folder;

  @Test
  void titleLinesAboveTheHeaderAreSkipped() throws Exception {
    Path file = folder.resolve("SCT-nhiem-vu.csv");
    Files.writeString(file, "\uFEFFBÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SXTDBV 6 THÁNG CUỐI NĂM 2026;;;;\r\n;;;;\r\n"
        + "Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Tiến độ (%)\r\n"
        + "2026H2;SCT;I.1;Thường xuyên;\r\n"
        + "2026H2;SCT;I.6;Xong;100\r\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    // The one mistake, on its real line; no header problem.
    assertThat(run.out()).contains("dòng 5, cột “Trạng thái”: lỗi: Trạng thái “Xong” không hợp lệ",
        "Đã kiểm tra 1 tệp, 2 dòng (1 dòng bị loại): 1 lỗi, 0 cảnh báo.");
  }
}
