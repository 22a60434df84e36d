package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mistakes a clerk makes filling in a task-progress file in Excel, each checked with {@code sctb
 * validate} as the clerk runs it: a Vietnamese sentence saying where and what to write, no code word,
 * and the exit code README documents (1 errors, 0 warnings only, 2 a mistyped command, 3 no such file).
 */
class ClerkMistakesTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");
  /** The template's header as Excel saves it: semicolons, byte-order mark, CRLF. */
  private static final String HEADER = "\uFEFFKỳ báo cáo;Đơn vị;Mã nhiệm vụ;Tên nhiệm vụ;Trạng thái;Tiến độ (%);Kết quả;"
      + "Khó khăn, vướng mắc;Kiến nghị, đề xuất;Kinh phí (đồng);Ngày báo cáo\r\n";
  private static final String FILLED = "2026H1;SCT;I.1;Triển khai chỉ đạo, hướng dẫn của Bộ Công Thương;hoàn thành;100;"
      + "Đã tổ chức hội nghị;;;12.500.000;25/06/2026\r\n";

  @TempDir
  Path dir;

  @Test
  void aFilledRowIsClean() throws Exception {
    CliRun run = validate(file("dung.csv", HEADER + FILLED));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 lỗi, 0 cảnh báo");
  }

  /** A mistake in one cell of a row: status, progress, amount, report date as the clerk typed them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a status in the clerk's own words | Đã xong    | 100 | 12.500.000      | 25/06/2026 | dòng 2, cột “Trạng thái”: lỗi: Trạng thái “Đã xong” không hợp lệ; ghi một trong: chưa triển khai, đang triển khai, hoàn thành
      the template sent back unfilled   |            |     |                 |            | dòng 2, cột “Trạng thái”: lỗi: Chưa ghi trạng thái; chọn một trong: chưa triển khai, đang triển khai, hoàn thành
      progress above a hundred          | hoàn thành | 120 |                 |            | cột “Tiến độ (%)”: lỗi: Tiến độ “120” phải từ 0 đến 100 (%).
      a day that does not exist         | hoàn thành | 100 |                 | 31/06/2026 | cột “Ngày báo cáo”: lỗi: Ngày “31/06/2026” không hợp lệ; viết dạng ngày/tháng/năm
      a date cell formatted as a number | hoàn thành | 100 |                 | 46371      | cột “Ngày báo cáo”: lỗi: “46371” là số thứ tự ngày của Excel (ngày 15/12/2026), không phải ngày: trong Excel, định dạng cột là Ngày (dd/mm/yyyy) rồi lưu lại, hoặc ghi 15/12/2026.
      an amount with its unit           | hoàn thành | 100 | 12.500.000 đồng |            | cột “Kinh phí (đồng)”: lỗi: “12.500.000 đồng” không phải là số hợp lệ; viết ví dụ 1234,5 hoặc 1.234,5 (không kèm chữ, đơn vị).
      no amount, as a dash              | hoàn thành | 100 | —               |            | cột “Kinh phí (đồng)”: lỗi: “—” không phải là số, và sctb không tự đọc thành 0 vì “—” cũng có thể nghĩa là không có số liệu. Nếu giá trị là 0 (Excel hiện số 0 thành “-” khi ô có định dạng kế toán hay dấu phân cách hàng nghìn, và lưu CSV như vậy), ghi 0; nếu không có số liệu, để trống ô.
      no amount, in words               | hoàn thành | 100 | Không có        |            | cột “Kinh phí (đồng)”: lỗi: “Không có” không phải là số, và sctb không tự đọc thành 0
      """)
  void aCellMistyped(String mistake, String status, String progress, String spent, String date, String sentence)
      throws Exception {
    seesError(row(status, progress, spent, date), sentence);
  }

  @Test
  void theTemplateSavedBeforeAnyRowWasFilled() throws Exception {
    sees(HEADER, "dòng 1: lỗi: Tệp chỉ có dòng tiêu đề, không có dòng nào về tiến độ nhiệm vụ");
  }

  @Test
  void aQuarterForAPeriod() throws Exception {
    seesError(FILLED.replace("2026H1", "Quý II/2026"),
        "cột “Kỳ báo cáo”: lỗi: Kỳ báo cáo “Quý II/2026” không hợp lệ; viết dạng 2024H1 (6 tháng đầu năm)");
  }

  @Test
  void aRequiredColumnDeleted() throws Exception {
    sees(HEADER.replace("Đơn vị;", "") + FILLED.replace("SCT;", ""),
        "dòng 1: lỗi: Tệp tiến độ nhiệm vụ thiếu cột “Đơn vị”, là cột bắt buộc; thêm cột này vào dòng tiêu đề");
  }

  @Test
  void aTaskIdMistyped() throws Exception {
    seesError(FILLED.replace(";I.1;", ";I.10;"),
        "cột “Mã nhiệm vụ”: lỗi: Mã nhiệm vụ “I.10” không có trong kế hoạch; nhóm I có các nhiệm vụ I.1–I.6. Có phải là “I.1”?");
  }

  @Test
  void theAgencyNamedWithItsProvince() throws Exception {
    seesError(FILLED.replace(";SCT;", ";Sở Công thương tỉnh Thanh Hoá;"),
        "cột “Đơn vị”: lỗi: Đơn vị “Sở Công thương tỉnh Thanh Hoá” không có trong danh sách cơ quan của kế hoạch; "
            + "ghi mã (ví dụ SCT) hoặc tên đầy đủ của đơn vị. Có phải là Sở Công Thương?");
  }

  @Test
  void anOldExcelWorkbook() throws Exception {
    Path xls = dir.resolve("SCT-nhiem-vu.xls");
    byte[] ole = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole, 0, magic.length);
    Files.write(xls, ole);
    CliRun run = validate(xls);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("là sổ tính Excel cũ (.xls) hoặc sổ tính có đặt mật khẩu")
        .contains("“Lưu thành” (Save As) kiểu Sổ làm việc Excel (*.xlsx)");
  }

  @Test
  void aWorkbookSavedUnderACsvName() throws Exception {
    Path xlsx = dir.resolve("mau.xlsx");
    assertThat(CliRun.runWithEnv(TODAY, "template", "--agency", "SCT", "--period", "2026H1", "--format", "xlsx",
        "-o", xlsx.toString()).exitCode()).isZero();
    Path csv = Files.copy(xlsx, dir.resolve("SCT-nhiem-vu.csv"));
    CliRun run = validate(csv);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("là sổ tính Excel (.xlsx) nhưng mang tên đuôi khác; sctb đã đọc nó như sổ tính")
        .contains("ô E2, cột “Trạng thái”: lỗi: Chưa ghi trạng thái");
  }

  @Test
  void aPeriodOptionMistyped() {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "--period", "Quý 2/2026", "samples");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Quý 2/2026").contains("2024H1, 2024H2 hoặc 2024");
  }

  @Test
  void aFileNameMistyped() {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.resolve("SCT-nhiem-vu.cvs").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out() + run.err()).contains("Không tìm thấy tệp hoặc thư mục").contains("Kiểm tra lại đường dẫn");
  }

  @Test
  void runFromAFolderWithoutThePlan() throws Exception {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "--plan", dir.resolve("plan.yaml").toString(),
        file("dung.csv", HEADER + FILLED).toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("Không tìm thấy tệp kế hoạch").contains("thư mục đang làm việc: ")
        .contains("Chạy lệnh trong thư mục có plan.yaml, hoặc chỉ rõ tệp bằng --plan ĐƯỜNG_DẪN.");
  }

  /**
   * A numerator saved from Excel's accounting style as " - ": it may be 0 or "no figure", so it is not
   * read as 0, and the message says what to write for each — a required cell cannot be left blank, so
   * "no figure" means leaving the row out.
   */
  @Test
  void aDashInARequiredNumberSaysWriteZeroOrLeaveTheRowOut() throws Exception {
    sees("period,agency,indicator,sector,entity,numerator,denominator,unit,note\r\n"
        + "2026H1,SCT,eco-packaging,,Siêu thị Gia Đình Xanh, - ,1,,\r\n",
        "cột “numerator”: lỗi: “-” không phải là số, và sctb không tự đọc thành 0 vì “-” cũng có thể nghĩa là "
            + "không có số liệu. Nếu giá trị là 0 (Excel hiện số 0 thành “-” khi ô có định dạng kế toán",
        "ghi 0; nếu không có số liệu, bỏ cả dòng này khỏi báo cáo (cột này không để trống được).");
    CliRun english = CliRun.runWithEnv(TODAY, "validate", "--lang", "en", dir.resolve("SCT-nhiem-vu.csv").toString());
    assertThat(english.out()).contains("write 0; if there is no figure, leave this row out of the report (this column "
        + "may not be blank).");
  }

  /** A task row; a null cell (blank in the table above) is left empty. */
  private static String row(String status, String progress, String spent, String date) {
    return String.join(";", "2026H1", "SCT", "I.1", "Triển khai chỉ đạo, hướng dẫn của Bộ Công Thương", blank(status),
        blank(progress), "", "", "", blank(spent), blank(date)) + "\r\n";
  }

  private static String blank(String cell) {
    return cell == null ? "" : cell;
  }

  /** One row's mistake: one error, the row left out. */
  private void seesError(String row, String sentence) throws Exception {
    sees(HEADER + row, sentence, "(1 dòng bị loại): 1 lỗi");
  }

  /** The file as the clerk saved it fails validation (exit code 1) with these sentences. */
  private void sees(String content, String... sentences) throws Exception {
    CliRun run = validate(file("SCT-nhiem-vu.csv", content));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(sentences);
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static CliRun validate(Path file) {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.out()).doesNotContain("blank-required").doesNotContain("unknown-").doesNotContain("bad-")
        .doesNotContain("status").doesNotContain("period");
    return run;
  }
}
