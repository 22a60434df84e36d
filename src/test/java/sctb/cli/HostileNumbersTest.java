package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers past {@code NumberLimits} (docs/submissions.md): refused with {@code out-of-range} or
 * {@code bad-number} at file:line:column before any arithmetic, quoted as a short excerpt, and the
 * report still written in every format; numbers at the limits computed and drawn without overflow;
 * a cell of two million digits refused in linear time.
 */
class HostileNumbersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TASKS = "period,agency,task,status,progress,spent_vnd\n";
  private static final String INDICATORS = "period,agency,indicator,sector,entity,numerator,denominator\n";

  @Test
  void fourHundredDigitsAreRefusedAndTheReportIsStillWritten(@TempDir Path dir) throws Exception {
    String big = "9".repeat(400);
    Path data = Files.createDirectories(dir.resolve("data/2024H1"));
    Files.writeString(data.resolve("SCT-chi-so.csv"), INDICATORS
        + "2024H1,SCT,consumption-reduction,cement,Xi măng A," + big + ",10\n"
        + "2024H1,SCT,consumption-reduction,cement,Xi măng B,10," + big + "\n"
        + "2024H1,SCT,zones-awareness,,,5," + big + "\n"
        + "2024H1,SCT,spc-models,,," + big + ",\n"
        + "2024H1,SCT,spc-models,,Mô hình C,1,\"0," + "1".repeat(30) + "\"\n");
    Files.writeString(data.resolve("SCT-nhiem-vu.csv"), TASKS
        + "2024H1,SCT,I.1,in-progress," + big + ",1\n"
        + "2024H1,SCT,I.2,in-progress,10," + big + "\n");
    Map<String, Integer> exits = new LinkedHashMap<>();
    Map<String, String> outputs = AllOutputs.of(dir.resolve("data"), "2024H1", dir.resolve("out"), exits);

    assertThat(exits.get("validate.text")).isEqualTo(1);
    assertThat(exits.get("report")).as("the report is written, and the bad rows make it exit 1").isEqualTo(1);
    assertThat(outputs.get("report.md")).isNotBlank();
    assertThat(outputs.get("validate.text")).contains(
        "2024H1/SCT-chi-so.csv (5 lỗi, 0 cảnh báo)\n  dòng 2, cột “numerator”: lỗi: Giá trị “999",
        "\n  dòng 3, cột “denominator”: lỗi: Giá trị “999", "\n  dòng 4, cột “denominator”: lỗi: Giá trị “999",
        "\n  dòng 5, cột “numerator”: lỗi: Giá trị “999", "\n  dòng 6, cột “denominator”: lỗi: “0,111", "nhỏ hơn 10^15",
        "2024H1/SCT-nhiem-vu.csv (2 lỗi, 1 cảnh báo)\n  dòng 2, cột “progress”: lỗi: Tiến độ",
        "\n  dòng 3, cột “spent_vnd”: lỗi: Giá trị “999");
    String tooLong = "9".repeat(81);
    outputs.forEach((name, text) -> assertThat(text).as(name).doesNotContain(tooLong)
        .doesNotContain("Infinity").doesNotContain("NaN").doesNotContain("Exception"));
  }

  @Test
  void numbersAtTheLimitsAreComputedAndDrawnInEveryFormat(@TempDir Path dir) throws Exception {
    String max = "999999999999999";
    String tiny = "0,000000000000001";
    Path data = Files.createDirectories(dir.resolve("data/2024H1"));
    Files.writeString(data.resolve("SCT-chi-so.csv"), INDICATORS.replace(',', ';')
        + "2024H1;SCT;consumption-reduction;cement;Xi măng A;" + max + ";" + tiny + "\n"
        + "2024H1;SCT;consumption-reduction;steel;Thép B;" + tiny + ";" + max + "\n"
        + "2024H1;SCT;zones-awareness;;;" + max + ";" + max + "\n"
        + "2024H1;SCT;spc-models;;;" + max + ";\n");
    Files.writeString(dir.resolve("data/SCT-chi-so-2023H2.csv"), INDICATORS.replace(',', ';')
        + "2023H2;SCT;consumption-reduction;cement;Xi măng A;" + tiny + ";" + max + "\n");
    Map<String, Integer> exits = new LinkedHashMap<>();
    Map<String, String> outputs = AllOutputs.of(dir.resolve("data"), "2024H1", dir.resolve("out"), exits);

    assertThat(exits.get("report")).isZero();
    assertThat(outputs.get("validate.text")).doesNotContain("lỗi [");
    outputs.forEach((name, text) -> assertThat(text).as(name)
        .doesNotContain("Infinity").doesNotContain("NaN").doesNotContain("Exception"));
    assertThat(outputs.get("report.md")).contains("999.999.999.999.999");
  }

  @Test
  @Timeout(90)
  void twoMillionCharacterCellsInEveryColumnAreRefusedInLinearTime(@TempDir Path dir) throws Exception {
    String digits = "4".repeat(2_000_000);
    String words = "x".repeat(2_000_000);
    Path data = Files.createDirectories(dir.resolve("data/2024H1"));
    try (BufferedWriter w = Files.newBufferedWriter(data.resolve("SCT-chi-so.csv"), StandardCharsets.UTF_8)) {
      w.write(INDICATORS);
      w.write("2024H1,SCT,consumption-reduction,cement,A," + digits + "," + digits + "\n");
      w.write("2024H1," + words + "," + words + "," + words + ",A,1,1\n");
      w.write(words + ",SCT,spc-models,,,1,\n");
    }
    try (BufferedWriter w = Files.newBufferedWriter(data.resolve("SCT-nhiem-vu.csv"), StandardCharsets.UTF_8)) {
      w.write(TASKS + "2024H1,SCT,I.1,in-progress," + digits + "," + digits + "\n");
      w.write("2024H1,SCT," + words + "," + words + ",1,1\n");
    }
    CliRun validate = CliRun.runWithEnv(AllOutputs.TODAY, "validate", "--format", "json", dir.resolve("data").toString());
    assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
    JsonNode root = JSON.readTree(validate.out());
    assertThat(root.get("errors").asInt()).isGreaterThanOrEqualTo(9);
    for (JsonNode d : root.get("diagnostics")) {
      assertThat(d.get("value").asText().length()).isLessThanOrEqualTo(81);
      assertThat(d.get("message").asText().length()).isLessThan(1000);
    }
    CliRun report = CliRun.runWithEnv(AllOutputs.TODAY, "report", "--period", "2024H1", "--data",
        dir.resolve("data").toString(), "--format", "json", "-o", "-");
    assertThat(report.exitCode()).as(report.err()).isEqualTo(1);
    assertThat(report.out()).startsWith("{");
    assertThat(report.out().length()).isLessThan(2_000_000);
  }
}
