package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb template --format xlsx} and {@code sctb validate} on workbooks, through the real CLI. */
class XlsxCommandTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");
  private static final Path FIXTURES = CliRun.REPO.resolve("src/test/resources/xlsx");

  @Test
  void templateWorkbookHasDropDownChecksFrozenHeaderAndGuide(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SNNMT-nhiem-vu.xlsx");
    CliRun run = CliRun.run("template", "--agency", "SNNMT", "--period", "2025H2", "--format", "xlsx", "-o", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("nhiem-vu");
      assertThat(wb.getSheetName(1)).isEqualTo("Hướng dẫn");
      XSSFSheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Kỳ báo cáo");
      assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Trạng thái");
      assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0) * 3);
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2025H2");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("SNNMT");
      assertThat(first.getCell(3).getStringCellValue()).isNotBlank();
      List<String> checks = new ArrayList<>();
      for (DataValidation v : sheet.getDataValidations()) {
        var c = v.getValidationConstraint();
        String what = c.getExplicitListValues() != null ? String.join("|", c.getExplicitListValues())
            : c.getFormula1() + (c.getFormula2() == null ? "" : ".." + c.getFormula2());
        checks.add(v.getRegions().getCellRangeAddress(0).formatAsString() + " " + what);
      }
      assertThat(checks).contains(
          "E2:E501 chưa triển khai|đang triển khai|hoàn thành|thường xuyên|chậm tiến độ",
          "F2:F501 0..100", "J2:J501 0", "K2:K501 DATE(2024,1,1)..DATE(2035,12,31)");
      String guide = text(wb.getSheetAt(1));
      assertThat(guide).contains("Hạn gửi: trước ngày 20/12/2025", "Sở Công Thương (SCT)", "chậm tiến độ",
          "sctb validate SNNMT-nhiem-vu.xlsx", "Kinh phí (đồng)");
    }
  }

  @Test
  void filledTemplateValidatesAndRerunsAreByteIdentical(@TempDir Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("SCT-nhiem-vu.xlsx");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("SCT-nhiem-vu.xlsx");
    assertThat(CliRun.run("template", "--agency", "SCT", "--period", "2026H1", "--format", "xlsx", "-o", a.toString()).exitCode()).isZero();
    assertThat(CliRun.run("template", "--agency", "SCT", "--period", "2026H1", "--format", "xlsx", "-o", b.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));

    CliRun empty = CliRun.runWithEnv(TODAY, "validate", a.toString());
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.out()).contains("SCT-nhiem-vu.xlsx (", "\n  trang “nhiem-vu”, ô E2, cột “Trạng thái”: lỗi: Chưa ghi trạng thái; chọn một trong: chưa triển khai");

    int rows;
    try (InputStream in = Files.newInputStream(a); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sheet = wb.getSheet("nhiem-vu");
      rows = sheet.getLastRowNum();
      for (int r = 1; r <= rows; r++) {
        Row row = sheet.getRow(r);
        row.getCell(4).setCellValue(r % 2 == 0 ? "hoàn thành" : "đang triển khai");
        row.getCell(5).setCellValue(r % 2 == 0 ? 100 : 37.5);
        row.getCell(6).setCellValue("Đã triển khai; có kết quả");
        row.getCell(9).setCellValue(1_250_000.5);
        row.getCell(10).setCellValue(LocalDate.of(2026, 6, 15)); // the template's dd/mm/yyyy style makes it a date
      }
      try (OutputStream out = Files.newOutputStream(a)) {
        wb.write(out);
      }
    }
    CliRun check = CliRun.runWithEnv(TODAY, "validate", "--strict", "--period", "2026H1", a.toString());
    assertThat(check.exitCode()).as(check.out()).isZero();
    assertThat(check.out()).contains(rows + " dòng (0 dòng bị loại): 0 lỗi, 0 cảnh báo");
  }

  @Test
  void indicatorTemplateWorkbookReadsBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-chi-so.xlsx");
    CliRun run = CliRun.run("template", "--agency", "SCT", "--period", "2026H1", "--kind", "indicators", "--format", "xlsx",
        "-o", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("chi-so");
      assertThat(wb.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("Tử số");
      assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(1);
    }
    CliRun check = CliRun.runWithEnv(TODAY, "validate", "--format", "json", file.toString());
    assertThat(check.out()).contains("\"code\" : \"blank-required\"").contains("\"sheet\" : \"chi-so\"")
        .contains("\"cell\" : \"chi-so!G2\"").doesNotContain("\"code\" : \"unknown-column\"");
  }

  @Test
  void templatePrintsOnA4AsWideAsAPageWithItsHeaderOnEveryPage(@TempDir Path dir) throws Exception {
    for (String kind : List.of("tasks", "indicators")) {
      Path file = dir.resolve(kind + ".xlsx");
      CliRun run = CliRun.run("template", "--agency", "SCT", "--period", "2026H1", "--kind", kind, "--format", "xlsx",
          "-o", file.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
        XSSFSheet data = wb.getSheetAt(0);
        assertThat(data.getPrintSetup().getPaperSize()).as(kind).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(data.getPrintSetup().getLandscape()).as(kind).isTrue();
        assertThat(data.getFitToPage()).as(kind).isTrue();
        assertThat(data.getPrintSetup().getFitWidth()).as(kind).isEqualTo((short) 1);
        assertThat(data.getPrintSetup().getFitHeight()).as(kind + ": as many pages down as it takes").isZero();
        assertThat(data.getRepeatingRows()).as(kind).hasToString(CellRangeAddress.valueOf("1:1").toString());
        assertThat(data.isPrintGridlines()).as(kind).isTrue();
        assertThat(data.getFooter().getCenter()).as(kind).contains("&P");
        assertThat(data.getPaneInformation().isFreezePane()).as(kind).isTrue();
        XSSFSheet guide = wb.getSheetAt(1);
        assertThat(guide.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(guide.getPrintSetup().getLandscape()).isFalse();
        assertThat(guide.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      }
    }
  }

  @Test
  void csvTemplateStillDefault() {
    CliRun run = CliRun.run("template", "--agency", "SCT", "--period", "2026H1", "--format", "csv");
    assertThat(run.out()).startsWith("Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Tên nhiệm vụ,Trạng thái,");
  }

  @Test
  void githubAndJsonCarryTheCell() {
    Path file = FIXTURES.resolve("lo-tasks.xlsx");
    CliRun github = CliRun.runWithEnv(TODAY, "validate", "--format", "github", file.toString());
    assertThat(github.out()).contains("::error file=src/test/resources/xlsx/lo-tasks.xlsx,line=6,col=10,title=bad-number::'Nhiệm vụ'!J6: ");
    CliRun json = CliRun.runWithEnv(TODAY, "validate", "--format", "json", "--lang", "en", file.toString());
    assertThat(json.out()).contains("\"sheet\" : \"Nhiệm vụ\"", "\"cell\" : \"'Nhiệm vụ'!F7\"");
    CliRun csv = CliRun.runWithEnv(TODAY, "validate", "--format", "json", "samples/2024H1/SCT-nhiem-vu.csv");
    assertThat(csv.out()).doesNotContain("\"sheet\"");
  }

  @Test
  void hostileWorkbookIsAClearErrorInBothLanguages() {
    CliRun vi = CliRun.runWithEnv(TODAY, "validate", FIXTURES.resolve("old-format.xls").toString());
    assertThat(vi.exitCode()).isEqualTo(1);
    assertThat(vi.out()).contains("  lỗi: ", "là sổ tính Excel cũ (.xls)", "Lưu thành", "*.xlsx");
    CliRun en = CliRun.runWithEnv(TODAY, "--lang", "en", "validate", FIXTURES.resolve("bomb-sheet.xlsx").toString());
    assertThat(en.out()).contains(": error: ", "unpacks far too large");
    assertThat(en.err()).isEmpty();
  }

  /** A CSV-only run never loads Apache POI: checked in a fresh JVM with -verbose:class. */
  @Test
  void csvOnlyValidateLoadsNoPoiClass() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"), "sctb.Main",
        "validate", "samples/2024H1").directory(CliRun.REPO.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains("sctb.io.csv.CsvFileReader").doesNotContain("org.apache.poi").doesNotContain("sctb.io.xlsx");
  }

  private static String text(XSSFSheet sheet) {
    StringBuilder out = new StringBuilder();
    sheet.forEach(r -> r.forEach(c -> out.append(c.getStringCellValue()).append('\n')));
    return out.toString();
  }
}
