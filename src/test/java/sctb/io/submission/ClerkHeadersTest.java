package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.submission.Submissions;

/**
 * Headers as clerks write them in their own sheets: a note in brackets after the name, "ĐVT", "Kết quả thực
 * hiện", "Tên cơ sở". "Tử số (giá trị)" and "ĐVT" were unknown, so the whole file was rejected for a missing
 * numerator; "Kết quả thực hiện" was left out with a warning and the results never reached the report;
 * "Tên cơ sở" (the register's name column) was dropped without a word and every row lost its entity.
 */
class ClerkHeadersTest {
  @TempDir
  Path dir;

  @Test
  void indicatorHeadersWithNotesInBracketsAndTheEntityNamedAsInTheRegister() {
    Path file = Check.write(dir, "SCT-chi-so.csv", ("Kỳ báo cáo;Đơn vị;Chỉ tiêu;Tên cơ sở;Tử số (giá trị);"
        + "Mẫu số (số hiện có);ĐVT\r\n2026H1;SCT;eco-packaging;TTTM Bến Ngự;1;1;siêu thị\r\n").getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(file);
    assertThat(s.diagnostics()).isEmpty();
    assertThat(s.indicators()).singleElement().satisfies(r -> {
      assertThat(r.entity()).isEqualTo("TTTM Bến Ngự");
      assertThat(r.numerator()).isEqualByComparingTo("1");
      assertThat(r.unit()).isEqualTo("siêu thị");
    });
  }

  /** "Mã nhiệm vụ" was read for the task, but its twin "Mã chỉ tiêu" (and "Mã ngành") rejected the whole file. */
  @Test
  void theIndicatorAndSectorNamedByTheirCodesAsTheTaskIs() {
    Path file = Check.write(dir, "SCT-chi-so.csv", ("Kỳ báo cáo;Đơn vị;Mã chỉ tiêu;Mã ngành;Tên cơ sở;Tử số;Mẫu số\r\n"
        + "2026H1;SCT;consumption-reduction;steel;Thép Nghi Sơn;10;100\r\n").getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(file);
    assertThat(s.diagnostics()).isEmpty();
    assertThat(s.indicators()).singleElement().satisfies(r -> {
      assertThat(r.indicator()).isEqualTo("consumption-reduction");
      assertThat(r.sector()).isEqualTo("steel");
    });
  }

  @Test
  void taskHeadersAsClerksWriteThemButNeverSpendingInAnotherUnit() {
    Path file = Check.write(dir, "SCT-nhiem-vu.csv", ("Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Tiến độ thực hiện (%);"
        + "Kết quả thực hiện;Ngày gửi báo cáo;Kinh phí (triệu đồng);Loại\r\n"
        + "2026H1;SCT;I.1;Thường xuyên;40;Đã ban hành 3 văn bản;15/06/2026;150;x\r\n").getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(file);
    // Millions of đồng read as đồng would be a figure a million times too small: that column is left out, said.
    assertThat(s.diagnostics()).extracting(d -> d.code().id() + " " + d.location().columnName())
        .containsExactly("unknown-column Kinh phí (triệu đồng)", "unknown-column Loại");
    assertThat(s.tasks()).singleElement().satisfies(t -> {
      assertThat(t.progress()).isEqualByComparingTo("40");
      assertThat(t.result()).isEqualTo("Đã ban hành 3 văn bản");
      assertThat(t.submittedOn()).hasToString("2026-06-15");
      assertThat(t.spentVnd()).isNull();
    });
  }
}
