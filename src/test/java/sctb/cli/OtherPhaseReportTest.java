package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static sctb.cli.ReportOfficeCommandTest.flat;
import static sctb.cli.OfficeText.unzip;
import static sctb.cli.ReportOfficeCommandTest.wordText;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' first report of the 2026–2030 phase (2026H1) still says how the 2025 targets ended: the
 * eco-packaging target (85%) missed at 84,6% and reached in 2026H1, the reduction missed in 6 of 8
 * sectors — the same final verdicts as the 2025H2 report, in every format and in JSON. (Markdown and
 * HTML are the golden files.)
 */
class OtherPhaseReportTest {
  static final String PACKAGING = "Mục tiêu 2025 (85%): đến hết năm 2025, kết quả 84,6% (số liệu 2025H2). "
      + "Đánh giá: không đạt (kết luận cuối cùng); đạt muộn (2026H1).";
  static final String PACKAGING_MARK = "Mục tiêu 2025: Không đạt; đạt muộn (2026H1)";
  static final String REDUCTION = "Mục tiêu 2025 (giảm 5 - 8% ở mỗi ngành): đến hết năm 2025: 2/8 ngành đạt (xi măng, bia); "
      + "6/8 ngành không đạt (dệt may, thép, nhựa, hóa chất, giấy, chế biến thủy hải sản); đạt muộn: dệt may (2026H1). "
      + "Đánh giá chung: không đạt (kết luận cuối cùng).";
  /** Section I's sentence on the 2025 targets, indicators by their number in that section. */
  static final String SUMMARY = "Mục tiêu năm 2025, kết luận cuối cùng trên số liệu đến hết năm 2025: 4/6 chỉ tiêu đạt "
      + "(chỉ tiêu 2, 3, 5, 6); 2/6 chỉ tiêu không đạt (chỉ tiêu 1, 4); đạt muộn: chỉ tiêu 1 — dệt may (2026H1); "
      + "chỉ tiêu 4 (2026H1).";
  static Path out;

  @BeforeAll
  static void reports(@TempDir Path dir) {
    out = dir;
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--period", "2026H1", "--plan", CliRun.PLAN.toString(),
        "--format", "docx,pdf", "--out-dir", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void jsonGivesThe2025VerdictsTheEnd2025ReportGave() throws Exception {
    JsonNode at2026 = ReportCommandTest.report("2026H1");
    JsonNode at2025 = ReportCommandTest.report("2025H2");
    for (JsonNode then : at2025.get("indicators")) {
      String id = then.get("id").asText();
      JsonNode now = ReportCommandTest.find(at2026.get("indicators"), "id", id);
      JsonNode v = now.get("other_phase_verdict");
      if (id.equals("curricula-integrated")) {
        assertThat(v.isNull()).as(id + ": judged against its only target, 2025").isTrue();
        continue;
      }
      assertThat(then.get("other_phase_verdict").isNull()).as(id + " in 2025H2").isTrue();
      assertThat(v.get("target_year").asInt()).isEqualTo(2025);
      assertThat(v.get("final").asBoolean()).isTrue();
      assertThat(v.get("status").asText()).as(id).isEqualTo(then.get("status").asText());
      assertThat(v.get("value").decimalValue()).as(id).isEqualByComparingTo(then.get("value").decimalValue());
      assertThat(v.get("as_of").asText()).as(id).isEqualTo(then.get("as_of").asText());
    }
    JsonNode packaging = ReportCommandTest.find(at2026.get("indicators"), "id", "eco-packaging").get("other_phase_verdict");
    assertThat(packaging.get("status").asText()).isEqualTo("not-achieved");
    assertThat(packaging.get("value").asDouble()).isCloseTo(84.615, offset(0.001));
    assertThat(packaging.get("achieved_late").asText()).isEqualTo("2026H1");
    JsonNode reduction = ReportCommandTest.find(at2026.get("indicators"), "id", "consumption-reduction").get("other_phase_verdict");
    assertThat(reduction.get("sectors_meeting_min").asInt()).isEqualTo(2);
    assertThat(reduction.get("sectors_total").asInt()).isEqualTo(8);
    assertThat(reduction.get("sector_verdicts").get("not-achieved").asInt()).isEqualTo(6);
    JsonNode textile = ReportCommandTest.find(reduction.get("sectors"), "sector", "textile");
    assertThat(textile.get("status").asText()).isEqualTo("not-achieved");
    assertThat(textile.get("achieved_late").asText()).isEqualTo("2026H1");
  }

  @Test
  void wordHasTheMarkInTableOneAndTheLineInTheDetails() throws IOException {
    String xml = new String(unzip(Files.readAllBytes(out.resolve("bao-cao-sxtdbv-2026H1.docx"))).get("word/document.xml"),
        StandardCharsets.UTF_8);
    // The Table 1 cell keeps the 2030 verdict on its first line and the 2025 one on the next.
    assertThat(xml).contains("Đúng tiến độ</w:t><w:br/><w:t xml:space=\"preserve\">" + PACKAGING_MARK + "</w:t>");
    assertThat(wordText(xml)).contains("- " + PACKAGING, "- " + REDUCTION, SUMMARY);
  }

  @Test
  void pdfHasTheMarkInTableOneAndTheLineInTheDetails() throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-sxtdbv-2026H1.pdf")))) {
      String text = flat(new PDFTextStripper().getText(doc));
      assertThat(text).contains(PACKAGING_MARK, "- " + PACKAGING, "- " + REDUCTION, SUMMARY);
      // in section I, before Table 1
      assertThat(text.indexOf(SUMMARY)).isLessThan(text.indexOf("Bảng 1.")).isGreaterThan(text.indexOf("I. TÓM TẮT"));
    }
  }

  @Test
  void sectionOneSaysHowThe2025TargetsEndedOnlyOnceTheyBelongToTheOtherPhase() {
    CliRun at2026 = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--period", "2026H1", "--format", "md", "-o", "-");
    String sectionOne = at2026.out().substring(at2026.out().indexOf("## I."), at2026.out().indexOf("Bảng 1."));
    assertThat(sectionOne).contains(SUMMARY);
    CliRun en = CliRun.runWithEnv(ReportCommandTest.ENV, "--lang", "en", "report", "--period", "2026H1", "--format", "md",
        "-o", "-");
    assertThat(en.out()).contains("The 2025 targets, final verdicts on the data up to the end of 2025: 4/6 achieved "
        + "(indicators 2, 3, 5, 6); 2/6 not achieved (indicators 1, 4)");
    // in the 2021–2025 phase each target's own line says it is final: no sentence of the other phase
    for (String period : new String[] {"2025H2", "2024H1"}) {
      CliRun same = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--period", period, "--format", "md", "-o", "-");
      assertThat(same.out()).doesNotContain("kết luận cuối cùng trên số liệu đến hết năm");
    }
  }
}
