package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.cli.CliRun;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/**
 * .xlsx submissions: workbooks saved by LibreOffice (src/test/resources/xlsx, made by make.sh) and made
 * here with POI, read into the same values and diagnostics as CSV, located as {@code Sheet!E7}.
 */
class XlsxReaderTest {
  static final Path FIXTURES = CliRun.REPO.resolve("src/test/resources/xlsx");

  @TempDir Path dir;

  @Test
  void libreOfficeWorkbookTypedNumbersTextNumbersDatesFormulasAndErrors() {
    Submissions s = Check.read(FIXTURES.resolve("lo-tasks.xlsx"));
    List<TaskRow> rows = s.tasks().stream().sorted(Comparator.comparing(TaskRow::task)).toList();
    assertThat(rows).extracting(TaskRow::task).containsExactly("I.1", "I.6", "IV.1");
    TaskRow typed = rows.get(0);
    assertThat(typed.status()).isEqualTo(Status.DONE);
    assertThat(typed.progress()).isEqualByComparingTo("100");
    assertThat(typed.spentVnd()).isEqualByComparingTo("150000000");
    assertThat(typed.submittedOn()).isEqualTo(LocalDate.of(2024, 6, 13));
    assertThat(typed.at().line()).isEqualTo(4);
    TaskRow text = rows.get(1);
    assertThat(text.progress()).isEqualByComparingTo("45.5");
    assertThat(text.spentVnd()).isEqualByComparingTo("1500000.5");
    assertThat(text.submittedOn()).isEqualTo(LocalDate.of(2024, 6, 13));
    TaskRow percent = rows.get(2);
    assertThat(percent.progress()).as("45.5 %% stored as 0.455").isEqualByComparingTo("45.5");
    assertThat(percent.spentVnd()).as("a typed 1.234 is never read as 1234").isEqualByComparingTo("1.234");

    Diagnostic divZero = Check.only(s, "bad-number");
    assertThat(divZero.value()).isEqualTo("#DIV/0!");
    assertThat(divZero.location().sheet()).isEqualTo("Nhiệm vụ");
    assertThat(divZero.location().cellRef()).isEqualTo("'Nhiệm vụ'!J6");
    assertThat(divZero.location().columnName()).isEqualTo("Kinh phí (đồng)");
    Diagnostic range = Check.only(s, "out-of-range");
    assertThat(range.value()).isEqualTo("150");
    assertThat(range.location().cellRef()).isEqualTo("'Nhiệm vụ'!F7");
    assertThat(s.diagnostics()).hasSize(2);
  }

  @Test
  void formulaIsReadByItsCachedValue() {
    // II.1's progress is =F4*0.5 (cached 50); the row is rejected only for its #DIV/0! amount
    Submissions s = Check.read(FIXTURES.resolve("lo-tasks.xlsx"));
    assertThat(s.diagnostics()).noneMatch(d -> d.location().line() == 6 && d.location().column() == 6);
  }

  @Test
  void mergedTwoLevelHeaderAndMergedAgencyCells() {
    Submissions s = Check.read(FIXTURES.resolve("lo-merged-indicators.xlsx"));
    assertThat(s.diagnostics()).isEmpty();
    List<IndicatorRow> rows = s.indicators().stream().sorted(Comparator.comparing(IndicatorRow::entity)).toList();
    assertThat(rows).extracting(IndicatorRow::agency).containsExactly("SCT", "SCT");
    assertThat(rows.get(0).numerator()).isEqualByComparingTo("1280644.25");
    assertThat(rows.get(0).denominator()).isEqualByComparingTo("2260.5");
    assertThat(rows.get(1).numerator()).isEqualByComparingTo("907588.4");
    assertThat(rows.get(1).denominator()).isEqualByComparingTo("1478.9");
    assertThat(rows.get(1).at().line()).isEqualTo(4);
  }

  @Test
  void sampleCsvSavedByLibreOfficeReadsLikeTheCsv() {
    Submissions xlsx = Check.read(FIXTURES.resolve("lo-from-csv.xlsx"));
    Submissions csv = Check.read(CliRun.REPO.resolve("samples/2024H1/SCT-nhiem-vu.csv"));
    assertThat(xlsx.diagnostics()).isEmpty();
    assertThat(xlsx.tasks()).hasSameSizeAs(csv.tasks());
    for (int i = 0; i < csv.tasks().size(); i++) {
      TaskRow a = csv.tasks().get(i);
      TaskRow b = xlsx.tasks().get(i);
      assertThat(b.at().line()).as("the sheet row, where the CSV counts physical lines").isEqualTo(i + 2);
      assertThat(List.of(b.task(), b.status(), String.valueOf(b.result()), String.valueOf(b.submittedOn())))
          .isEqualTo(List.of(a.task(), a.status(), String.valueOf(a.result()), String.valueOf(a.submittedOn())));
      assertThat(b.progress() == null ? null : b.progress().stripTrailingZeros())
          .isEqualTo(a.progress() == null ? null : a.progress().stripTrailingZeros());
      assertThat(b.spentVnd() == null ? null : b.spentVnd().stripTrailingZeros())
          .isEqualTo(a.spentVnd() == null ? null : a.spentVnd().stripTrailingZeros());
    }
  }

