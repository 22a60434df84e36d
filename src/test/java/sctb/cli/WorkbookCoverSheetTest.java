package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook whose first sheet is a cover or instructions page ("Bìa": the agency, the period), the
 * table on a sheet named otherwise ("Báo cáo"). The first sheet alone used to be read: the whole file
 * was an {@code unknown-file-kind} error about the cover's title. Now the first visible sheet whose
 * header names a file kind is read; with none, the first sheet and its error, as before.
 */
class WorkbookCoverSheetTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  @TempDir
  Path dir;

  @Test
  void theTableAfterACoverSheetIsRead() throws Exception {
    Path file = workbook(true).write(dir.resolve("SCT-bao-cao.xlsx"));
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    // The data sheet's own mistake, at its own cell: the cover is not what was read.
    assertThat(run.out()).contains("trang “Báo cáo”, ô B3, cột “Trạng thái”: lỗi: Trạng thái “Xong” không hợp lệ",
        "Đã kiểm tra 1 tệp, 2 dòng (1 dòng bị loại): 1 lỗi, 0 cảnh báo.").doesNotContain("Bìa");
  }

  @Test
  void withoutATableTheFirstSheetSaysWhatIsWrong() throws Exception {
    Path file = workbook(false).write(dir.resolve("SCT-bao-cao.xlsx"));
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("trang “Bìa”, dòng 1: lỗi: Không nhận ra loại tệp từ dòng tiêu đề");
  }

  /** Sheets "Bìa" (a title) and "Báo cáo": the task table, or more title text when {@code table} is false. */
  private static CraftedWorkbook workbook(boolean table) {
    String rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    return new CraftedWorkbook()
        .part("xl/workbook.xml", w -> w.write("<?xml version=\"1.0\"?><workbook xmlns=\"" + CraftedWorkbook.MAIN
            + "\" xmlns:r=\"" + CraftedWorkbook.REL + "\"><sheets><sheet name=\"Bìa\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "<sheet name=\"Báo cáo\" sheetId=\"2\" r:id=\"rId4\"/></sheets></workbook>"))
        .part("xl/_rels/workbook.xml.rels", w -> w.write("<?xml version=\"1.0\"?><Relationships xmlns=\"" + rel + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + CraftedWorkbook.REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\"" + CraftedWorkbook.REL + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
            + "</Relationships>"))
        .sheet(w -> w.write("<sheetData><row r=\"1\">" + CraftedWorkbook.text("A1", "SỞ CÔNG THƯƠNG THANH HÓA")
            + "</row><row r=\"2\">" + CraftedWorkbook.text("A2", "Báo cáo 6 tháng cuối năm 2026") + "</row></sheetData>"))
        .part("xl/worksheets/sheet2.xml", w -> w.write("<?xml version=\"1.0\"?><worksheet xmlns=\"" + CraftedWorkbook.MAIN
            + "\"><sheetData>" + (table
                ? row(1, "Mã nhiệm vụ", "Trạng thái", "Kỳ báo cáo", "Đơn vị") + row(2, "I.1", "Thường xuyên", "2026H2", "SCT")
                    + row(3, "I.6", "Xong", "2026H2", "SCT")
                : row(1, "Ghi chú", "", "", "") + row(2, "Xem trang trước", "", "", ""))
            + "</sheetData></worksheet>"));
  }

  private static String row(int n, String a, String b, String c, String d) {
    return "<row r=\"" + n + "\">" + CraftedWorkbook.text("A" + n, a) + CraftedWorkbook.text("B" + n, b)
        + CraftedWorkbook.text("C" + n, c) + CraftedWorkbook.text("D" + n, d) + "</row>";
  }
}
