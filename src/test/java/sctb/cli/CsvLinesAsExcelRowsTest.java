package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result written on several lines in one cell is one row when the clerk opens the CSV in Excel, but several
 * lines in the file. Messages named only the line: "dòng 5" sent the clerk to another task's row in Excel, two
 * rows below the one to fix. The row Excel shows is now said beside the line when they differ.
 */
class CsvLinesAsExcelRowsTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  @TempDir
  Path folder;

  @Test
  void aLineBelowCellsWithLineBreaksNamesItsExcelRow() throws Exception {
    Path file = folder.resolve("SCT-nhiem-vu.csv");
    Files.writeString(file, "period,agency,task,status,progress,result\r\n"
        + "2026H2,SCT,I.1,ongoing,,\"- Sao gửi hướng dẫn tới 14 cơ quan.\n- Ban hành 3 văn bản.\n- Tập huấn 2 lớp.\"\r\n"
        + "2026H2,SCT,I.6,done,120,Xong\r\n", StandardCharsets.UTF_8);
    CliRun vi = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(vi.out()).contains("dòng 5 (hàng 3 khi mở bằng Excel), cột “progress”: lỗi: Tiến độ “120”");
    CliRun en = CliRun.runWithEnv(TODAY, "validate", "--lang", "en", file.toString());
    assertThat(en.out()).contains("line 5 (row 3 in Excel), column “progress”: error:");
  }

  @Test
  void aLineAboveThemIsItsRow() throws Exception {
    Path file = folder.resolve("SCT-nhiem-vu.csv");
    Files.writeString(file, "period,agency,task,status,progress,result\n"
        + "2026H2,SCT,I.6,done,120,Xong\n"
        + "2026H2,SCT,I.1,ongoing,,\"- Sao gửi hướng dẫn.\n- Ban hành 3 văn bản.\"\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.out()).contains("dòng 2, cột “progress”: lỗi:").doesNotContain("khi mở bằng Excel");
  }
}
