package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.cli.VerdictReportTest.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English writes "1 model", not "1 models" (plan.yaml `unit_one`); Vietnamese never changes; plan --check asks for it. */
class SingularUnitTest {
  static final String ONE_MODEL = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2022H2,SCT,spc-models,,M1,1,,,
      """;

  @TempDir Path dir;

  @Test
  void aCountOfOneIsWrittenInTheSingularInEnglish() throws Exception {
    Path data = VerdictReportTest.indicatorData(dir, "one-model", ONE_MODEL);
    String en = report(data, "2023H1", "md", "en");
    assertThat(en).contains("1 model (data of 2022H2)").doesNotContain("1 models");
    assertThat(report(data, "2023H1", "html", "en")).doesNotContain("1 models");
    assertThat(report(data, "2023H1", "md", "vi")).contains("1 mô hình (số liệu 2022H2)");
    CliRun explain = CliRun.runWithEnv(ReportCommandTest.ENV, "--lang", "en", "explain", "--data", data.toString(), "--period",
        "2026H1", "--indicator", "spc-models");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).contains("value 1 model (data of 2022H2)").doesNotContain("1 models");
  }

  @Test
  void planCheckWarnsOfAnEnglishCountUnitWithoutItsSingular() throws Exception {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    assertThat(plan).contains("    unit_one: \"model\"\n");
    Path edited = Files.writeString(dir.resolve("plan.yaml"), plan.replace("    unit_one: \"model\"\n", ""));
    CliRun run = CliRun.run("--lang", "en", "plan", "--check", "--plan", edited.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: indicator spc-models: the English unit \"models\" has no singular (unit_one), "
        + "so English reports would write \"1 models\".");
    assertThat(CliRun.run("plan", "--check").err()).doesNotContain("plan-unit-one-missing").doesNotContain("unit_one");
  }
}
