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
 * A table laid out as Vietnamese official forms are: a title, a header merged over two rows ("Tiến độ"
 * above "(%)", "Kinh phí (đồng)" only in the lower row), and the row numbering the columns "(1) (2) (3)…".
 * The lower header row and the numbers were read as data, an error in every column of each, and the
 * column named only in the lower row was lost; now both rows are the header.
 */
class OfficialTableLayoutTest {
  @TempDir
  Path dir;

  @Test
  void aWorkbookWithATwoRowHeaderAndColumnNumbersReadsItsRowsOnly() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Báo cáo");
      row(s, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SXTDBV 6 THÁNG CUỐI NĂM 2026");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
      row(s, 2, "STT", "Kỳ báo cáo", "Đơn vị", "Mã nhiệm vụ", "Trạng thái", "Tiến độ", "", "Ngày báo cáo");
      row(s, 3, "", "", "", "", "", "(%)", "Kinh phí (đồng)", "");
      for (int c : new int[] {0, 1, 2, 3, 4, 7}) {
        s.addMergedRegion(new CellRangeAddress(2, 3, c, c));
      }
      row(s, 4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)");
      row(s, 5, "1", "2026H2", "SCT", "I.1", "Đang triển khai", "50", "1.500.000", "14/12/2026");
      SubmittedFiles.save(wb, dir, "SCT-nhiem-vu.xlsx");
    }
    SubmittedFiles.assertStrictlyClean(dir, 1);
    CliRun json = CliRun.runWithEnv(SubmittedFiles.TODAY, "report", "--period", "2026H2", "--data", dir.toString(), "--format", "json",
        "-o", "-");
    assertThat(json.out()).contains("\"spent_vnd\" : 1500000");
  }

  @Test
  void theSameTableSavedAsCsvToo() throws Exception {
    SubmittedFiles.csv(dir, "SCT-nhiem-vu.csv", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SXTDBV;;;;;;;\r\n"
        + "STT;Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Tiến độ;;Ngày báo cáo\r\n"
        + ";;;;;(%);Kinh phí (đồng);\r\n"
        + "1;2;3;4;5;6;7;8\r\n"
        + "1;2026H2;SCT;I.1;Đang triển khai;50;1.500.000;14/12/2026\r\n");
    SubmittedFiles.assertStrictlyClean(dir, 1);
  }

  @Test
  void aDataRowUnderTheHeaderStaysData() throws Exception {
    SubmittedFiles.csv(dir, "SCT-nhiem-vu.csv", "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Tiến độ\r\n"
        + "2026H2,SCT,I.1,Đang triển khai,(50)\r\n");
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("1 dòng (1 dòng bị loại)", "“(50)”");
  }

  /** A second table pasted under the first: its header was an error in every column; now one sentence. */
  @Test
  void aRepeatedHeaderRowIsOneErrorNotOneACell() throws Exception {
    SubmittedFiles.csv(dir, "SCT-nhiem-vu.csv", "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Tiến độ (%)\r\n"
        + "2026H2,SCT,I.1,Đang triển khai,50\r\n\r\n"
        + "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Tiến độ (%)\r\n"
        + "2026H2,SCT,I.6,Hoàn thành,100\r\n");
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("dòng 4, cột “Kỳ báo cáo”: lỗi: Dòng này lặp lại dòng tiêu đề của bảng (“Kỳ báo cáo”…)",
        "3 dòng (1 dòng bị loại): 1 lỗi, 0 cảnh báo");
    CliRun english = SubmittedFiles.validate(dir, "--lang", "en");
    assertThat(english.out()).contains("This row repeats the table's header (“Kỳ báo cáo”…)");
  }
}
