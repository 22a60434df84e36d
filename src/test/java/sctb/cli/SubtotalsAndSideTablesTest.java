package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.cli.SubmittedFiles.TODAY;
import static sctb.cli.SubmittedFiles.assertStrictlyClean;
import static sctb.cli.SubmittedFiles.csv;
import static sctb.cli.SubmittedFiles.row;
import static sctb.cli.SubmittedFiles.save;
import static sctb.cli.SubmittedFiles.validate;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk's own additions to the table: a subtotal line under each group of tasks ("Cộng nhóm I"), which gave
 * an error in every blank column, and notes or a second table kept to the right past an empty column, whose
 * header repeated the table's and had the whole file refused ({@code duplicate-header}).
 */
class SubtotalsAndSideTablesTest {
  @TempDir
  Path dir;

  @Test
  void aSubtotalLineInATaskTableIsOneErrorNotOneACell() throws Exception {
    csv(dir, "SCT-nhiem-vu.csv", "Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Tiến độ (%);Kinh phí (đồng)\r\n"
        + "2026H2;SCT;I.1;Đang triển khai;50;1.500.000\r\n"
        + "2026H2;SCT;I.6;Hoàn thành;100;500.000\r\n"
        + ";;Cộng nhóm I;;;2.000.000\r\n"
        + "2026H2;SCT;II.1;Đang triển khai;40;\r\n"
        + "Tổng nhóm II;;;;;\r\n");
    CliRun run = validate(dir);
    assertThat(run.out()).contains("dòng 4: lỗi: Dòng “Cộng nhóm I” là dòng cộng của một nhóm (tổng phụ)",
        "dòng 6: lỗi: Dòng “Tổng nhóm II” là dòng cộng của một nhóm",
        "5 dòng (2 dòng bị loại): 2 lỗi, 0 cảnh báo").doesNotContain("Ô bắt buộc", "không hợp lệ");
    CliRun english = validate(dir, "--lang", "en");
    assertThat(english.out()).contains("line 4: error: The row “Cộng nhóm I” is a group's subtotal line");
    CliRun json = CliRun.runWithEnv(TODAY, "report", "--period", "2026H2", "--data", dir.toString(), "--format", "json",
        "-o", "-");
    assertThat(json.out()).doesNotContain("2000000");
  }

  @Test
  void aSubtotalLineInAnIndicatorWorkbookIsLeftOut() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Số liệu");
      row(s, 0, "Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Ngành", "Cơ sở", "Tử số", "Mẫu số");
      row(s, 1, "2026H2", "SCT", "consumption-reduction", "textile", "Công ty CP May Thiệu Phong", "1339387", "2422.4");
      row(s, 2, "", "", "", "", "Cộng ngành Dệt may", "1339387", "2422.4");
      save(wb, dir, "SCT-chi-so.xlsx");
    }
    CliRun run = validate(dir);
    assertThat(run.out()).contains("“Cộng ngành Dệt may” là dòng cộng của một nhóm", "2 dòng (1 dòng bị loại): 1 lỗi")
        .doesNotContain("Ô bắt buộc");
  }

  @Test
  void notesToTheRightPastAnEmptyColumnAreOneWarning() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Báo cáo");
      row(s, 0, "Kỳ báo cáo", "Đơn vị", "Mã nhiệm vụ", "Trạng thái", "Tiến độ (%)", "", "Mã nhiệm vụ", "Ghi chú của phòng");
      row(s, 1, "2026H2", "SCT", "I.1", "Đang triển khai", "50", "", "I.1", "Chờ số liệu quý IV");
      row(s, 2, "2026H2", "SCT", "I.6", "Hoàn thành", "100", "", "I.6", "Đã xong");
      row(s, 3, "", "", "", "", "", "", "II.1", "Chưa giao");
      save(wb, dir, "SCT-nhiem-vu.xlsx");
    }
    CliRun run = validate(dir);
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("cảnh báo: Bên phải bảng báo cáo, sau cột trống F, còn một bảng hoặc ghi chú khác (cột G–H)",
        "2 dòng (0 dòng bị loại): 0 lỗi, 1 cảnh báo").doesNotContain("trùng nghĩa", "Ô bắt buộc");
    CliRun english = validate(dir, "--lang", "en");
    assertThat(english.out()).contains("past the empty column F, there is another table or notes (columns G–H)");
  }

  @Test
  void aColumnOfTheTableKeptApartByAnEmptyColumnIsStillRead() throws Exception {
    csv(dir, "SCT-nhiem-vu.csv", "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,,Ngày gửi\r\n"
        + "2026H2,SCT,I.1,Đang triển khai,,14/12/2026\r\n");
    assertStrictlyClean(dir, 1);
  }
}
