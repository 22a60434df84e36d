package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cement plant that wrote 2020 in kgOE per tonne and 2025H2 in TOE per tonne (docs/methodology.md
 * §2.1): its intensity fell to a thousandth, which the validator warns of, and which the report used
 * to count as a 99,9% reduction, "achieved, stretch met". It is now left out of the panel, named, with
 * the reason and what to check.
 */
class ImplausibleIntensityChangeTest {
  static final String ROWS = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2020,SCT,consumption-reduction,cement,Cty Xi măng A,1000,100,kgOE/tấn,
      2025H2,SCT,consumption-reduction,cement,Cty Xi măng A,0.95,100,TOE/tấn,
      2020,SCT,consumption-reduction,cement,Cty Xi măng B,2000,100,kgOE/tấn,
      2025H2,SCT,consumption-reduction,cement,Cty Xi măng B,1880,100,kgOE/tấn,
      """;

  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = VerdictReportTest.indicatorData(dir, "data", ROWS);
  }

  /** B alone: 20 → 18,8 per tonne, 6,0%; B holds 100 of the 200 tonnes: too little to judge cement. */
  @Test
  void aUnitChangedBetweenPeriodsIsLeftOutOfThePanelNotCountedAsAReduction() throws Exception {
    String md = VerdictReportTest.report(data, "2025H2", "md", "vi");
    assertThat(md)
        .contains("| Xi măng | 6,0% | 5,0% | vượt lộ trình | ◌ Chưa đủ số liệu | 2025H2 | 1 | 50% / 50% | 1 (50,0%) |")
        .contains("- Xi măng: Cty Xi măng A — suất tiêu hao chênh hơn 3 lần so với năm gốc, không thể là thay đổi thật: "
            + "cần kiểm tra lại số liệu và đơn vị tính của hai kỳ (tỷ trọng sản lượng 50,0%)")
        .doesNotContain("99,9%");
    assertThat(VerdictReportTest.report(data, "2025H2", "md", "en"))
        .contains("Cty Xi măng A — intensity more than 3 times different from the baseline year, not a real change: "
            + "check the figures and units of both periods");
    JsonNode cement = new ObjectMapper().readTree(VerdictReportTest.report(data, "2025H2", "json", "vi"))
        .get("indicators").get(0).get("sectors").get(4);
    assertThat(cement.get("sector").asText()).isEqualTo("cement");
    assertThat(cement.get("status").asText()).isEqualTo("insufficient-data");
    assertThat(cement.get("excluded").get(0).get("reason").asText()).isEqualTo("implausible-change");
    CliRun explain = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", data.toString(), "--period", "2025H2",
        "--indicator", "consumption-reduction", "--sector", "cement");
    assertThat(explain.out()).contains("Cty Xi măng A — suất tiêu hao chênh hơn 3 lần so với năm gốc (kiểm tra lại số liệu, "
        + "đơn vị tính)");
  }
}
