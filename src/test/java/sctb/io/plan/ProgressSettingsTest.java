package sctb.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import sctb.cli.CliRun;
import sctb.core.plan.Fraction;
import sctb.core.plan.Plan;
import sctb.core.plan.ProgressSettings;

/** plan.yaml's progress settings: coverage thresholds as decimals or exact fractions, data age, the common unit. */
class ProgressSettingsTest {
  static String bundled() throws Exception {
    return Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
  }

  static PlanReader.Result read(String yaml) {
    return PlanReader.read(yaml.getBytes(StandardCharsets.UTF_8), "plan.yaml");
  }

  @Test
  void theBundledPlanStatesTheDefaults() throws Exception {
    Plan plan = PlanReader.read(CliRun.PLAN).plan();
    ProgressSettings p = plan.progress();
    assertThat(p.coverage().minPanelOutput().metBy(new BigDecimal("80"), new BigDecimal("100"))).isTrue();
    assertThat(p.coverage().minPanelOutput().metBy(new BigDecimal("79.9"), new BigDecimal("100"))).isFalse();
    assertThat(p.coverage().minCurrent()).hasToString("2/3");
    assertThat(p.maxDataAge()).isEqualTo(2);
    assertThat(p.commonUnit().en()).startsWith("toe");
    assertThat(plan.sector("seafood").orElseThrow().commonUnitFactor()).isEqualByComparingTo("0.0001543");
    assertThat(plan.sector("cement").orElseThrow().commonUnitFactor()).isEqualByComparingTo("0.001");
  }

  @Test
  void twoThirdsIsExactWhereADecimalWouldNotBe() {
    Fraction twoThirds = Fraction.of(2, 3);
    assertThat(twoThirds.metBy(BigDecimal.valueOf(2), BigDecimal.valueOf(3))).isTrue();
    assertThat(Fraction.of(new BigDecimal("0.667")).metBy(BigDecimal.valueOf(2), BigDecimal.valueOf(3))).isFalse();
    assertThat(twoThirds.metBy(BigDecimal.valueOf(5), BigDecimal.valueOf(8))).isFalse(); // 0.625
    assertThat(twoThirds.metBy(BigDecimal.ZERO, BigDecimal.ZERO)).isFalse(); // nothing to rest on
  }

  @Test
  void settingsLeftOutTakeTheDefaultsAndAFractionIsReadExactly() throws Exception {
    String without = bundled().replaceAll("(?ms)^  coverage:.*?^  outlier_factor", "  outlier_factor");
    PlanReader.Result r = read(without);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.plan().progress().coverage()).isEqualTo(ProgressSettings.Coverage.DEFAULT);
    assertThat(r.plan().progress().maxDataAge()).isEqualTo(ProgressSettings.DEFAULT_MAX_DATA_AGE);
    PlanReader.Result changed = read(bundled().replace("min_current: \"2/3\"", "min_current: \" 3 / 4 \"")
        .replace("max_data_age: 2", "max_data_age: 4"));
    assertThat(changed.diagnostics()).isEmpty();
    assertThat(changed.plan().progress().coverage().minCurrent()).isEqualTo(Fraction.of(3, 4));
    assertThat(changed.plan().progress().maxDataAge()).isEqualTo(4);
  }

  @Test
  void aThresholdAboveOneOrAWordIsASchemaError() throws Exception {
    assertThat(read(bundled().replace("min_panel_output: 0.8", "min_panel_output: 80")).diagnostics())
        .extracting(d -> d.code().id()).contains("plan-schema");
    assertThat(read(bundled().replace("min_current: \"2/3\"", "min_current: \"two thirds\"")).diagnostics())
        .extracting(d -> d.code().id()).contains("plan-schema");
  }
}
