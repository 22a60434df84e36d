package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UTF-8 file without a byte order mark opened in Excel on Windows is shown through the ANSI code page
 * (1258 on a Vietnamese Windows, 1252 on a Western one), "Ká»³ bÃ¡o cÃ¡o", and "CSV UTF-8" saves it as shown.
 * That is valid UTF-8, so it was read as it stood: the header unknown, one warning a column and an error no
 * clerk could act on. The original letters are read back, with one warning saying what happened.
 */
class GarbledThroughCodePageTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");
  private static final String TABLE = "Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Kết quả\r\n"
      + "2026H2;Sở Công Thương;I.1;Thường xuyên;Đã tuyên truyền tại Thiệu Hóa\r\n";

  @TempDir
  Path folder;

  @Test
  void textGarbledThroughWindows1258IsReadBack() throws Exception {
    CliRun run = validate(garbled("windows-1258"));
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("dòng 1: cảnh báo: Tệp đã bị mở theo bảng mã windows-1258 rồi lưu lại dạng UTF-8",
        "(ví dụ “Ká»³”). sctb đã đọc lại được chữ gốc (“Kỳ”)", "1 dòng (0 dòng bị loại): 0 lỗi, 1 cảnh báo");
  }

  @Test
  void textGarbledThroughWindows1252IsReadBackToo() throws Exception {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", garbled("windows-1252").toString(), "--lang", "en");
    assertThat(run.out()).contains("The file was opened as windows-1252 and saved again as UTF-8", "(“Kỳ”)",
        "1 row(s) (0 rejected): 0 error(s), 1 warning(s)");
    CliRun json = CliRun.runWithEnv(TODAY, "report", "--period", "2026H2", "--data", folder.toString(), "--format", "json",
        "-o", "-");
    assertThat(json.out()).contains("Đã tuyên truyền tại Thiệu Hóa").doesNotContain("Thiá»‡u");
  }

  /** Vietnamese text that merely holds "Ã" or "á" before another letter is no garbled text. */
  @Test
  void realVietnameseIsLeftAsItIs() throws Exception {
    Path file = folder.resolve("SCT-nhiem-vu.csv");
    Files.writeString(file, TABLE.replace("Đã tuyên truyền", "ÁÁ Ãà tuyên truyền"), StandardCharsets.UTF_8);
    CliRun run = validate(file);
    assertThat(run.out()).contains("0 lỗi, 0 cảnh báo");
  }

  /** The table's UTF-8 bytes, each shown as the code page shows it (its undefined bytes as Windows does: U+0081…), saved as UTF-8. */
  private Path garbled(String codePage) throws Exception {
    Charset page = Charset.forName(codePage);
    StringBuilder shown = new StringBuilder();
    for (byte b : TABLE.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, page);
      shown.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
    }
    Path file = folder.resolve("SCT-nhiem-vu.csv");
    Files.writeString(file, "\uFEFF" + shown, StandardCharsets.UTF_8);
    return file;
  }

  private static CliRun validate(Path file) {
    return CliRun.runWithEnv(TODAY, "validate", file.toString());
  }
}