  @Test
  void hostileWorkbooksGiveMalformedXlsxNotOutOfMemory() {
    for (String name : List.of("bomb-sheet.xlsx", "bomb-strings.xlsx")) {
      Submissions s = Check.read(FIXTURES.resolve(name));
      assertThat(Check.only(s, "malformed-xlsx").args()).as(name).startsWith("zip-bomb");
      assertThat(s.diagnostics()).as(name).hasSize(1);
    }
    Submissions renamed = Check.read(FIXTURES.resolve("not-a-zip.xlsx")); // a CSV saved with an .xlsx name
    assertThat(Check.only(renamed, "wrong-extension").args()).containsExactly("csv");
    assertThat(renamed.tasks()).hasSize(1);
    assertThat(Check.only(Check.read(FIXTURES.resolve("old-format.xls")), "malformed-xlsx").args()).containsExactly("old-format");
    Path empty = Check.write(dir, "empty.xlsx", new byte[0]);
    Check.only(Check.read(empty), "empty-file");
  }

  @Test
  void poiWorkbookTitleRowsOffsetHeaderBooleansUncachedFormulasAndTrailingJunk() throws IOException {
    Path file = dir.resolve("SCT-nhiem-vu.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Báo cáo");
      sheet.createRow(0).createCell(1).setCellValue("Báo cáo 6 tháng");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 6));
      Row header = sheet.createRow(2); // the table starts in column B, row 3
      String[] names = {"period", "agency", "task", "status", "progress", "spent_vnd"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i + 1).setCellValue(names[i]);
      }
      Row ok = sheet.createRow(3);
      ok.createCell(1).setCellValue("2024H1");
      ok.createCell(2).setCellValue("SCT");
      ok.createCell(3).setCellValue("I.1");
      ok.createCell(4).setCellValue("thường xuyên");
      ok.createCell(5).setCellValue(40);
      ok.createCell(6).setCellValue(1.5e9);
      Row bad = sheet.createRow(4);
      bad.createCell(1).setCellValue("2024H1");
      bad.createCell(2).setCellValue("SCT");
      bad.createCell(3).setCellValue("I.6");
      bad.createCell(4).setCellValue("hoàn thành");
      bad.createCell(5).setCellValue(true); // a boolean is no number
      bad.createCell(6).setCellFormula("G4*2"); // never calculated: no cached value
      CellStyle styled = wb.createCellStyle();
      styled.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      for (int r = 5; r < 40; r++) { // empty styled rows and columns, as Excel leaves them
        Cell c = sheet.createRow(r).createCell(12);
        c.setCellStyle(styled);
        c.setCellValue("");
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    Files.write(dir.resolve("~$SCT-nhiem-vu.xlsx"), new byte[] {1, 2, 3}); // Excel's lock file: skipped
    Submissions s = Check.read(dir);
    assertThat(s.files()).hasSize(1);
    assertThat(s.tasks()).singleElement().satisfies(t -> {
      assertThat(t.status()).isEqualTo(Status.ONGOING);
      assertThat(t.progress()).isEqualByComparingTo("40");
      assertThat(t.spentVnd()).isEqualByComparingTo("1500000000");
      assertThat(t.at().line()).isEqualTo(4);
    });
    assertThat(s.diagnostics()).extracting(d -> d.code().id() + " " + d.location().cellRef() + " " + d.value())
        .containsExactly("bad-number 'Báo cáo'!F5 TRUE", "bad-number 'Báo cáo'!G5 =G4*2");
  }

  @Test
  void hiddenSheetsAreSkippedAndCellsFarRightAreReportedNotRead() throws IOException {
    Path file = dir.resolve("x.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Danh mục").createRow(0).createCell(0).setCellValue("period"); // a hidden lookup list
      wb.setSheetHidden(0, true);
      XSSFSheet sheet = wb.createSheet("Dữ liệu");
      String[] header = {"period", "agency", "task", "status"};
      String[] values = {"2024H1", "SCT", "I.1", "hoàn thành"};
      Row h = sheet.createRow(0);
      Row v = sheet.createRow(1);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
        v.createCell(i).setCellValue(values[i]);
      }
      v.createCell(299).setCellValue("xa quá"); // column KN
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    Submissions s = Check.read(file);
    assertThat(s.tasks()).hasSize(1);
    Diagnostic wide = Check.only(s, "malformed-xlsx");
    assertThat(wide.args()).containsExactly("too-wide", "256");
    assertThat(wide.location().cellRef()).isEqualTo("'Dữ liệu'!KN2");
    assertThat(s.diagnostics()).hasSize(1);
  }
}
