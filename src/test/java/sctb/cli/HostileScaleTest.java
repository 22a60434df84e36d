package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile CSV at scale, through {@code sctb validate} as a user would run it: a 50 MB field, a
 * million rows with errors, 10 000 columns. Each ends with a documented exit code and capped,
 * readable diagnostics, in bounded time.
 */
class HostileScaleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");
  private static final String HEADER = "period,agency,indicator,sector,entity,numerator,denominator,unit,note\n";

  /** Validates against the plan, without the samples' register: these files name made-up establishments. */
  private static JsonNode validate(Path file, int exit) throws Exception {
    Path plan = file.resolveSibling("plan.yaml");
    Files.copy(CliRun.PLAN, plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "--plan", plan.toString(), file.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exit);
    return JSON.readTree(run.out());
  }

  @Test
  @Timeout(60)
  void aFiftyMegabyteFieldIsReadWhole(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-chi-so.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write("2024H1,SCT,consumption-reduction,steel,Công ty A,100,10,,\"");
      for (int i = 0; i < 50; i++) {
        w.write("ghi chú, ".repeat(120_000).substring(0, 1_000_000)); // 1 MB of text a step, quoted commas
      }
      w.write("\"\n");
    }
    JsonNode root = validate(file, 0);
    assertThat(root.get("errors").asInt()).isZero();
    assertThat(root.get("diagnostics").size()).isZero();
  }

  @Test
  @Timeout(180)
  void aMillionBadRowsAreCappedPerCodeWithACountOfTheRest(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-chi-so.csv");
    String longValue = "x".repeat(100); // longer than the 80 characters a message quotes
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = 0; i < 1_000_000; i++) {
        w.write("2024H1,SCT,consumption-reduction,steel,Công ty ");
        w.write(Integer.toString(i));
        w.write(",");
        w.write(longValue);
        w.write(",10,,\n");
      }
    }
    long start = System.nanoTime();
    JsonNode root = validate(file, 1);
    assertThat((System.nanoTime() - start) / 1_000_000_000L).as("seconds").isLessThan(120); // ~20 s on the shared 2-core machine; a guard against worse than linear
    int badNumbers = 0;
    JsonNode tooMany = null;
    for (JsonNode d : root.get("diagnostics")) {
      if (d.get("code").asText().equals("bad-number")) {
        badNumbers++;
        assertThat(d.get("message").asText()).contains("…").doesNotContain(longValue);
      } else if (d.get("code").asText().equals("too-many")) {
        tooMany = d;
      }
    }
    assertThat(badNumbers).isEqualTo(200);
    assertThat(tooMany).isNotNull();
    assertThat(tooMany.get("message").asText()).contains("999800");
  }

  /** A CSV file larger than the memory sctb may use is refused with how to fix it, before it is read: never out of memory. */
  @Test
  @Timeout(120)
  void aFileTooLargeForTheHeapIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-chi-so.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = 0; i < 120_000; i++) {
        w.write("2024H1,SCT,consumption-reduction,steel,Công ty thép số " + i + ",100,10,MJ/tấn,\n");
      }
    }
    Files.copy(CliRun.REPO.resolve("samples/2024H1/SCT-nhiem-vu.csv"), dir.resolve("SCT-nhiem-vu.csv"));
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-Xmx64m", "-cp", System.getProperty("java.class.path"), "sctb.Main", "--lang", "en",
        "validate", dir.toString()).directory(CliRun.REPO.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isEqualTo(3);
    assertThat(out).contains("SCT-chi-so.csv (1 error(s), 0 warning(s))\n  error: File “", "is too large for the memory sctb may use", "-Xmx2g")
        .contains("Checked 1 file").doesNotContain("Out of memory");
  }

  @Test
  void tenThousandColumnsGiveCappedUnknownColumnWarnings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-chi-so.csv");
    StringBuilder header = new StringBuilder(HEADER.strip());
    StringBuilder row = new StringBuilder("2024H1,SCT,consumption-reduction,steel,Công ty A,100,10,,");
    for (int i = 0; i < 10_000; i++) {
      header.append(",extra").append(i);
      row.append(",v");
    }
    Files.writeString(file, header + "\n" + row + "\n", StandardCharsets.UTF_8);
    JsonNode root = validate(file, 0);
    long unknown = 0;
    String rest = null;
    for (JsonNode d : root.get("diagnostics")) {
      if (d.get("code").asText().equals("unknown-column")) {
        unknown++;
      } else if (d.get("code").asText().equals("too-many")) {
        rest = d.get("message").asText();
      }
    }
    assertThat(unknown).isEqualTo(200);
    assertThat(rest).contains("9800");
  }
}
