package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static sctb.cli.SubmittedFiles.row;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.io.csv.CsvFileReader;

/**
 * An official form ends under its table: the totals row, a note, "Thanh Hóa, ngày … tháng … năm …", the
 * signers' titles, "(Ký, ghi rõ họ tên, đóng dấu)" and their names, blank rows between, in merged cells in a
 * workbook. Each of those rows was an error in every column (28 errors for a file of two good rows); the
 * table now ends where the footer starts, in CSV and workbooks alike, also in a CSV read in two passes.
 */
class OfficialFormFooterTest {
  private static final String FOOTER = ";;;;;;\r\n"
      + ";Số liệu 6 tháng là số ước tính;;;;;\r\n"
      + ";Tổng cộng;;;;;3.500.000\r\n"
      + ";Ghi chú: Kinh phí ước tính đến 30/11/2026;;;;;\r\n"
      + ";;;;;Thanh Hóa, ngày 10 tháng 12 năm 2026;\r\n"
      + ";Người lập biểu;;;;Thủ trưởng đơn vị;\r\n"
      + ";;;;;(Ký, ghi rõ họ tên, đóng dấu);\r\n"
      + ";;;;;;\r\n"
      + ";Nguyễn Văn An;;;;Lê Thị Bình;\r\n";

  @TempDir
  Path dir;

  @Test
  void aCsvFormsFooterIsNoneOfTheTable() throws Exception {
    SubmittedFiles.csv(dir, "SCT-nhiem-vu.csv", "STT;Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Tiến độ (%);Kinh phí (đồng)\r\n"
        + "1;2026H2;SCT;I.1;Thường xuyên;100;1.500.000\r\n"
        + "2;2026H2;SCT;I.6;Hoàn thành;100;2.000.000\r\n" + FOOTER);
    SubmittedFiles.assertStrictlyClean(dir, 2);
  }

  /** The footer is only what holds no data: a row that lost its period above the signatures is still an error. */
  @Test
  void aDataRowAboveTheFooterStaysData() throws Exception {
    SubmittedFiles.csv(dir, "SCT-nhiem-vu.csv", "STT;Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Tiến độ (%);Kinh phí (đồng)\r\n"
        + "1;2026H2;SCT;I.1;Thường xuyên;100;1.500.000\r\n"
        + "2;;SCT;I.6;Hoàn thành;100;2.000.000\r\n"
        + ";Thủ trưởng đơn vị;;;;;\r\n;Lê Thị Bình;;;;;\r\n");
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("dòng 3, cột “Kỳ báo cáo”: lỗi", "2 dòng (1 dòng bị loại): 1 lỗi")
        .doesNotContain("dòng 4", "dòng 5");
  }

  @Test
  void aWorkbooksFooterInMergedCellsIsNoneOfTheTable() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("chi-so");
      row(s, 0, "STT", "Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Cơ sở", "Tử số", "Mẫu số");
      row(s, 1, "1", "2026H2", "SCT", "spc-models", "Mô hình A", "1", "");
      row(s, 2, "2", "2026H2", "SCT", "spc-models", "Mô hình B", "1", "");
      row(s, 3, "Tổng cộng", "", "", "", "", "2", "");
      s.addMergedRegion(new CellRangeAddress(3, 3, 0, 4));
      row(s, 5, "", "", "", "", "Thanh Hóa, ngày 10 tháng 12 năm 2026");
      s.addMergedRegion(new CellRangeAddress(5, 5, 4, 6));
      org.apache.poi.ss.usermodel.Cell signed = s.getRow(5).createCell(4); // the date as a date cell, formatted so
      signed.setCellValue(java.time.LocalDate.of(2026, 12, 10));
      org.apache.poi.ss.usermodel.CellStyle dated = wb.createCellStyle();
      dated.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      signed.setCellStyle(dated);
      row(s, 6, "", "NGƯỜI LẬP BIỂU", "", "", "KT. GIÁM ĐỐC");
      row(s, 7, "", "", "", "", "PHÓ GIÁM ĐỐC");
      row(s, 8, "", "", "", "", "(Ký, ghi rõ họ tên, đóng dấu)");
      s.addMergedRegion(new CellRangeAddress(8, 10, 4, 6));
      row(s, 11, "", "Nguyễn Văn An", "", "", "Lê Thị Bình");
      SubmittedFiles.save(wb, dir, "SCT-chi-so.xlsx");
    }
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("2 dòng (0 dòng bị loại): 0 lỗi, 2 cảnh báo", "“Mô hình B” không có trong sổ đăng ký");
  }

  /**
   * A CSV from 4 MB on is read in two passes over its bytes: the two-row header ("Số liệu" over "Tử số" and
   * "Mẫu số"), the column numbers and the footer were read as data there, every row after lost its numerator.
   */
  @Test
  void aLargeCsvReadInTwoPassesHasItsTwoRowHeaderAndItsFooter() throws Exception {
    StringBuilder csv = new StringBuilder("STT;Kỳ báo cáo;Đơn vị;Chỉ tiêu;Ngành;Cơ sở;Số liệu;;Đơn vị tính\r\n"
        + ";;;;;;Tử số;Mẫu số;\r\n(1);(2);(3);(4);(5);(6);(7);(8);(9)\r\n");
    int rows = 0;
    while (csv.length() < CsvFileReader.STREAMED_BYTES + 4096) {
      rows++;
      csv.append(rows).append(";2026H2;SCT;consumption-reduction;cement;Nhà máy số ").append(rows).append(";1.200,5;")
          .append(100 + rows % 7).append(";MJ/tấn\r\n");
    }
    csv.append(FOOTER.replace(";\r\n", ";;;\r\n"));
    SubmittedFiles.csv(dir, "SCT-chi-so.csv", csv);
    CliRun run = SubmittedFiles.validate(dir);
    // thousands grouped with a dot, as Vietnamese writes them (German grouping is the same)
    assertThat(run.out()).contains(String.format(java.util.Locale.GERMANY, "%,d", rows) + " dòng (0 dòng bị loại): 0 lỗi");
  }
}
