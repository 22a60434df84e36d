package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code sctb plan} on the bundled plan.yaml, checked against the plan's own text. */
class PlanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode planJson() throws IOException {
    CliRun run = CliRun.run("plan", "--format", "json", "--plan", CliRun.PLAN.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void hasFifteenGroupsAndFiftyNineTasksWithTheAnnexCounts() throws IOException {
    JsonNode plan = planJson();
    assertThat(plan.get("groups")).hasSize(15);
    Map<String, Integer> perGroup = new LinkedHashMap<>();
    plan.get("groups").forEach(g -> perGroup.put(g.get("id").asText(), g.get("tasks").size()));
    assertThat(perGroup).containsExactly(
        Map.entry("I", 6), Map.entry("II", 2), Map.entry("III", 1), Map.entry("IV", 8), Map.entry("V", 7),
        Map.entry("VI", 4), Map.entry("VII", 4), Map.entry("VIII", 3), Map.entry("IX", 5), Map.entry("X", 3),
        Map.entry("XI", 3), Map.entry("XII", 6), Map.entry("XIII", 3), Map.entry("XIV", 2), Map.entry("XV", 2));
    assertThat(perGroup.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(59);
  }

  /** Every task's lead, read from the annex of the source text, is the lead in plan.yaml. */
  @Test
  void everyLeadMatchesTheAnnex() throws IOException {
    JsonNode plan = planJson();
    Map<String, String> aliasToCode = new LinkedHashMap<>();
    for (JsonNode a : plan.get("agencies")) {
      aliasToCode.put(a.get("name").get("vi").asText(), a.get("id").asText());
      a.get("aliases").forEach(alias -> aliasToCode.put(alias.asText(), a.get("id").asText()));
    }
    Map<String, String> leads = new LinkedHashMap<>();
    plan.get("groups").forEach(g -> g.get("tasks").forEach(t -> leads.put(t.get("id").asText(), t.get("lead").asText())));

    Map<String, String> annex = annexLeads();
    assertThat(annex).hasSize(59);
    annex.forEach((task, leadText) ->
        assertThat(aliasToCode.get(leadText)).as("lead of %s (%s)", task, leadText).isEqualTo(leads.get(task)));
    assertThat(leads).containsEntry("IV.6", "BQLKKT").containsEntry("VII.3", "HTCBVNTD")
        .containsEntry("XII.6", "STTTT").containsEntry("XIV.1", "NHNN").containsEntry("XV.2", "SNGV")
        .containsEntry("IX.5", "SLDTBXH").containsEntry("VII.4", "VCCI").containsEntry("I.3", "SKHDT");
  }

  @Test
  void indicatorsCarryBothPhasesTargetsAndSectorLists() throws IOException {
    JsonNode plan = planJson();
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    plan.get("indicators").forEach(i -> byId.put(i.get("id").asText(), i));
    assertThat(byId.keySet()).containsExactlyInAnyOrder("consumption-reduction", "zones-awareness", "spc-models",
        "eco-packaging", "policies-implemented", "curricula-integrated");
    JsonNode reduction = byId.get("consumption-reduction");
    assertThat(reduction.get("kind").asText()).isEqualTo("reduction");
    JsonNode t2025 = reduction.get("targets").get(0);
    assertThat(t2025.get("year").asInt()).isEqualTo(2025);
    assertThat(t2025.get("baseline").asInt()).isEqualTo(2020);
    assertThat(t2025.get("min").asDouble()).isEqualTo(5);
    assertThat(t2025.get("stretch").asDouble()).isEqualTo(8);
    assertThat(texts(t2025.get("sectors"))).containsExactly("textile", "steel", "plastics", "chemicals", "cement",
        "beer", "paper", "seafood");
    JsonNode t2030 = reduction.get("targets").get(1);
    assertThat(t2030.get("min").asDouble()).isEqualTo(7);
    assertThat(t2030.get("stretch").asDouble()).isEqualTo(10);
    assertThat(t2030.get("baseline").asInt()).isEqualTo(2025);
    assertThat(texts(t2030.get("sectors"))).hasSize(11).contains("leather-footwear", "fertilizer", "other");

    assertThat(byId.get("zones-awareness").get("targets").findValuesAsText("min")).containsExactly("70", "100");
    assertThat(byId.get("eco-packaging").get("targets").findValuesAsText("min")).containsExactly("85", "100");
    assertThat(byId.get("eco-packaging").get("targets").get(0).get("stretch").isNull()).isTrue();
    assertThat(byId.get("spc-models").get("targets").get(0).get("min").asInt()).isEqualTo(2);
    assertThat(texts(byId.get("policies-implemented").get("tasks"))).containsExactly("I.1", "I.2", "I.3", "I.4", "I.5", "I.6");
  }

  @Test
  void agenciesNameSuccessorsAndDates() throws IOException {
    JsonNode plan = planJson();
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    plan.get("agencies").forEach(a -> byId.put(a.get("id").asText(), a));
    assertThat(byId.keySet()).contains("SCT", "STC", "SKHDT", "STNMT", "SVHTTDL", "BQLKKT", "SNNPTNT", "LMHTX",
        "SGTVT", "TTXTDT", "HTCBVNTD", "VCCI", "SGDDT", "SLDTBXH", "SKHCN", "STTTT", "NHNN", "SNGV", "UBND-HUYEN");
    assertThat(byId.get("SKHDT").get("successor").asText()).isEqualTo("STC");
    assertThat(byId.get("SKHDT").get("successor_from").asText()).isEqualTo("2025-03-01");
    assertThat(byId.get("SCT").get("successor").isNull()).isTrue();
    assertThat(byId.get("SCT").get("successor_from").isNull()).isTrue();
    assertThat(byId.get("SLDTBXH").get("successor_by_task").get("IX.5").asText()).isEqualTo("SGDDT");
    assertThat(byId.get("SCT").get("name").get("en").asText()).isEqualTo("Department of Industry and Trade");
  }

  @Test
  void overviewIsVietnameseByDefaultAndEnglishOnRequest() {
    CliRun vi = CliRun.run("plan", "--plan", CliRun.PLAN.toString());
    assertThat(vi.exitCode()).isZero();
    assertThat(vi.out()).contains("NHÓM NHIỆM VỤ").contains("IV.2").contains("consumption-reduction");
    CliRun en = CliRun.runWithEnv(Map.of("SCTB_LANG", "en"), "plan", "--plan", CliRun.PLAN.toString());
    assertThat(en.out()).contains("TASK GROUPS").contains("INDICATORS AND TARGETS").doesNotContain("NHÓM NHIỆM VỤ");
  }

  @Test
  void checkOnlyConfirms() {
    CliRun run = CliRun.run("plan", "--check", "--plan", CliRun.PLAN.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("15").contains("59");
  }

  @Test
  void helpAndVersion() {
    assertThat(CliRun.run("--help").out()).contains("Cách dùng").contains("Mã thoát");
    assertThat(CliRun.run("--lang", "en", "--help").out()).contains("Usage").contains("Exit codes");
    assertThat(CliRun.run("--version").out()).startsWith("sctb ");
    assertThat(CliRun.run("generate-completion").out()).contains("complete");
    CliRun bad = CliRun.run("plan", "--formt", "json");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--format");
  }

  /** Annex rows: "N<TAB>text<TAB>lead<TAB>partners<TAB>", under a Roman-numeral group row. */
  private static Map<String, String> annexLeads() throws IOException {
    String source = Files.readString(CliRun.REPO.resolve("docs/source/ke-hoach-thanh-hoa-sxtdbv-2021-2030.txt"),
        StandardCharsets.UTF_8);
    String annex = source.substring(source.indexOf("STT\tTÊN NHIỆM VỤ"));
    Map<String, String> leads = new LinkedHashMap<>();
    String group = null;
    Pattern groupRow = Pattern.compile("^([IVX]+)\\t");
    Pattern taskRow = Pattern.compile("^(\\d+)\\t[^\\t]*\\t([^\\t]+)\\t");
    for (String line : annex.split("\n")) {
      Matcher g = groupRow.matcher(line);
      Matcher t = taskRow.matcher(line);
      if (g.find()) {
        group = g.group(1);
      } else if (t.find()) {
        leads.put(group + "." + t.group(1), t.group(2).trim());
      }
    }
    return leads;
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
