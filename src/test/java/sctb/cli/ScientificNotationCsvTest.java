package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel saves a CSV as its cells are shown: an amount in a column too narrow for it, General format, is shown and
 * saved as "1,23457E+11", its last digits gone. It was refused with "write e.g. 1234,5", which the clerk, who sees
 * the number in Excel, could not act on; the message now says what happened and how to save it whole.
 */
class ScientificNotationCsvTest {
  @TempDir
  Path dir;

  @Test
  void aNumberSavedInScientificNotationIsToldAsSuch() throws Exception {
    SubmittedFiles.csv(dir, "SCT-nhiem-vu.csv", "Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Trạng thái;Kinh phí (đồng)\r\n"
        + "2026H2;SCT;I.1;Đang triển khai;1,23457E+11\r\n");
    CliRun run = SubmittedFiles.validate(dir);
    assertThat(run.out()).contains("“1,23457E+11” là số Excel hiện ở dạng khoa học", "1 dòng (1 dòng bị loại)");
    CliRun english = SubmittedFiles.validate(dir, "--lang", "en");
    assertThat(english.out()).contains("“1,23457E+11” is a number Excel showed in scientific notation");
  }
}
