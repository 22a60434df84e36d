package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code sctb explain}: the formula with numbers and the rows behind a figure, in both languages. */
class ExplainCommandTest {
  @Test
  void explainsASectorReductionWithEveryRow() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "consumption-reduction", "--sector", "Xi măng");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("I_B = Σ tiêu hao / Σ sản lượng = 463023280,9 / 5329134 = 86,885276")
        .contains("100 × (1 − 81,845955 / 86,885276) = 5,799971 %")
        .contains("0 + (5 − 0) × 42 / 60 tháng = 3,5")
        .contains("Đánh giá: đạt")
        .contains("samples/2020/SCT-chi-so.csv:16")
        .contains("samples/2024H1/SCT-chi-so.csv:16");
  }

  @Test
  void explainsInEnglishAndListsExcludedEntities() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "consumption-reduction", "--sector", "textile", "--lang", "en");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Outside the panel (1)").contains("no baseline-year data").contains("Verdict: on track");
  }

  @Test
  void explainsAShareWithItsAggregateRow() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator",
        "zones-awareness");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("100 × 38 / 64 = 59,375 %").contains("(dòng tổng hợp)");
  }

  @Test
  void anUnknownIndicatorSuggestsTheClosest() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--period", "2024H1", "--indicator", "zones-awarenes");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("zones-awareness");
  }
}
