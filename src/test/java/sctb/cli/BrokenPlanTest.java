package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes people make when editing plan.yaml, each made on a copy of the real plan: the command
 * exits 1 and names the code, the line and what to do; never a stack trace.
 */
class BrokenPlanTest {
  @TempDir Path dir;

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("unknown lead agency", "        lead: SCT\n", "        lead: SCTT\n", 1,
            "is not defined in agencies", "Did you mean “SCT”"),
        Arguments.of("duplicate task id", "id: \"I.2\"", "id: \"I.1\"", 1, "is used twice (first at line 735)", "I.1"),
        Arguments.of("duplicate indicator id", "  - id: spc-models", "  - id: zones-awareness", 1,
            "is used twice (first at line 1811)", "zones-awareness"),
        Arguments.of("unknown indicator kind", "kind: share", "kind: ratio", 1, "is not one of the allowed values", "ratio"),
        Arguments.of("target year outside its phase", "year: 2025", "year: 2027", 1,
            "is outside 2021-2025", "2027"),
        Arguments.of("stretch below minimum", "stretch: 8", "stretch: 3", 1, "is below the minimum", "3"),
        Arguments.of("unknown sector", "sectors: [textile, steel,", "sectors: [textiles, steel,", 1,
            "is not defined in sectors", "Did you mean “textile”"),
        Arguments.of("unknown successor", "successor: STC", "successor: STCC", 1, "is not defined in agencies", "STCC"),
        Arguments.of("task id outside its group", "id: \"I.2\"", "id: \"II.9\"", 1, "does not start with", "II.9"),
        Arguments.of("unknown task in an indicator", "\"I.6\"]", "\"I.7\"]", 1, "is not in the plan", "I.7"),
        Arguments.of("YAML syntax error", "schema_version: 1", "schema_version: [1", 1, "not valid YAML", "YAML"),
        Arguments.of("duplicate key", "schema_version: 1\n", "schema_version: 1\nschema_version: 2\n", 1,
            "not valid YAML", "schema_version"),
        Arguments.of("misspelt field", "        lead: SCT\n", "        leed: SCT\n", 1, "is not part of the plan format", "leed"),
        Arguments.of("unknown phase", "phase: \"2021-2025\"", "phase: \"2021-2026\"", 1, "is not defined in plan.phases", "2021-2026"),
        Arguments.of("baseline after target", "baseline: 2020", "baseline: 2025", 1,
            "must come before the target year", "2025"),
        Arguments.of("successor without a date", "successor: STC\n    successor_from: \"2025-03-01\"",
            "successor: STC\n    successor_from: \"01/03/2025\"", 1, "does not have the expected form", "write a date as \"YYYY-MM-DD\""),
        Arguments.of("a list where a group of fields is expected", "  consolidated_for:\n    vi: \"Chủ tịch UBND tỉnh\"\n    en: \"Chairman of the Provincial People's Committee\"\n",
            "  consolidated_for:\n    - \"Chủ tịch UBND tỉnh\"\n", 1, "Field “consolidated_for” must be a group of fields",
            "here it is a list"),
        Arguments.of("a percent sign in a number", "        min: 70\n", "        min: \"70%\"\n", 1,
            "Field “min” must be a number (no quotes, no % sign, no words) or null", "here it is a text"),
        Arguments.of("Tab in the indentation", "  reporters: leads", "\treporters: leads", 1,
            "there is a Tab character here", "replace the Tab with spaces"),
        Arguments.of("colon missing after a key", "  reporters: leads", "  reporters leads", 1,
            "a colon is missing", "name: value"),
        Arguments.of("line indented one space too far", "  reporters: leads", "   reporters: leads", 1,
            "is not indented like the lines at its level", "2 spaces per level"),
        Arguments.of("misspelt indicator kind", "    kind: share\n", "    knd: share\n", 1,
            "is not part of the plan format", "knd"),
        Arguments.of("share goal written as a fraction", "        min: 85\n", "        min: 0.85\n", 1,
            "min = 0.85 means 0.85%", "write min: 85"),
        Arguments.of("reduction goal written as a fraction", "        stretch: 8\n", "        stretch: 0.08\n", 1,
            "stretch = 0.08 means 0.08%", "write stretch: 8"),
        Arguments.of("a group's years left from an earlier plan", "    period:\n      from: 2021\n      to: 2030\n",
            "    period:\n      from: 2016\n      to: 2020\n", 1, "the years 2016 - 2020 are outside the plan (2021 - 2030)",
            "group I"),
        Arguments.of("a second target for one phase", "      - phase: \"2026-2030\"\n        year: 2030\n",
            "      - phase: \"2021-2025\"\n        year: 2025\n", 1, "phase 2021-2025 already has a target (line 1790)",
            "edit that target"),
        Arguments.of("share goal above 100%", "        min: 70\n", "        min: 120\n", 1,
            "cannot exceed 100%", "min = 120"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeIsNamedWithItsLine(String name, String find, String replace, int occurrence, String said,
      String mentioned) throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    int at = nthIndex(plan, find, occurrence);
    assertThat(at).as("fixture text %s present", find).isNotNegative();
    int line = plan.substring(0, at).split("\n", -1).length;
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan.substring(0, at) + replace + plan.substring(at + find.length()));

