package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A row whose period, agency or indicator repeats the row above's (the look-up remembered from that
 * row) gets the same diagnostics as a row met on its own: every row of a run of the same unknown text
 * is told, and a known text after an unknown one is known again. A sector's spelling, remembered per
 * text, names the same sector whichever row meets it first.
 */
class RepeatedLookupsTest {
  private static final String HEADER = "period,agency,indicator,sector,entity,numerator,denominator,unit,note\n";

  @TempDir
  Path dir;

  @Test
  void everyRowOfARunOfTheSameTextIsToldAsIfAlone() throws Exception {
    String good = ",consumption-reduction,textile,Công ty CP May Thiệu Phong,1280644.0,2260.5,kgOE/tấn,\n";
    String rows = "2024H1,SCT" + good          // line 2: fine
        + "2024H3,SCT" + good                   // 3: bad period
        + "2024H3,SCT" + good                   // 4: the same bad period, the row above's text
        + "2024H1,NOPE" + good                  // 5: unknown agency
        + "2024H1,NOPE" + good                  // 6: again
        + "2024H1,SCT,nosuch,textile,Công ty CP May Thiệu Phong,1,2,,\n"   // 7: unknown indicator
        + "2024H1,SCT,nosuch,textile,Công ty CP May Thiệu Phong,1,2,,\n"   // 8: again
        + "2024H1,SCT" + good                   // 9: known again after the unknown ones
        + "2027H1,SCT" + good                   // 10: a period not begun on the day of the run
        + "2027H1,SCT" + good;                  // 11: again
    Path file = Files.writeString(dir.resolve("SCT-chi-so.csv"), HEADER + rows, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", CliRun.TODAY), "validate", "--format", "json", file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<String> told = new ArrayList<>();
    for (JsonNode d : new ObjectMapper().readTree(run.out()).get("diagnostics")) {
      if (d.get("line").isInt() && !d.get("code").asText().equals("duplicate-row")) {
        told.add(d.get("line").asInt() + " " + d.get("code").asText());
      }
    }
    assertThat(told).containsExactly("3 bad-period", "4 bad-period", "5 unknown-agency", "6 unknown-agency",
        "7 unknown-indicator", "8 unknown-indicator", "10 future-period", "11 future-period");
  }

  @Test
  void everySpellingOfASectorNamesItAndAnUnknownOneIsToldOnEveryRow() throws Exception {
    String rows = "";
    String[] sectors = {"textile", "Dệt may", "nosuch", "DỆT MAY", "steel", "nosuch", "  Dệt  may ", "TEXTILE"};
    for (int i = 0; i < sectors.length * 2; i++) {
      rows += "2024H1,SCT,consumption-reduction,\"" + sectors[i % sectors.length] + "\",Cơ sở " + i + ",100,10,,\n";
    }
    Path file = Files.writeString(dir.resolve("SCT-chi-so.csv"), HEADER + rows, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", CliRun.TODAY), "validate", "--format", "json", file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<String> told = new ArrayList<>();
    for (JsonNode d : new ObjectMapper().readTree(run.out()).get("diagnostics")) {
      if (d.get("line").isInt() && d.get("code").asText().equals("unknown-sector")) {
        told.add(d.get("line").asInt() + " " + d.get("code").asText());
      }
    }
    assertThat(told).containsExactly("4 unknown-sector", "7 unknown-sector", "12 unknown-sector", "15 unknown-sector");
  }
}
