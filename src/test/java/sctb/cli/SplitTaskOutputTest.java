package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output of a task that a split moved on its own (IX.5, vocational education: from the former Department of
 * Labour to the Department of Education and Training, the rest to Home Affairs) is asked of whoever carries the task
 * at the due date: the plan's row of it, and the row of it in the former department's last report — not of the
 * general successor, and not of both.
 */
class SplitTaskOutputTest {
  /** An amendment: IX.5 gets a counted output. */
  static final String COURSES = """
              - id: IX.5-courses
                name:
                  vi: "Khóa đào tạo nghề có nội dung sản xuất và tiêu dùng bền vững"
                  en: "Vocational courses with sustainable production and consumption content"
                target: 10
                approximate: false
                unit:
                  vi: "khóa"
                  en: "courses"
      """;

  @TempDir Path dir;
  Path plan;

  @BeforeEach
  void amendedPlan() throws Exception {
    String text = Files.readString(CliRun.PLAN);
    String ix5 = "giáo dục nghề nghiệp.\"";
    int at = text.indexOf("outputs: []", text.indexOf(ix5));
    assertThat(text.indexOf(ix5)).isPositive();
    text = text.substring(0, at) + "outputs:\n" + COURSES.stripTrailing() + text.substring(at + "outputs: []".length());
    plan = dir.resolve("plan.yaml");
    Files.writeString(plan, text);
  }

  private JsonNode status(Path data, String period, String today) throws Exception {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", today), "status", "--plan", plan.toString(), "--data", data.toString(),
        "--period", period, "--format", "json");
    assertThat(run.err()).doesNotContain("Exception");
    JsonNode agencies = new ObjectMapper().readTree(run.out()).get("agencies");
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    agencies.forEach(a -> byId.put(a.get("agency").asText(), a));
    return new ObjectMapper().valueToTree(byId);
  }

  @Test
  void thePlansRowOfTheOutputIsAskedOfTheTasksNewCarrier() throws Exception {
    Path data = Amendments.samplesOf(dir.resolve("data"), "2026H1", "2026H2");
    JsonNode s = status(data, "2026H2", "2026-11-25");
    assertThat(s.get("SGDDT").get("indicator_rows").get("from_plan").asInt()).isEqualTo(1);
    assertThat(s.get("SGDDT").get("state").asText()).isEqualTo("incomplete");
    assertThat(s.has("SNV") ? s.get("SNV").get("indicator_rows").get("expected").asInt() : 0).isZero();
    CliRun feedback = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "feedback", "--plan", plan.toString(), "--data",
        data.toString(), "--period", "2026H2", "--agency", "SGDDT", "--format", "md", "-o", "-", "-q");
    assertThat(feedback.out()).contains("Kết quả của nhiệm vụ IX.5 “Khóa đào tạo nghề có nội dung sản xuất và tiêu dùng bền vững”"
        + " (mã IX.5-courses): chưa có số liệu");
  }

  @Test
  void theFormerDepartmentsRowOfTheOutputIsOwedByTheTasksNewCarrierAlone() throws Exception {
    Path data = Amendments.samplesOf(dir.resolve("data"), "2024H2", "2025H1");
    Files.writeString(data.resolve("2024H2/SLDTBXH-chi-so.csv"), """
        period,agency,indicator,sector,entity,numerator,denominator,unit,note
        2024H2,SLDTBXH,IX.5-courses,,,4,,,
        """);
    JsonNode s = status(data, "2025H1", "2025-06-10");
    JsonNode education = s.get("SGDDT").get("indicator_rows");
    assertThat(education.get("expected").asInt()).as(education.toString()).isEqualTo(1);
    assertThat(education.get("from_plan").asInt()).as(education.toString()).isZero(); // the former report had it
    assertThat(s.has("SNV") ? s.get("SNV").get("indicator_rows").get("expected").asInt() : 0).isZero();
    // and named in its feedback, though the row was kept under the former department's general successor
    CliRun feedback = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2025-06-30"), "feedback", "--plan", plan.toString(), "--data",
        data.toString(), "--period", "2025H1", "--agency", "SGDDT", "--format", "md", "-o", "-", "-q");
    assertThat(feedback.out()).contains("- Kết quả của nhiệm vụ IX.5 “Khóa đào tạo nghề có nội dung sản xuất và tiêu dùng bền"
        + " vững” (mã IX.5-courses): dòng tổng hợp");
  }
}
