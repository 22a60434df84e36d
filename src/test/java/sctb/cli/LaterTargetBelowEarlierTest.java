package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2030 target written below the 2025 one on the same scale: accepted silently before; a warning at its line now. */
class LaterTargetBelowEarlierTest {
  @TempDir Path dir;

  private static final String ZONES_2030 = "          vi: \"100% các khu kinh tế";

  @Test
  void aShareLoweredFrom70To60IsAWarningAtTheLaterMin() throws IOException {
    String plan = real();
    int text = plan.indexOf(ZONES_2030);
    int min = plan.lastIndexOf("        min: 100\n", text);
    Path edited = write(plan.substring(0, min) + "        min: 60\n" + plan.substring(min + "        min: 100\n".length()));
    int line = plan.substring(0, min).split("\n", -1).length;

    CliRun check = CliRun.run("plan", "--check", "--plan", edited.toString());

    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(check.err()).contains(edited + ", dòng " + line + ", cột 14: cảnh báo: chỉ tiêu zones-awareness: "
        + "mục tiêu năm 2030 (60) thấp hơn mục tiêu năm 2025 (70)").doesNotContain("[plan-");
  }

  @Test
  void aReductionFromTheSameBaselineLoweredFrom5To4IsAWarning() throws IOException {
    Path edited = write(real().replaceFirst("        baseline: 2025\n        baseline_value: 0\n        min: 7\n",
        "        baseline: 2020\n        baseline_value: 0\n        min: 4\n"));

    CliRun check = CliRun.run("--lang", "en", "plan", "--check", "--plan", edited.toString());

    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(check.err()).contains("the 2030 target (a 4% reduction) is below the 2025 target (a 5% reduction), "
        + "though both are measured from the baseline year 2020");
  }

  /** The plan's 2030 reduction is "so với năm 2025": 4% from 2025 may well be less than 5% from 2020, and is fine. */
  @Test
  void aReductionFromALaterBaselineIsNotCompared() throws IOException {
    Path edited = write(real().replaceFirst("        baseline: 2025\n        baseline_value: 0\n        min: 7\n",
        "        baseline: 2025\n        baseline_value: 0\n        min: 4\n"));

    CliRun check = CliRun.run("plan", "--check", "--plan", edited.toString());

    assertThat(check.exitCode()).isZero();
    assertThat(check.err()).isEmpty();
  }

  private static String real() throws IOException {
    return Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
  }

  private Path write(String plan) throws IOException {
    return Files.writeString(dir.resolve("plan.yaml"), plan);
  }
}
