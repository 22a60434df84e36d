package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb report --format json} over the bundled samples, asserted against the story in samples/README.md. */
class ReportCommandTest {
  static final Map<String, String> ENV = Map.of("SCTB_TODAY", "2026-11-25");
  private static final ObjectMapper JSON = new ObjectMapper();

  static String json(String period) {
    CliRun run = CliRun.runWithEnv(ENV, "report", "--period", period, "--format", "json", "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  static JsonNode report(String periodOrJson) throws Exception {
    return JSON.readTree(periodOrJson.startsWith("{") ? periodOrJson : json(periodOrJson));
  }

  static JsonNode find(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(field + "=" + value + " not found");
  }

  static List<String> texts(JsonNode list) {
    List<String> all = new ArrayList<>();
    list.forEach(n -> all.add(n.asText()));
    return all;
  }

  @Test
  void firstHalf2024TellsTheSamplesStory() throws Exception {
    JsonNode r = report("2024H1");
    assertThat(r.get("period").asText()).isEqualTo("2024H1");
    assertThat(r.get("period_end").asText()).isEqualTo("2024-06-30");
    assertThat(r.get("phase").get("id").asText()).isEqualTo("2021-2025");
    JsonNode reduction = find(r.get("indicators"), "id", "consumption-reduction");
    assertThat(reduction.get("target_year").asInt()).isEqualTo(2025);
    assertThat(reduction.get("baseline_year").asInt()).isEqualTo(2020);
    assertThat(reduction.get("sectors_meeting_min").asInt()).isEqualTo(2);
    assertThat(reduction.get("sectors_total").asInt()).isEqualTo(8);
    JsonNode cement = find(reduction.get("sectors"), "sector", "cement");
    assertThat(cement.get("value").asDouble()).isCloseTo(5.8, offset(0.01));
    assertThat(cement.get("expected").asDouble()).isEqualTo(3.5);
    assertThat(cement.get("status").asText()).isEqualTo("achieved");
    assertThat(cement.get("as_of").asText()).isEqualTo("2024H1");
    assertThat(cement.get("panel_size").asInt()).isEqualTo(4);
    assertThat(cement.get("sources")).hasSize(8);
    Map<String, String> expected = Map.of("textile", "on-track", "steel", "acceleration-needed",
        "plastics", "limited-progress", "chemicals", "limited-progress", "beer", "achieved",
        "paper", "deterioration", "seafood", "deterioration");
    expected.forEach((sector, status) ->
        assertThat(find(reduction.get("sectors"), "sector", sector).get("status").asText()).as(sector).isEqualTo(status));
    assertThat(find(reduction.get("sectors"), "sector", "paper").get("value").asDouble()).isNegative();
    JsonNode textile = find(reduction.get("sectors"), "sector", "textile");
    assertThat(textile.get("excluded")).singleElement()
        .satisfies(e -> assertThat(e.get("reason").asText()).isEqualTo("no-baseline"));
    JsonNode zones = find(r.get("indicators"), "id", "zones-awareness");
    assertThat(zones.get("value").asDouble()).isEqualTo(59.375); // 38 / 64
    assertThat(zones.get("status").asText()).isEqualTo("on-track");
    assertThat(zones.get("rows").toString()).contains("\"entity\":\"\""); // the aggregate row
    assertThat(find(r.get("indicators"), "id", "spc-models").get("value").asInt()).isEqualTo(2);
    assertThat(find(r.get("outputs"), "id", "IV.2-enterprises-supported").get("value").asInt()).isEqualTo(13);
    JsonNode reporting = r.get("reporting");
    assertThat(reporting.get("counts").get("expected").asInt()).isEqualTo(18);
    assertThat(texts(reporting.get("missing"))).isEmpty();
    assertThat(texts(reporting.get("late"))).containsExactly("HTCBVNTD");
    assertThat(r.get("tasks")).hasSize(59);
    // the 2025H1 slip (SKHDT after its merger) is not this report's business; the corrections of 2024H1 rows filed
    // in 2025H1 are, listed; the 2022H2 encoding warning is too, but only counted (another period's file)
    JsonNode diagnostics = r.get("diagnostics");
    assertThat(diagnostics.get("items").toString()).doesNotContain("2025H1/SKHDT").doesNotContain("2022H2/SGTVT")
        .contains("2025H1/SCT-chi-so-dieu-chinh-2024H1.csv");
    JsonNode encoding = find(diagnostics.get("others"), "file", "samples/2022H2/SGTVT-nhiem-vu.csv");
    assertThat(encoding.get("code").asText()).isEqualTo("encoding");
    assertThat(encoding.get("count").asInt()).isEqualTo(1);
    int counted = 0;
    for (JsonNode other : diagnostics.get("others")) {
      counted += other.get("count").asInt();
    }
    assertThat(diagnostics.get("items").size() + counted)
        .isEqualTo(diagnostics.get("errors").asInt() + diagnostics.get("warnings").asInt());
    assertThat(r.get("groups")).hasSize(15);
  }

  @Test
  void firstHalf2025NamesTheMissingAgencyAndCountsAMergedAgencysRowsForItsSuccessor() throws Exception {
    JsonNode reporting = report("2025H1").get("reporting");
    assertThat(texts(reporting.get("missing"))).containsExactly("SNGV");
    assertThat(texts(reporting.get("expected"))).contains("STC", "SNNMT").doesNotContain("SKHDT", "STNMT");
    JsonNode stc = find(reporting.get("agencies"), "id", "STC");
    assertThat(texts(stc.get("reported_by"))).containsExactly("SKHDT", "STC");
    JsonNode i3 = find(report("2025H1").get("tasks"), "id", "I.3");
    assertThat(i3.get("lead").asText()).isEqualTo("STC");
    assertThat(i3.get("plan_lead").asText()).isEqualTo("SKHDT");
    // only the merged SKHDT reported I.3 (the samples' deliberate slip); its row answers for STC
    assertThat(i3.get("reports")).singleElement().satisfies(rep -> {
      assertThat(rep.get("agency").asText()).isEqualTo("SKHDT");
      assertThat(rep.get("counts_for").asText()).isEqualTo("STC");
    });
  }

  @Test
  void secondHalf2025GivesFinalVerdicts() throws Exception {
    JsonNode r = report("2025H2");
    JsonNode reduction = find(r.get("indicators"), "id", "consumption-reduction");
    assertThat(reduction.get("final").asBoolean()).isTrue();
    assertThat(reduction.get("status").asText()).isEqualTo("not-achieved");
    assertThat(find(reduction.get("sectors"), "sector", "cement").get("status").asText()).isEqualTo("achieved");
    assertThat(find(reduction.get("sectors"), "sector", "paper").get("status").asText()).isEqualTo("not-achieved");
    assertThat(find(r.get("indicators"), "id", "zones-awareness").get("value").asDouble()).isEqualTo(75.0);
    assertThat(find(r.get("indicators"), "id", "zones-awareness").get("status").asText()).isEqualTo("achieved");
    assertThat(find(r.get("indicators"), "id", "eco-packaging").get("status").asText()).isEqualTo("not-achieved");
    assertThat(r.get("other_phase").get("id").asText()).isEqualTo("2026-2030");
  }

  @Test
  void sameInputGivesByteIdenticalJson() {
    assertThat(json("2024H1")).isEqualTo(json("2024H1"));
  }

  @Test
  void writesTheDefaultFileUnderReportsAndAtomically(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.json");
    CliRun run = CliRun.runWithEnv(ENV, "report", "--period", "2024H1", "--format", "json", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(json("2024H1"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.json"); // no temporary file left
    }
  }

  @Test
  void withoutOutTheReportGoesToTheReportsFolderNextToThePlan(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.copy(CliRun.PLAN, plan);
    CliRun run = CliRun.runWithEnv(ENV, "report", "--period", "2024H1", "--format", "json", "--plan", plan.toString(),
        "--data", CliRun.REPO.resolve("samples").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path written = dir.resolve("reports/2024H1/bao-cao-sxtdbv-2024H1.json");
    assertThat(written).exists();
    assertThat(run.out().strip()).endsWith("reports/2024H1/bao-cao-sxtdbv-2024H1.json");
    assertThat(report(Files.readString(written, StandardCharsets.UTF_8)).get("period").asText()).isEqualTo("2024H1");
  }

  @Test
  void aBadPeriodIsAUsageError() {
    CliRun run = CliRun.runWithEnv(ENV, "report", "--period", "2024H3", "--format", "json", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("2024H3");
  }

  @Test
  void aMissingDataFolderExits3() {
    CliRun run = CliRun.runWithEnv(ENV, "report", "--period", "2024H1", "--format", "json", "--data", "no-such-folder", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(3);
  }
}
