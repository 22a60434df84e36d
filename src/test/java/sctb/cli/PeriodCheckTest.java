package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which periods each command accepts on a given day (SCTB_TODAY): a report or an explanation only for
 * a period of the plan that has begun (one still running is provisional); checking or templating
 * data also for the baseline year before the plan; nothing for a period that has not begun.
 */
class PeriodCheckTest {
  private static final Map<String, String> NOV_2026 = Map.of("SCTB_TODAY", "2026-11-25");

  static CliRun report(Map<String, String> env, String period, String... extra) {
    String[] base = {"report", "--period", period, "--format", "json", "-o", "-"};
    String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
        .toArray(String[]::new);
    return CliRun.runWithEnv(env, args);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2027H1, 'Kỳ 2027H1 bắt đầu ngày 01/01/2027, sau hôm nay (25/11/2026)'",
      "2027,   'Kỳ 2027 bắt đầu ngày 01/01/2027'",
      "2031H1, 'Kỳ 2031H1 nằm ngoài thời gian của Kế hoạch (2021 - 2030)'",
      "2019,   'Kỳ 2019 nằm ngoài thời gian của Kế hoạch'",
      "2020,   'Kỳ 2020 nằm ngoài thời gian của Kế hoạch'",
  })
  void aReportForAPeriodNotBegunOrOutsideThePlanIsAUsageError(String period, String message) {
    CliRun run = report(NOV_2026, period);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(message);
    CliRun explain = CliRun.runWithEnv(NOV_2026, "explain", "--period", period, "--indicator", "zones-awareness");
    assertThat(explain.exitCode()).isEqualTo(2);
    assertThat(explain.err()).contains(message);
  }

  @Test
  void theNextPeriodIsNamedAndEnglishToo() {
    assertThat(report(NOV_2026, "2027H1").err()).contains("2026H2");
    assertThat(report(NOV_2026, "2027H1", "--lang", "en").err())
        .contains("Period 2027H1 begins on 01/01/2027, after today (25/11/2026)");
  }

  @Test
  void aPeriodStillRunningGivesAProvisionalReport() {
    CliRun running = report(NOV_2026, "2026H2");
    assertThat(running.exitCode()).as(running.err()).isZero();
    assertThat(running.out()).contains("\"period\" : \"2026H2\"");
    assertThat(running.err()).contains("kỳ 2026H2 chưa kết thúc (đến hết 31/12/2026)", "tạm thời");
    assertThat(report(NOV_2026, "2026").err()).contains("kỳ 2026 chưa kết thúc");
    assertThat(report(NOV_2026, "2026H1").err()).doesNotContain("tạm thời");
    // Once the day comes, the same period is accepted and no longer provisional.
    assertThat(report(Map.of("SCTB_TODAY", "2027-01-01"), "2027H1").exitCode()).isZero();
    assertThat(report(Map.of("SCTB_TODAY", "2027-07-01"), "2027H1").err()).doesNotContain("tạm thời");
  }

  @Test
  void dataCanBeCheckedAndTemplatedForTheBaselineYearButNotForAPeriodNotBegun() {
    assertThat(CliRun.runWithEnv(NOV_2026, "validate", "samples/2020", "--period", "2020").exitCode()).isZero();
    CliRun future = CliRun.runWithEnv(NOV_2026, "validate", "samples/2024H1", "--period", "2027H1");
    assertThat(future.exitCode()).isEqualTo(2);
    assertThat(future.err()).contains("Kỳ 2027H1 bắt đầu ngày 01/01/2027");
    assertThat(CliRun.runWithEnv(NOV_2026, "template", "--agency", "SCT", "--period", "2026H2").exitCode()).isZero();
    assertThat(CliRun.runWithEnv(NOV_2026, "template", "--agency", "SCT", "--period", "2027H1").exitCode()).isEqualTo(2);
    assertThat(CliRun.runWithEnv(NOV_2026, "template", "--agency", "SCT", "--period", "2031H1").exitCode()).isEqualTo(2);
  }

  @Test
  void aBadTodayIsAUsageError() {
    CliRun run = report(Map.of("SCTB_TODAY", "25/11/2026"), "2024H1");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("SCTB_TODAY");
  }
}
