package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An agency's files written into a test's folder as its clerk's Excel saves them (a CSV in UTF-8, a workbook), and
 * {@code sctb validate} run on the folder as of 20/12/2026 (the 2026H2 report is due): the scaffold the tests of
 * what a clerk's file holds share, each test keeping its own data and assertions.
 */
final class SubmittedFiles {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  private SubmittedFiles() {}

  static Path csv(Path dir, String name, CharSequence text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static Path save(XSSFWorkbook wb, Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  /** A sheet's row {@code r}: a text cell for each non-blank string, a number cell for a {@link Double}; blank and null: no cell. */
  static Row row(Sheet s, int r, Object... values) {
    Row row = s.createRow(r);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Double d) {
        row.createCell(i).setCellValue(d);
      } else if (values[i] != null && !values[i].toString().isEmpty()) {
        row.createCell(i).setCellValue(values[i].toString());
      }
    }
    return row;
  }

  static CliRun validate(Path dir, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "validate";
    args[1] = dir.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return CliRun.runWithEnv(TODAY, args);
  }

  /** {@code validate --strict} finds nothing to say about the folder's {@code rows} rows: not an error, not a warning. */
  static void assertStrictlyClean(Path dir, int rows) {
    CliRun run = validate(dir, "--strict");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains(rows + " dòng (0 dòng bị loại): 0 lỗi, 0 cảnh báo");
  }
}
