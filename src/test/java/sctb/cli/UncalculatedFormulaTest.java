package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook made by another program (or by Excel set to calculate manually) holds formulas with no result saved:
 * the cell was told "“=E2*2” is not a valid number; write e.g. 1234,5", and the clerk who sees 6 in Excel could not
 * act on it. The message now says the formula was never calculated and how to calculate it.
 */
class UncalculatedFormulaTest {
  @TempDir
  Path dir;

  @Test
  void aFormulaWithNoSavedResultIsToldAsSuch() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("chi-so");
      SubmittedFiles.row(s, 0, "Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Tử số");
      SubmittedFiles.row(s, 1, "2026H2", "SCT", "spc-models").createCell(3).setCellFormula("2*3"); // POI saves no result: nothing calculated it
      SubmittedFiles.save(wb, dir, "SCT-chi-so.xlsx");
    }
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("ô D2, cột “Tử số”: lỗi: Ô chứa công thức “=2*3” mà không có kết quả đã tính",
        "nhấn Ctrl+Alt+F9");
    CliRun english = SubmittedFiles.validate(dir, "--lang", "en");
    assertThat(english.out()).contains("holds the formula “=2*3” with no calculated result");
  }
}
