package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
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
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  @TempDir
  Path dir;

  @Test
  void aFormulaWithNoSavedResultIsToldAsSuch() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("chi-so");
      Row header = s.createRow(0);
      String[] names = {"Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Tử số"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("2026H2");
      r.createCell(1).setCellValue("SCT");
      r.createCell(2).setCellValue("spc-models");
      r.createCell(3).setCellFormula("2*3"); // POI saves no result: nothing calculated it
      try (OutputStream out = Files.newOutputStream(dir.resolve("SCT-chi-so.xlsx"))) {
        wb.write(out);
      }
    }
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.out()).contains("ô D2, cột “Tử số”: lỗi: Ô chứa công thức “=2*3” mà không có kết quả đã tính",
        "nhấn Ctrl+Alt+F9");
    CliRun english = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--lang", "en");
    assertThat(english.out()).contains("holds the formula “=2*3” with no calculated result");
  }
}