    CliRun run = CliRun.run("--lang", "en", "plan", "--check", "--plan", broken.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(said).contains(mentioned).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("[plan-");
    String first = run.err().lines().filter(l -> l.contains(said) && l.contains(mentioned)).findFirst()
        .orElse(run.err().lines().filter(l -> l.contains(said)).findFirst().orElseThrow());
    assertThat(first).startsWith(broken + ", line ");
    int reportedLine = Integer.parseInt(first.substring((broken + ", line ").length()).split("[,:]")[0]);
    assertThat(reportedLine).as(first).isBetween(line - 6, line + 2);
  }

  /** 0.85 for 85% made the report say the supermarkets' goal was met at 76.9%: the plan is refused instead. */
  @Test
  void aGoalWrittenAsAFractionStopsTheReportInsteadOfMeetingIt() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).replaceFirst("(?m)^        min: 85$", "        min: 0.85");
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan);
    CliRun run = CliRun.run("report", "--plan", broken.toString(), "--period", "2024H2", "--format", "json", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("min = 0.85 nghĩa là 0.85%, chưa tới 1%").contains("ghi min: 85");
  }

  /** A CI job that asked for github, junit or json used to get an empty output when the plan itself was broken. */
  @Test
  void aBrokenPlanReachesTheFormatACiJobReads() throws Exception {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).replaceFirst("(?m)^        lead: SCT$", "        lead: SCTT");
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan);
    CliRun github = CliRun.run("validate", "--plan", broken.toString(), "--format", "github");
    assertThat(github.exitCode()).isEqualTo(1);
    assertThat(github.out()).startsWith("::error file=").contains(",line=", ",col=15,title=plan-unknown-agency::nhiệm vụ I.1");
    Path junit = dir.resolve("ket-qua.xml");
    CliRun toFile = CliRun.run("validate", "--plan", broken.toString(), "--format", "junit", "-o", junit.toString());
    assertThat(toFile.exitCode()).isEqualTo(1);
    var suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
        .getDocumentElement();
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getElementsByTagName("failure").item(0).getTextContent()).contains("[plan-unknown-agency]", "SCTT");
    CliRun json = CliRun.run("validate", "--plan", broken.toString(), "--format", "json");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).at("/diagnostics/0/code").asText())
        .isEqualTo("plan-unknown-agency");
  }

  /** The YAML reader's own position was the end of the line before (where it began the token or key). */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "'\treporters: leads'|1|có ký tự Tab ở đây",
      "'  reporters leads'|3|thiếu dấu hai chấm"})
  void aYamlSlipIsShownOnItsOwnLineInVietnamese(String replace, int column, String said) throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    int line = plan.substring(0, plan.indexOf("  reporters: leads")).split("\n", -1).length;
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan.replaceFirst("  reporters: leads", replace));
    CliRun run = CliRun.run("plan", "--check", "--plan", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(broken + ", dòng " + line + ", cột " + column + ": lỗi: ").contains(said)
        .doesNotContain("while scanning");
  }

  /** A misspelt kind used to add "tasks is missing" and "population is missing": fields the indicator never needed. */
  @Test
  void aMisspeltKindIsTheOnlyProblemNamed() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).replaceFirst("    kind: share\n", "    knd: share\n");
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan);
    CliRun run = CliRun.run("plan", "--check", "--plan", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Thiếu trường bắt buộc “kind”.", "Trường “knd” không có trong định dạng kế hoạch")
        .doesNotContain("“tasks”").doesNotContain("“population”").contains("có 2 lỗi");
  }

  @Test
  void vietnameseMessageByDefault() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).replaceFirst("(?m)^        lead: SCT$", "        lead: SCTT");
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan);
    CliRun run = CliRun.run("plan", "--plan", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nhiệm vụ I.1: cơ quan “SCTT”").contains("Có phải là “SCT”?").contains("^");
  }

  @Test
  void notUtf8() throws IOException {
    Path broken = dir.resolve("plan.yaml");
    Files.write(broken, "plan:\n  title: Thanh Hóa\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    CliRun run = CliRun.run("plan", "--check", "--plan", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("bảng mã windows-1252 của Windows, không phải UTF-8").doesNotContain("[plan-");
  }

  /** Notepad's "Unicode" and a Vietnamese Windows' code page: the message names each and the box to change. */
  @Test
  void anotherEncodingIsNamedWithHowToSaveAsUtf8() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    Path utf16 = dir.resolve("unicode.yaml");
    Files.write(utf16, ("\uFEFF" + plan).getBytes(StandardCharsets.UTF_16LE));
    CliRun notepad = CliRun.run("plan", "--check", "--plan", utf16.toString());
    assertThat(notepad.exitCode()).isEqualTo(1);
    assertThat(notepad.err()).contains("dòng 1, cột 1", "được lưu dạng UTF-16LE (trong Notepad gọi là “Unicode”)",
        "ở ô Mã hóa (Encoding) chọn “UTF-8”").doesNotContain("\\u0000");

    Path cp1258 = dir.resolve("ansi.yaml");
    // As Windows writes it: a letter, then its tone mark as a byte of its own.
    Files.write(cp1258, "schema_version: 1\nplan:\n  id: th\n  title:\n    vi: \"Kê\u0301 hoa\u0323ch Thanh Ho\u0301a\"\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1258")));
    CliRun ansi = CliRun.run("plan", "--check", "--plan", cp1258.toString(), "--lang", "en");
    assertThat(ansi.exitCode()).isEqualTo(1);
    assertThat(ansi.err()).contains("line 5, column 1", "saved in the Windows code page windows-1258, not UTF-8",
        "pick “UTF-8” in the Encoding box").contains("Kế hoạch Thanh Hóa");
  }

  @Test
  void aliasBombIsRefusedQuickly() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p);
      for (int i = 0; i < 8; i++) {
        bomb.append(",*").append(p);
      }
      bomb.append("]\n");
    }
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, bomb.toString());
    long start = System.nanoTime();
    CliRun run = CliRun.run("plan", "--check", "--plan", broken.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).containsAnyOf("vượt giới hạn an toàn", "không đúng cú pháp YAML", "Thiếu trường bắt buộc");
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
  }

  /** The YAML reader takes time in the square of a line's length: a 4.8 MB line is refused before it, not after a minute. */
  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aMegabyteLineIsRefusedQuicklyAndNotEchoed() throws IOException {
    String huge = "X".repeat(4_800_000);
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8).replaceFirst("(?m)^        lead: SCT$", "        lead: " + huge);
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan);
    CliRun run = CliRun.run("--lang", "en", "plan", "--plan", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("error: This line of plan.yaml is longer than 20000 bytes").doesNotContain("X".repeat(200));
    assertThat(run.err().length()).isLessThan(2_000);
  }

  @Test
  void deepNestingIsRefused() throws IOException {
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, "a: " + "[".repeat(500) + "]".repeat(500) + "\n");
    CliRun run = CliRun.run("plan", "--check", "--plan", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("vượt giới hạn an toàn");
  }

  @Test
  void emptyPlanSaysWhatIsMissing() throws IOException {
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, "");
    CliRun run = CliRun.run("plan", "--check", "--plan", broken.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Tệp kế hoạch trống").contains("docs/plan-format.md").doesNotContain("Trường “”");
  }

  @Test
  void missingDirectoryAndHugeFilesAreFileErrors() throws IOException {
    assertThat(CliRun.run("plan", "--plan", dir.resolve("nope.yaml").toString()).exitCode()).isEqualTo(3);
    CliRun directory = CliRun.run("plan", "--plan", dir.toString());
    assertThat(directory.exitCode()).isEqualTo(3);
    assertThat(directory.err()).contains("thư mục");
    Path huge = dir.resolve("huge.yaml");
    try (var out = Files.newOutputStream(huge)) {
      byte[] chunk = "# padding padding padding padding padding padding padding padding\n".repeat(1000)
          .getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
    }
    CliRun tooLarge = CliRun.run("plan", "--plan", huge.toString());
    assertThat(tooLarge.exitCode()).isEqualTo(3);
    assertThat(tooLarge.err()).contains("quá lớn");
  }

  private static int nthIndex(String text, String find, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(find, at + 1);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }
}
