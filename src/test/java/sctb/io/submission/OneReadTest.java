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
 * A file shorter than {@link SubmissionReader#WHOLE_AT_ONCE} is read once, its first read holding it
 * all; a longer one is read again whole: either way its rows and diagnostics are those of its bytes.
 */
class OneReadTest {
  private static final String HEADER = "period,agency,indicator,sector,entity,numerator,denominator,unit,note\r\n";

  @TempDir
  Path dir;

  @Test
  void aFileGivesTheSameReadOnceOrTwice() throws IOException {
    Files.createDirectories(dir.resolve("2026H1"));
    for (int size : new int[] {SubmissionReader.WHOLE_AT_ONCE - 1, SubmissionReader.WHOLE_AT_ONCE,
        SubmissionReader.WHOLE_AT_ONCE + 1}) {
      byte[] bytes = csvOf(size);
      assertThat(bytes).hasSize(size);
      Path file = Check.write(dir.resolve("2026H1"), "SCT-chi-so-" + size + ".csv", bytes);

      Submissions read = Check.read(file);
      Submissions whole = SubmissionValidator.validate(Check.PLAN,
          List.of(CsvFileReader.read(SubmissionReader.display(file), bytes, null)), ValidateOptions.of(null, Check.TODAY));

      assertThat(read.indicators()).as("%d bytes", size).isNotEmpty().isEqualTo(whole.indicators());
      assertThat(read.diagnostics()).as("%d bytes", size).isNotEmpty().isEqualTo(whole.diagnostics());
    }
  }

  /** Indicator rows (one of them bad, the last one's note filling up) of exactly {@code size} bytes. */
  private static byte[] csvOf(int size) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; utf8(text) < size - 200; i++) {
      text.append("2026H1,SCT,eco-packaging,,Siêu thị Hậu Lộc số ").append(i).append(',')
          .append(i == 7 ? "x" : "1").append(",1,,ghi chú\r\n");
    }
    String last = "2026H1,SCT,eco-packaging,,Siêu thị cuối,1,1,,";
    int note = size - utf8(text) - utf8(last) - 2;
    text.append(last).append("n".repeat(note)).append("\r\n");
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int utf8(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
