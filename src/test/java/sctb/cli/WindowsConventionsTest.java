package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submissions as a Windows PC leaves them, checked on Linux: CRLF line ends (as Excel writes them: rows
 * end in CRLF, a line break inside a quoted cell stays LF), upper-case extensions (.CSV, .XLSX: Windows
 * does not care about case) and folders whose names have spaces and Vietnamese letters. sctb reads
 * them exactly as the originals.
 */
class WindowsConventionsTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir Path dir;

  @Test
  void crlfAndUpperCaseCsvInAFolderWithSpacesAndDiacriticsGiveTheSameReport() throws IOException {
    Path workspace = dir.resolve("Sở Công Thương").resolve("Báo cáo 6 tháng");
    Path samples = CliRun.REPO.resolve("samples");
    Path copy = workspace.resolve("dữ liệu");
    int converted = 0;
    try (Stream<Path> walk = Files.walk(samples)) {
      for (Path csv : walk.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Path target = copy.resolve(samples.relativize(csv).toString().replaceAll("\\.csv$", ".CSV"));
        Files.createDirectories(target.getParent());
        byte[] original = Files.readAllBytes(csv);
        byte[] crlf = crlf(original);
        converted += crlf.length > original.length ? 1 : 0;
        Files.write(target, crlf);
      }
    }
    assertThat(converted).as("files that had LF line ends").isPositive();

    CliRun original = CliRun.runWithEnv(TODAY, "report", "--period", "2024H1", "--data", "samples",
        "--format", "json", "-o", "-");
    CliRun windows = CliRun.runWithEnv(TODAY, "report", "--period", "2024H1", "--data", copy.toString(),
        "--format", "json", "-o", "-");
    assertThat(windows.exitCode()).as(windows.err()).isEqualTo(original.exitCode());
    assertThat(windows.out()).contains(".CSV").doesNotContain("\\r");
    // A data folder outside the working folder is shown from its own name (docs/security.md).
    assertThat(windows.out().replace(copy.getFileName() + "/", "samples/").replace(".CSV", ".csv"))
        .isEqualTo(original.out());

    CliRun validated = CliRun.runWithEnv(TODAY, "validate", copy.toString());
    assertThat(validated.exitCode()).as(validated.err()).isEqualTo(CliRun.runWithEnv(TODAY, "validate", "samples").exitCode());
  }

  @Test
  void upperCaseXlsxIsReadAsAWorkbook() throws IOException {
    Path workbook = CliRun.REPO.resolve("src/test/resources/xlsx/lo-tasks.xlsx");
    Path lower = dir.resolve("thường").resolve("SCT-nhiem-vu.xlsx");
    Path upper = dir.resolve("HOA CHỮ").resolve("SCT-nhiem-vu.XLSX");
    Files.createDirectories(lower.getParent());
    Files.createDirectories(upper.getParent());
    Files.copy(workbook, lower);
    Files.copy(workbook, upper);
    CliRun fromLower = CliRun.runWithEnv(TODAY, "validate", lower.getParent().toString(), "--format", "json");
    CliRun fromUpper = CliRun.runWithEnv(TODAY, "validate", upper.getParent().toString(), "--format", "json");
    assertThat(fromUpper.exitCode()).isEqualTo(fromLower.exitCode());
    assertThat(fromUpper.out()).contains("SCT-nhiem-vu.XLSX").doesNotContain("unknown-file-kind");
    assertThat(fromUpper.out().replace("HOA CHỮ", "thường").replace(".XLSX", ".xlsx")).isEqualTo(fromLower.out());
  }

  /**
   * Every row end (an LF outside double quotes, not already after a CR) becomes CRLF, as Excel saves a
   * CSV on Windows. The samples are UTF-8 or windows-1258: ASCII-compatible, so bytes can be scanned.
   */
  static byte[] crlf(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 20);
    boolean quoted = false;
    for (int i = 0; i < bytes.length; i++) {
      quoted ^= bytes[i] == '"';
      if (bytes[i] == '\n' && !quoted && (i == 0 || bytes[i - 1] != '\r')) {
        out.write('\r');
      }
      out.write(bytes[i]);
    }
    return out.toByteArray();
  }
}
