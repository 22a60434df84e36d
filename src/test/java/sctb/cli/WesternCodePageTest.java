package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved as plain "CSV" by Excel on a Windows set to a Western code page (1252): the Vietnamese letters
 * the page lacks became "?", and its "ì", "ò" bytes are Windows-1258's tone marks. It was read as 1258 ("Bình"
 * became "B́nh") under a warning that only advised UTF-8 next time, while the lost letters went to the report.
 */
class WesternCodePageTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  @TempDir
  Path folder;

  @Test
  void lostLettersAreSaidWithAnExampleAndTheRestReadAs1252() throws Exception {
    Path file = folder.resolve("SCT-chi-so.csv");
    String table = "period,agency,indicator,sector,entity_id,entity,numerator,denominator\r\n"
        + "2026H2,SCT,consumption-reduction,textile,2858710462,Công ty TNHH Dệt kim Bình An,990604.9,1665.9\r\n";
    Files.write(file, table.getBytes(Charset.forName("windows-1252"))); // "ệ" has no place there: "?"
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.out()).contains("dòng 2: cảnh báo: Tệp không phải UTF-8 (đã đọc theo bảng mã windows-1252) và chữ "
        + "tiếng Việt đã mất khi lưu", "(ví dụ “D?t”)", "Tên “Công ty TNHH D?t kim Bình An” khác tên");
  }

  @Test
  void windows1258ToneMarksAfterVowelsAreStillVietnamese() throws Exception {
    Path file = folder.resolve("SCT-chi-so.csv");
    String table = "period,agency,indicator,sector,entity_id,entity,numerator,denominator\r\n"
        + "2026H2,SCT,consumption-reduction,textile,2858710462,Công ty TNHH Dệt kim Bình An,990604.9,1665.9\r\n";
    // Windows-1258 writes "ệ" as "ê" and a combining dot below, "ì" as "i" and a combining grave.
    String decomposed = table.replace("ệ", "ê\u0323").replace("ì", "i\u0300");
    Files.write(file, decomposed.getBytes(Charset.forName("windows-1258")));
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.out()).contains("đã đọc theo bảng mã windows-1258", "0 lỗi, 1 cảnh báo").doesNotContain("khác tên");
  }

  /** A Vietnamese header with its letters lost ("K? b?o c?o") was also a warning a column, each unknown. */
  @Test
  void aHeaderWhoseLettersWereLostIsSaidOnceNotAColumn() throws Exception {
    Path file = folder.resolve("SCT-nhiem-vu.csv");
    Files.write(file, "Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái\r\n2026H2;SCT;I.1;Đang triển khai\r\n"
        .getBytes(Charset.forName("windows-1252"))); // "K? báo cáo", "??n v?"
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.out()).contains("chữ tiếng Việt đã mất khi lưu", "1 lỗi, 1 cảnh báo")
        .doesNotContain("Cột này không thuộc mẫu báo cáo");
  }
}
