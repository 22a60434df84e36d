package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static sctb.cli.SubmittedFiles.row;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count merged down over two rows was read into both, so 12 models reported as one merged figure counted 24,
 * without a word. It still is (the figure may be each row's), with one {@code merged-number} warning naming the
 * merged cells; an agency merged over its rows, or a number merged across columns, says nothing.
 */
class MergedNumberCellsTest {
  @TempDir
  Path dir;

  @Test
  void aNumberMergedOverRowsIsNamed() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("chi-so");
      row(s, 0, "Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Cơ sở", "Tử số", "Ghi chú");
      row(s, 1, "2026H2", "SCT", "spc-models", "Nhóm 1", 12.0, "");
      row(s, 2, "2026H2", "", "spc-models", "Nhóm 2", null, "");
      s.addMergedRegion(new CellRangeAddress(1, 2, 1, 1)); // the agency: read right, nothing to say
      s.addMergedRegion(new CellRangeAddress(1, 2, 4, 4));
      SubmittedFiles.save(wb, dir, "SCT-chi-so.xlsx");
    }
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("trang “chi-so”, ô E2: cảnh báo: Ô số được gộp qua nhiều hàng của bảng: E2:E3 (1 ô gộp).",
        "2 dòng (0 dòng bị loại)").doesNotContain("B2:B3");
    CliRun json = CliRun.runWithEnv(SubmittedFiles.TODAY, "report", "--period", "2026H2", "--data", dir.toString(), "--format", "json",
        "-o", "-", "--lang", "en");
    assertThat(json.out()).contains("\"code\" : \"merged-number\"", "A number cell is merged over several rows");
  }
}
