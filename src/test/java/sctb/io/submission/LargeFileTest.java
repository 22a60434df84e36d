package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.submission.Submissions;
import sctb.core.validate.SubmissionValidator;
import sctb.core.validate.ValidateOptions;
import sctb.io.csv.CsvFileReader;

/**
 * A file of many thousand rows is read in two passes and handed over in parts as it is checked
 * (SubmissionReader, StreamedCsv): the diagnostics and rows are those of the file read and checked whole,
 * with duplicates, bad rows and a late row of an earlier period falling in different parts.
 */
class LargeFileTest {
  private static final String HEADER = "period,agency,indicator,sector,entity,numerator,denominator,unit,note\r\n";

  @TempDir
  Path dir;

  @Test
  void aLargeFileGivesWhatItGivesReadWhole() throws IOException {
    StringBuilder text = new StringBuilder(HEADER);
    int rows = 70_000; // > 4 MB: read in two passes; > 4 096 rows: handed over in parts
    for (int i = 0; i < rows; i++) {
      String period = i == 50_000 ? "2025H2" : "2026H1";
      text.append(period).append(",SCT,eco-packaging,,Siêu thị Hậu Lộc số ").append(i % 60_000)
          .append(',').append(i % 7 == 0 ? "0" : i == 33_333 ? "x" : "1").append(",1,,ghi chú dài để tệp lớn hơn bốn MB\r\n");
      if (i % 20_000 == 0) {
        text.append("\r\n"); // a blank line: later lines keep their numbers
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(4 << 20);
    Files.createDirectories(dir.resolve("2026H1"));
    Path file = Check.write(dir.resolve("2026H1"), "SCT-chi-so.csv", bytes);

    Submissions streamed = Check.read(file);
    Submissions whole = SubmissionValidator.validate(Check.PLAN,
        List.of(CsvFileReader.read(SubmissionReader.display(file), bytes, null)), ValidateOptions.of(null, Check.TODAY));

    assertThat(streamed.diagnostics()).isNotEmpty().isEqualTo(whole.diagnostics());
    assertThat(streamed.indicators()).hasSize(whole.indicators().size()).isEqualTo(whole.indicators());
    assertThat(streamed.rejectedRows()).isEqualTo(whole.rejectedRows()).isPositive();
    assertThat(streamed.diagnostics()).anyMatch(d -> d.code().id().equals("duplicate-row"));
  }
}
