package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static sctb.cli.SubmittedFiles.row;

import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clerk hides in a workbook is still in it: rows hidden by hand or left out by a filter were read
 * and counted without a word, though nobody opening the file sees them and the clerk may have hidden
 * them to leave them out. They are still counted, with one {@code hidden-rows} warning a sheet naming them.
 * A table only on a hidden sheet (the visible one a cover note) was refused with an error about the cover
 * note's "header"; it is read, with a {@code hidden-sheet} warning.
 */
class HiddenInExcelTest {
  @TempDir
  Path dir;

  @Test
  void rowsHiddenByHandOrByAFilterAreCountedWithOneWarningNamingThem() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("nhiem-vu");
      row(s, 0, "Kỳ báo cáo", "Đơn vị", "Mã nhiệm vụ", "Trạng thái");
      row(s, 1, "2026H2", "SCT", "I.1", "Thường xuyên");
      row(s, 2, "2026H2", "SCT", "I.6", "Hoàn thành").setZeroHeight(true);
      row(s, 3, "2026H2", "SCT", "I.2", "Hoàn thành").setZeroHeight(true);
      row(s, 4, "2026H2", "SCT", "I.3", "Hoàn thành").setZeroHeight(true);
      row(s, 5, "2026H2", "SCT", "I.4", "Hoàn thành");
      row(s, 6, "2026H2", "SCT", "I.5", "Hoàn thành").setZeroHeight(true);
      s.setAutoFilter(new CellRangeAddress(0, 6, 0, 3));
      SubmittedFiles.save(wb, dir, "SCT-nhiem-vu.xlsx");
    }
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("trang “nhiem-vu”, dòng 3: cảnh báo: Bảng có hàng đang bị ẩn trong Excel (ẩn tay hoặc "
        + "bị bộ lọc che): hàng 3–5, 7 (4 hàng). sctb vẫn đọc và tính các hàng này", "Đã kiểm tra 1 tệp, 6 dòng (0 dòng bị loại)");
    CliRun english = SubmittedFiles.validate(dir, "--lang", "en", "--format", "json");
    assertThat(english.out()).contains("\"code\" : \"hidden-rows\"", "\"cell\" : \"nhiem-vu!3:3\"",
        "rows hidden in Excel (by hand or by a filter): 3–5, 7 (4 in all)");
  }

  /** A hidden column is read like any (here the denominator that decides the share): one warning naming the columns. */
  @Test
  void hiddenColumnsAreReadWithOneWarningNamingThem() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("chi-so");
      row(s, 0, "Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Tử số", "Mẫu số", "Ghi chú", "Cũ");
      row(s, 1, "2026H2", "SCT", "eco-packaging", "30", "40");
      s.setColumnHidden(4, true);
      s.setColumnHidden(5, true);
      s.setColumnHidden(6, true);
      s.setColumnHidden(9, true); // empty: nothing to say
      SubmittedFiles.save(wb, dir, "SCT-chi-so.xlsx");
    }
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("trang “chi-so”, ô E1: cảnh báo: Bảng có cột đang bị ẩn trong Excel: cột E–G (3 cột).",
        "1 dòng (0 dòng bị loại)").doesNotContain("J");
    CliRun english = SubmittedFiles.validate(dir, "--lang", "en", "--format", "json");
    assertThat(english.out()).contains("\"code\" : \"hidden-columns\"", "columns hidden in Excel: E–G (3 in all)");
  }

  @Test
  void aHiddenRowAboveTheHeaderIsNoneOfTheTable() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("nhiem-vu");
      row(s, 0, "Biểu mẫu số 01").setZeroHeight(true);
      row(s, 1, "Kỳ báo cáo", "Đơn vị", "Mã nhiệm vụ", "Trạng thái");
      row(s, 2, "2026H2", "SCT", "I.1", "Thường xuyên");
      SubmittedFiles.save(wb, dir, "SCT-nhiem-vu.xlsx");
    }
    SubmittedFiles.assertStrictlyClean(dir, 1);
  }

  @Test
  void aTableOnlyOnAHiddenSheetIsReadWithAWarning() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      row(wb.createSheet("Sheet1"), 0, "Số liệu ở trang sau");
      XSSFSheet data = wb.createSheet("Dữ liệu");
      row(data, 0, "Kỳ báo cáo", "Đơn vị", "Mã nhiệm vụ", "Trạng thái");
      row(data, 1, "2026H2", "SCT", "I.1", "Thường xuyên");
      row(wb.createSheet("DanhMuc"), 0, "Trạng thái");
      wb.setSheetHidden(1, true);
      wb.setSheetHidden(2, true);
      SubmittedFiles.save(wb, dir, "SCT-nhiem-vu.xlsx");
    }
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("trang “Dữ liệu”: cảnh báo: Không trang nào đang hiện có bảng báo cáo; bảng nằm ở trang "
        + "“Dữ liệu” đang bị ẩn", "1 dòng (0 dòng bị loại)");
  }

  /** A hidden lookup list headed like a column ("Trạng thái") is no table: the visible sheet's header is what is wrong. */
  @Test
  void aHiddenLookupListIsNotTakenForTheTable() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet visible = wb.createSheet("Báo cáo");
      row(visible, 0, "Kỳ", "Đơn vị", "Nhiệm vụ số", "Tình hình");
      row(visible, 1, "2026H2", "SCT", "I.1", "Thường xuyên");
      XSSFSheet list = wb.createSheet("DanhMuc");
      row(list, 0, "Trạng thái");
      row(list, 1, "Hoàn thành");
      wb.setSheetHidden(1, true);
      SubmittedFiles.save(wb, dir, "SCT-nhiem-vu.xlsx");
    }
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("trang “Báo cáo”").doesNotContain("DanhMuc", "Dữ liệu");
  }
}
