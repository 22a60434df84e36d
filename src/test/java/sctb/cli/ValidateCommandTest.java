package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code sctb validate} run as users run it: on the samples, on broken files, in every output format. */
class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @Test
  void samplesValidateWithOnlyTheirDeliberateSlips() throws Exception {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "samples", "--format", "json");
    // The half-year being collected (2026H2) holds the errors agencies are asked to fix (samples/README.md).
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode root = JSON.readTree(run.out());
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("files", "diagnostics", "errors", "warnings", "rows");
    assertThat(root.get("rows").toString()).isEqualTo("{\"total\":1561,\"rejected\":6,\"retired\":0}");
    assertThat(root.get("files").size()).isEqualTo(220);
    assertThat(root.get("files").get(0).asText()).isEqualTo("samples/2020/BQLKKT-chi-so.csv");
    List<String> found = new ArrayList<>();
    for (JsonNode d : root.get("diagnostics")) {
      List<String> fields = new ArrayList<>();
      d.fieldNames().forEachRemaining(fields::add);
      // a workbook's problem also names its sheet and cell
      assertThat(fields).containsExactlyElementsOf(d.has("sheet")
          ? List.of("severity", "code", "file", "line", "column", "sheet", "cell", "value", "message")
          : List.of("severity", "code", "file", "line", "column", "value", "message"));
      found.add(d.get("severity").asText() + " " + d.get("code").asText() + " " + d.get("file").asText());
    }
    // every name matches the register (the renamed company by its other name, "Cty CP" by its legal form)
    assertThat(found).containsExactly(
        "warning encoding samples/2021H2/STNMT-nhiem-vu.csv",
        "warning unknown-column samples/2022H2/LMHTX-nhiem-vu.csv",
        "warning encoding samples/2022H2/SGTVT-nhiem-vu.csv",
        "warning corrected-row samples/2025H1/SCT-chi-so-dieu-chinh-2024H1.csv",
        "warning corrected-row samples/2025H1/SCT-nhiem-vu-dieu-chinh-2024H1.csv",
        "warning superseded-agency samples/2025H1/SKHDT-nhiem-vu.csv",
        "warning superseded-agency samples/2025H1/SKHDT-nhiem-vu.csv",
        "warning corrected-row samples/2025H2/BQLKKT-chi-so-dieu-chinh-2025H1.csv",
        "warning corrected-row samples/2025H2/SNNMT-nhiem-vu-dieu-chinh-2025H1.csv",
        "error missing-column samples/2026H2/HTCBVNTD-nhiem-vu.csv",
        "error blank-required samples/2026H2/SVHTTDL-nhiem-vu.xlsx",
        "error bad-date samples/2026H2/SVHTTDL-nhiem-vu.xlsx",
        "error unknown-status samples/2026H2/SXD-nhiem-vu.csv",
        "error out-of-range samples/2026H2/SXD-nhiem-vu.csv",
        "warning unknown-column samples/2026H2/VCCI-nhiem-vu.csv");
    assertThat(root.get("errors").asInt()).isEqualTo(5);
    assertThat(root.get("warnings").asInt()).isEqualTo(10);
  }

  @Test
  void textGroupsByFileAndSummarises() {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "samples");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("samples/2025H1/SKHDT-nhiem-vu.csv (0 lỗi, 2 cảnh báo)\n  dòng 2, cột “Đơn vị”: cảnh báo: Sau sắp xếp bộ máy,")
        .doesNotContain("[superseded-agency]").doesNotContain("SKHDT)")
        .endsWith("Đã kiểm tra 220 tệp, 1.561 dòng (6 dòng bị loại): 5 lỗi, 10 cảnh báo.\n");
    CliRun strict = CliRun.runWithEnv(TODAY, "validate", "samples/2025H1", "--strict", "-q");
    assertThat(strict.exitCode()).as("warnings fail with --strict").isEqualTo(1);
    assertThat(CliRun.runWithEnv(TODAY, "validate", "samples/2025H1", "-q").exitCode()).isZero();
  }

  @Test
  void defaultsToThePlansSubmissionsFolder() {
    CliRun run = CliRun.runWithEnv(TODAY, "--lang", "en", "validate", "--plan", "plan.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).endsWith("Checked 220 file(s), 1,561 row(s) (6 rejected): 5 error(s), 10 warning(s).\n");
  }

  @Test
  void errorsExitOneAndAreAnnotatedForGithub() {
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "--format", "github", "examples/invalid/unknown-task.csv",
        "examples/invalid/superseded-agency.csv");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("::error file=examples/invalid/unknown-task.csv,line=2,col=3,title=unknown-task::cột “Mã nhiệm vụ”: Mã nhiệm vụ “IV.9” không có trong kế hoạch; nhóm IV có các nhiệm vụ IV.1–IV.8.")
        .contains("::warning file=examples/invalid/superseded-agency.csv,line=2,col=2,title=superseded-agency::");
  }

  @Test
  void junitHasOneCasePerFileAndFailuresForErrors(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("junit.xml");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "--format", "junit", "-o", out.toString(), "examples/invalid");
    assertThat(run.exitCode()).isEqualTo(1);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(out)));
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(47);
    // 27 files hold an error of their own, and the 5 register examples are registers, not submissions
    // (unknown-file-kind); three warning examples repeat rows of other files (duplicate-row)
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(35);
    assertThat(Files.readString(out)).contains("[blank-required] examples/invalid/blank-required.csv, dòng 2, cột “Trạng thái”: lỗi: ");
    assertThat(run.err()).contains("examples/invalid/unknown-task.csv");
  }

  @Test
  void jsonWrittenToAFileIsWhatStandardOutputShows(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("kiểm tra.json");
    CliRun toFile = CliRun.runWithEnv(TODAY, "validate", "--format", "json", "-o", out.toString(), "examples/invalid");
    CliRun toStdout = CliRun.runWithEnv(TODAY, "validate", "--format", "json", "examples/invalid");
    assertThat(toFile.exitCode()).isEqualTo(1);
    assertThat(toStdout.exitCode()).isEqualTo(1);
    // written as it goes, the document is still whole: one object, a newline at the end, the same bytes
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(toStdout.out()).endsWith("}\n");
    assertThat(JSON.readTree(written).get("diagnostics").size()).isGreaterThan(30);
    // the text summary goes to stderr when the document goes to a file
    assertThat(toFile.err()).contains("examples/invalid/unknown-task.csv");
  }

  @Test
  void aTasksProgressMayEndInAPercentSign(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-nhiem-vu.csv");
    String header = Files.readAllLines(Path.of("samples/2026H2/SCT-nhiem-vu.csv")).get(0);
    Files.writeString(file, header + "\n"
        + "2026H2,SCT,I.1,Triển khai,ongoing,45%,Đã làm,,,,12/11/2026\n"
        + "2026H2,SCT,I.6,Triển khai,ongoing, 120 % ,Đã làm,,,,12/11/2026\n"
        + "2026H2,SCT,II.1,Triển khai,ongoing,4x%,Đã làm,,,,12/11/2026\n"
        + "2026H2,SCT,III.1,Triển khai,ongoing,\"12,5\",Đã làm,,,,12/11/2026\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", "--format", "json", file.toString());
    List<String> found = new ArrayList<>();
    for (JsonNode d : JSON.readTree(run.out()).get("diagnostics")) {
      found.add(d.get("code").asText() + " " + d.get("line").asInt() + " " + d.get("value").asText());
    }
    // 45% and 12,5 are read; 120 % is read too, and is past 100; 4x is no number, "%" or not
    assertThat(found).containsExactly("out-of-range 3 120 %", "bad-number 4 4x%");
  }

  @Test
  void exitCodesForUsageAndUnreadablePaths() {
    CliRun missing = CliRun.runWithEnv(TODAY, "validate", "samples/2024H1", "no/such/folder");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.out()).contains("no/such/folder (1 lỗi, 0 cảnh báo)\n  lỗi: Không tìm thấy tệp hoặc thư mục “no/such/folder”.");
    assertThat(CliRun.run("validate", "--period", "2024Q1", "samples").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("validate", "--format", "xml", "samples").exitCode()).isEqualTo(2);
    CliRun mismatch = CliRun.runWithEnv(TODAY, "validate", "--period", "2024H2", "--format", "json", "samples/2024H1/SCT-nhiem-vu.csv");
    assertThat(mismatch.exitCode()).isEqualTo(1);
    assertThat(mismatch.out()).contains("\"code\" : \"period-mismatch\"");
  }

  @Test
  void futurePeriodsDependOnToday(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.csv");
    Files.writeString(file, "period,agency,task,status\n2027H1,SCT,I.1,done\n", StandardCharsets.UTF_8);
    assertThat(CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "validate", file.toString()).exitCode()).isEqualTo(1);
    assertThat(CliRun.runWithEnv(Map.of("SCTB_TODAY", "2027-01-01"), "validate", file.toString()).exitCode()).isZero();
  }

  @Test
  void helpInBothLanguagesWithExamples() {
    assertThat(CliRun.run("validate", "--help").out()).contains("Ví dụ:").contains("--decimal").contains("Mã thoát");
    assertThat(CliRun.run("--lang", "en", "validate", "--help").out()).contains("Examples:").contains("junit");
    assertThat(CliRun.run("template", "--help").out()).contains("Ví dụ:").contains("--excel");
    assertThat(CliRun.run("--lang", "en", "template", "--help").out()).contains("Examples:");
  }

  @Test
  void aFuturePeriodNamesTodayAsDayMonthYear(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-chi-so.csv");
    Files.writeString(file, "period,agency,indicator,numerator\n2027H1,SCT,spc-models,1\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("dòng 2, cột “period”: lỗi: Kỳ báo cáo 2027H1 chưa bắt đầu (hôm nay là 25/11/2026)")
        .doesNotContain("2026-11-25");
  }

  @Test
  void picocliUsageErrorsAreInVietnamese() {
    CliRun choice = CliRun.run("validate", "--decimal", "dot", "samples");
    assertThat(choice.exitCode()).isEqualTo(2);
    assertThat(choice.err()).contains("Giá trị 'dot' không hợp lệ cho tùy chọn '--decimal'").contains("comma, point")
        .doesNotContain("Invalid value");
    CliRun missing = CliRun.run("report");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Thiếu tùy chọn bắt buộc: '--period=P'").doesNotContain("Missing required");
    CliRun unknown = CliRun.run("validate", "--bogus");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Không có tùy chọn: '--bogus'");
    assertThat(CliRun.run("--lang", "en", "validate", "--decimal", "dot").err())
        .contains("Invalid value 'dot' for option '--decimal'; write one of: comma, point");
  }
}
