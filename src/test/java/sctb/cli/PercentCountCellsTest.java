package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk types 85% over 100% in a workbook's Numerator and Denominator: Excel stores 0.85 and 1 and shows
 * 85% and 100%; sctb reads what is shown, so the share is 85% — from 85 of 100 supermarkets that do not
 * exist. It was read without a word; now a {@code percent-count} warning names the cells.
 */
class PercentCountCellsTest {
  @TempDir
  Path dir;

  @Test
  void countCellsFormattedAsPercentagesAreNamed() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      XSSFSheet s = wb.createSheet("chi-so");
      SubmittedFiles.row(s, 0, "period", "agency", "indicator", "sector", "entity", "numerator", "denominator", "progress");
      Row r = SubmittedFiles.row(s, 1, "2025H2", "SCT", "eco-packaging", "", "");
      r.createCell(5).setCellValue(0.85);
      r.getCell(5).setCellStyle(percent);
      r.createCell(6).setCellValue(1);
      r.getCell(6).setCellStyle(percent);
      SubmittedFiles.save(wb, dir, "SCT-chi-so.xlsx");
    }
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "validate", dir.toString());
    assertThat(run.out()).contains("cảnh báo: Ô Tử số, Mẫu số F2, G2 (2 ô) được định dạng phần trăm trong Excel");
    CliRun english = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "validate", dir.toString(), "--lang", "en",
        "--format", "json");
    assertThat(english.out()).contains("\"code\" : \"percent-count\"", "\"cell\" : \"chi-so!F2\"");
  }
}
