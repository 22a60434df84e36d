package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report of a workspace whose lists outgrow the bound: each written to its first 1 000
 * entries with its total beside it, the figures computed from everything; {@code --detail full}
 * writes every entry; other periods' diagnostics counted, not listed.
 */
class BoundedReportJsonTest {
  static final int OUTLETS = 1_200;
  static final int ESTABLISHMENTS = 1_100;
  static final String HEADER = "period,agency,indicator,sector,entity,numerator,denominator,unit,note\n";
  static Path plan;
  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    plan = dir.resolve("plan.yaml");
    Files.copy(CliRun.PLAN, plan);
    data = dir.resolve("data");
    for (String period : new String[] {"2020H1", "2020H2", "2024H1"}) {
      boolean baseline = period.startsWith("2020");
      // the baseline year's files carry a column sctb does not know: a warning on another period's file
      StringBuilder csv = new StringBuilder(baseline ? HEADER.replace("note\n", "note,cot_la\n") : HEADER);
      for (int e = 0; e < ESTABLISHMENTS; e++) {
        // consumption falls a little from 2020 to 2024
        csv.append(period).append(",SCT,consumption-reduction,textile,Công ty Dệt số ").append(e).append(',')
            .append(baseline ? 1000 + e : 900 + e).append(",100,kgOE/tấn,").append(baseline ? ",\n" : "\n");
      }
      if (period.equals("2024H1")) {
        for (int s = 0; s < OUTLETS; s++) {
          csv.append("2024H1,SCT,eco-packaging,,Siêu thị số ").append(s).append(',').append(s % 4 == 0 ? 0 : 1)
              .append(",1,,\n");
        }
      }
      Files.writeString(Files.createDirectories(data.resolve(period)).resolve("SCT-chi-so.csv"), csv);
    }
  }

  static JsonNode report(String... more) throws Exception {
    String[] args = {"report", "--plan", plan.toString(), "--data", data.toString(), "--period", "2024H1", "--format",
        "json", "-o", "-"};
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
        .toArray(String[]::new);
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, all);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void aShareListsItsFirstThousandRowsAndSaysHowManyThereAre() throws Exception {
    JsonNode share = ReportCommandTest.find(report().get("indicators"), "id", "eco-packaging");
    assertThat(share.get("rows")).hasSize(1000);
    assertThat(share.get("rows_total").asInt()).isEqualTo(OUTLETS);
    assertThat(share.get("rows_truncated").asBoolean()).isTrue();
    assertThat(share.get("sources")).hasSize(1000);
    assertThat(share.get("sources_total").asInt()).isEqualTo(OUTLETS);
    // the figure rests on every row: 900 of 1 200 outlets
    assertThat(share.get("numerator").asInt()).isEqualTo(900);
    assertThat(share.get("denominator").asInt()).isEqualTo(OUTLETS);
    assertThat(share.get("value").decimalValue()).isEqualByComparingTo("75");
    // the stable order: the first thousand of the full list
    JsonNode full = ReportCommandTest.find(report("--detail", "full").get("indicators"), "id", "eco-packaging");
    for (int i = 0; i < 1000; i++) {
      assertThat(share.get("rows").get(i)).isEqualTo(full.get("rows").get(i));
    }
  }

  @Test
  void aReductionPanelIsBoundedButCountedInFull() throws Exception {
    JsonNode textile = ReportCommandTest.find(
        ReportCommandTest.find(report().get("indicators"), "id", "consumption-reduction").get("sectors"), "sector", "textile");
    assertThat(textile.get("panel_size").asInt()).isEqualTo(ESTABLISHMENTS);
    assertThat(textile.get("panel")).hasSize(1000);
    assertThat(textile.get("panel_total").asInt()).isEqualTo(ESTABLISHMENTS);
    assertThat(textile.get("panel_truncated").asBoolean()).isTrue();
    assertThat(textile.get("sources")).hasSize(1000);
    assertThat(textile.get("sources_total").asInt()).isEqualTo(3 * ESTABLISHMENTS);
    assertThat(textile.has("excluded_total")).as("a list within the bound says nothing more").isFalse();
  }

  @Test
  void detailFullWritesEveryEntryAndEveryDiagnostic() throws Exception {
    JsonNode full = report("--detail", "full");
    JsonNode share = ReportCommandTest.find(full.get("indicators"), "id", "eco-packaging");
    assertThat(share.get("rows")).hasSize(OUTLETS);
    assertThat(share.has("rows_total")).isFalse();
    Set<String> entities = new HashSet<>();
    share.get("rows").forEach(r -> entities.add(r.get("entity").asText()));
    assertThat(entities).hasSize(OUTLETS);
    JsonNode textile = ReportCommandTest.find(
        ReportCommandTest.find(full.get("indicators"), "id", "consumption-reduction").get("sectors"), "sector", "textile");
    assertThat(textile.get("panel")).hasSize(ESTABLISHMENTS);
    assertThat(full.get("diagnostics").get("others")).isEmpty();
  }

  @Test
  void otherPeriodsDiagnosticsAreCountedByFileAndCode() throws Exception {
    JsonNode bounded = report().get("diagnostics");
    JsonNode full = report("--detail", "full").get("diagnostics");
    assertThat(bounded.get("items")).allSatisfy(d -> assertThat(d.get("own_period").asBoolean()).isTrue());
    int counted = 0;
    for (JsonNode other : bounded.get("others")) {
      assertThat(other.get("file").asText()).startsWith("data/2020H");
      counted += other.get("count").asInt();
    }
    assertThat(bounded.get("others")).hasSize(2).allSatisfy(o -> {
      assertThat(o.get("code").asText()).isEqualTo("unknown-column");
      assertThat(o.get("severity").asText()).isEqualTo("warning");
    });
    assertThat(bounded.get("items").size() + counted).isEqualTo(full.get("items").size());
    assertThat(bounded.get("warnings")).isEqualTo(full.get("warnings"));
  }
}
