package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** plan.yaml written where a command takes other arguments: the command line meant is said, nothing is read as data. */
class PlanGivenAsArgumentTest {
  /** Used to read the plan as a submission: one "unknown file kind" error and "1936 rows rejected". */
  @Test
  void validateOfThePlanSaysHowToCheckThePlanOrTheSubmissions() {
    String plan = CliRun.PLAN.toString();

    CliRun run = CliRun.run("validate", plan);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("“" + plan + "” là tệp kế hoạch, không phải báo cáo của đơn vị",
        "sctb plan --check --plan " + plan, "sctb validate --plan " + plan).doesNotContain("dòng bị loại");
  }

  @Test
  void aCommandWithoutArgumentsShowsTheCommandLineWithPlan() {
    CliRun run = CliRun.run("--lang", "en", "plan", "--check", "ke-hoach.YML");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unexpected argument: 'ke-hoach.YML'. The plan file goes after --plan: "
        + "sctb --lang en plan --check --plan ke-hoach.YML");
  }
}
