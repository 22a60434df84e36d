package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * status, feedback and remind held a report against the agency's previous report only: an amendment adding an
 * indicator, a sector or a task output was chased from nobody until someone happened to report it once. The
 * rows the plan asks for are now owed besides (docs/methodology.md §12), asked for by name, and an agency that
 * reports them is complete.
 */
class PlanAskedRowsTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");
  private static final String GREEN = Amendments.GREEN_NAME;

  @TempDir Path dir;

  private Path samples() {
    return Amendments.samplesOf(dir.resolve("samples"), "2026H1", "2026H2");
  }

  private Path plan(String text) throws IOException {
    return Files.writeString(dir.resolve("plan.yaml"), text, StandardCharsets.UTF_8);
  }

  private static String original() throws IOException {
    return Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
  }

  private static void append(Path file, String line) throws IOException {
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static CliRun run(String... args) {
    CliRun run = CliRun.runWithEnv(TODAY, args);
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1); // 1: the samples' 2026H2 errors elsewhere
    return run;
  }

  @Test
  void anIndicatorAddedByAnAmendmentIsAskedOfTheDepartmentUntilItIsReported() throws IOException {
    String plan = plan(original().stripTrailing() + "\n" + Amendments.GREEN_PROCUREMENT).toString();
    Path data = samples();
    String[] common = {"--plan", plan, "--data", data.toString()};

    // the SCT reported all 66 rows of its previous report; the plan also asks for the new indicator (and, as
    // always, the eco-innovation enterprises of task IV.2, which the samples never report)
    CliRun status = run(concat(new String[] {"status", "--period", "2026H2"}, common));
    assertThat(status.out()).containsPattern("SCT +chưa đủ .* 28/28 +66/68 ");
    CliRun feedback = run(concat(new String[] {"feedback", "--period", "2026H2", "--agency", "SCT", "--format", "md", "-o",
        "-", "-q"}, common));
    assertThat(feedback.out())
        .contains("Kỳ trước quý Sở báo cáo 66 dòng số liệu chỉ tiêu; Kế hoạch còn yêu cầu 2 mục số liệu (chỉ tiêu, ngành "
            + "hoặc kết quả nhiệm vụ) chưa có trong báo cáo đó; kỳ này đã nhận 66 dòng, còn thiếu 2 dòng.")
        .contains("- Chỉ tiêu “" + GREEN + "” (mã green-procurement): chưa có số liệu (Kế hoạch yêu cầu, báo cáo kỳ "
            + "trước chưa có)");
    CliRun letter = run(concat(new String[] {"--lang", "en", "remind", "--period", "2026H2", "--agency", "SCT", "--format",
        "html", "-o", "-", "-q"}, common));
    assertThat(letter.out()).contains("- Indicator “Share of provincial agencies practising green public procurement” (code "
        + "green-procurement): no data yet (the plan asks for it; your previous report did not have it)");

    // its summary row and the eco-innovation count come: complete
    Path sct = data.resolve("2026H2/SCT-chi-so.csv");
    append(sct, "2026H2,SCT,green-procurement,,,,12,30,,");
    append(sct, "2026H2,SCT,IV.2-eco-innovation-enterprises,,,,4,,,");
    CliRun after = run(concat(new String[] {"status", "--period", "2026H2"}, common));
    assertThat(after.out()).containsPattern("SCT +đủ .* 28/28 +68/68 ");
  }

  @Test
  void aSectorAddedToAnIndicatorIsAskedForByName() throws IOException {
    String glass = """
        sectors:
          - id: glass
            name:
              vi: "Thủy tinh"
              en: "Glass"
            intensity_unit:
              vi: "kgOE/tấn sản phẩm"
              en: "kgoe per tonne of product"
            consumption_unit:
              vi: "kgOE"
              en: "kgoe"
            output_unit:
              vi: "tấn"
              en: "tonnes"
            common_unit_factor: 0.001
        """;
    String text = original().replaceFirst("\nsectors:\n", "\n" + glass)
        .replace("seafood, fertilizer, other]", "seafood, fertilizer, other, glass]");
    assertThat(text).contains("other, glass]");
    String plan = plan(text).toString();
    Path data = samples();
    String[] common = {"--plan", plan, "--data", data.toString()};
    CliRun status = run(concat(new String[] {"status", "--period", "2026H2", "--format", "json"}, common));
    assertThat(status.out()).containsPattern("\"indicator_rows\" : \\{\\s*\"expected\" : 68,\\s*\"from_plan\" : 2,"
        + "\\s*\"received\" : 66,");
    // the report's JSON says the same from the same model value (docs/report-json.md, reporting.agencies[])
    CliRun report = run(concat(new String[] {"report", "--period", "2026H2", "--format", "json", "-o", "-", "-q"}, common));
    JsonNode sctRows = null;
    for (JsonNode a : new ObjectMapper().readTree(report.out()).get("reporting").get("agencies")) {
      if (a.get("id").asText().equals("SCT")) {
        sctRows = a.get("indicator_rows");
      }
    }
    assertThat(sctRows).as(report.out()).isNotNull();
    assertThat(sctRows.toString()).isEqualTo("{\"expected\":68,\"from_plan\":2,\"received\":66,\"added\":0}");
    CliRun feedback = run(concat(new String[] {"feedback", "--period", "2026H2", "--agency", "SCT", "--format", "md", "-o",
        "-", "-q"}, common));
    assertThat(feedback.out()).contains("- Chỉ tiêu “Mức giảm tiêu hao nguyên nhiên vật liệu trên đơn vị sản phẩm” (mã "
        + "consumption-reduction), ngành Thủy tinh: chưa có số liệu (Kế hoạch yêu cầu, báo cáo kỳ trước chưa có)");
    CliRun letter = run(concat(new String[] {"remind", "--period", "2026H2", "--agency", "SCT", "--format", "html", "-o",
        "-", "-q"}, common));
    assertThat(letter.out()).contains("(mã consumption-reduction), ngành Thủy tinh: chưa có số liệu");
  }

  @Test
  void anOutputOfAMergedAgencysTaskIsAskedOfItsSuccessorAndAgenciesWithTasksOnlyAreUnaffected() throws IOException {
    String output = String.join("\n", "        outputs:", "          - id: I.3-green-tenders", "            name:",
        "              vi: \"Gói thầu mua sắm công có tiêu chí xanh\"", "              en: \"Public tenders with green criteria\"",
        "            target: 30", "            approximate: false", "            unit:", "              vi: \"gói thầu\"",
        "              en: \"tenders\"", "");
    String text = original();
    int task = text.indexOf("- id: \"I.3\"");
    int empty = text.indexOf("        outputs: []\n", task);
    text = text.substring(0, empty) + output + text.substring(empty + "        outputs: []\n".length());
    String plan = plan(text).toString();
    Path data = samples();
    String[] common = {"--plan", plan, "--data", data.toString()};

    // I.3 was led by the Department of Planning and Investment, merged into the Department of Finance on 01/03/2025
    CliRun status = run(concat(new String[] {"status", "--period", "2026H2"}, common));
    assertThat(status.out()).containsPattern("STC +chưa đủ .* 4/4 +0/1 ").containsPattern("LMHTX +đủ .* 1/1 +— ");
    CliRun feedback = run(concat(new String[] {"feedback", "--period", "2026H2", "--agency", "STC", "--format", "md", "-o",
        "-", "-q"}, common));
    assertThat(feedback.out())
        .contains("Kế hoạch yêu cầu quý Sở báo cáo 1 mục số liệu (chỉ tiêu, ngành hoặc kết quả nhiệm vụ) chưa có trong báo cáo kỳ trước; "
            + "kỳ này chưa nhận được dòng nào.")
        .contains("- Kết quả của nhiệm vụ I.3 “Gói thầu mua sắm công có tiêu chí xanh” (mã I.3-green-tenders): chưa có số liệu");
    CliRun letter = run(concat(new String[] {"--lang", "en", "remind", "--period", "2026H2", "--agency", "STC", "--format",
        "html", "-o", "-", "-q"}, common));
    assertThat(letter.out()).contains("The plan asks you for 1 item of data (an indicator, a sector or the output of a task) your previous report did "
        + "not have; none has been received for this period.")
        .contains("- Output of task I.3 “Public tenders with green criteria” (code I.3-green-tenders): no data yet");

    // the former department's name on the row still counts for its successor
    Files.writeString(data.resolve("2026H2/SKHDT-chi-so.csv"),
        "period,agency,indicator,sector,entity_id,entity,numerator,denominator,unit,note\n"
            + "2026H2,SKHDT,I.3-green-tenders,,,,7,,,\n", StandardCharsets.UTF_8);
    CliRun after = run(concat(new String[] {"status", "--period", "2026H2"}, common));
    assertThat(after.out()).containsPattern("STC +đủ .* 4/4 +1/1 ");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
