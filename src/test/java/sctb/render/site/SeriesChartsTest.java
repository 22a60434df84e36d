package sctb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sctb.core.period.Period;
import sctb.core.plan.ProgressSettings;
import sctb.core.progress.Baseline;
import sctb.core.progress.BaselineSource;
import sctb.core.progress.Forecast;
import sctb.core.progress.ForecastMethod;
import sctb.core.progress.Goal;
import sctb.core.text.Language;
import sctb.render.report.model.FigureView;
import sctb.core.text.NumberFormats;
import sctb.render.site.model.SeriesChart;
import sctb.render.site.model.Spark;

/** A figure's chart laid out by hand: where the values, the path, the target band and the forecast go. */
class SeriesChartsTest {
  /** A share from 20% at the end of 2020 to 70% by the end of 2025; 45% in 2023H2, 50% for the whole of 2024. */
  static Series share() {
    Goal goal = Goal.share(2020, 2025, new BigDecimal("70"), new BigDecimal("80"), new Baseline(new BigDecimal("20"), BaselineSource.OBSERVED));
    FigureView latest = new FigureView("2024", false, "20,0%", "", "50,0%", "", "", false, false, null, Optional.empty(), false, false, "", "60,0%",
        "55,0%", "65,0%", Optional.empty(), "", "", Optional.empty(), List.of());
    return new Series(goal, List.of(new Series.Point(Period.half(2023, 2), new BigDecimal("45"), "45,0%"),
        new Series.Point(Period.year(2024), new BigDecimal("50"), "50,0%")),
        Optional.of(new Series.Point(Period.year(2020), new BigDecimal("20"), "20,0%")),
        Optional.of(new Forecast(new BigDecimal("55"), new BigDecimal("60"), new BigDecimal("65"), ForecastMethod.LEAST_SQUARES, List.of())),
        latest);
  }

  @Test
  void valuesPathBandAndForecastSitOnTheTimeAndValueScales() {
    SeriesCharts charts = new SeriesCharts(ProgressSettings.DEFAULT, NumberFormats.of(Language.VI), "%");
    SeriesCharts.Range range = charts.range(share());
    assertThat(range).isEqualTo(new SeriesCharts.Range(0, 80));
    SeriesChart c = charts.chart(share(), range, SeriesCharts.FULL, "70 - 80%");
    // Plot 60…576 across 60 months (8.6 a month), 14…250 up for 0…80 (2.95 a point).
    assertThat(c.left().text()).isEqualTo("60");
    assertThat(c.right().text()).isEqualTo("576");
    assertThat(c.years()).extracting(SeriesChart.Tick::label).containsExactly("2021", "2022", "2023", "2024", "2025");
    assertThat(c.years().get(0).at().text()).isEqualTo("111.6"); // the middle of 2021: 60 + 6 × 8.6
    assertThat(c.levels()).extracting(SeriesChart.Tick::label).containsExactly("0%", "20%", "40%", "60%", "80%");
    assertThat(c.dots()).extracting(SeriesChart.Dot::period).containsExactly("2020", "2023H2", "2024");
    SeriesChart.Dot base = c.dots().get(0);
    assertThat(base.baseline()).isTrue();
    assertThat(base.x().text()).isEqualTo("60");
    assertThat(base.y().text()).isEqualTo("191"); // 250 − 236 × 20/80
    SeriesChart.Dot year = c.dots().get(2);
    assertThat(year.year()).isTrue();
    assertThat(year.x().text()).isEqualTo("472.8"); // 48 months
    assertThat(year.y().text()).isEqualTo("102.5");
    // No data from 2021 to 2023H1: the baseline stands alone; 45%: 250 − 236 × 45/80 = 117.25.
    assertThat(c.lines()).containsExactly("60,191", "369.6,117.3 472.8,102.5");
    assertThat(c.trajectory()).startsWith("60,191 ").endsWith(" 576,43.5"); // to 70% at the end of 2025
    assertThat(c.band()).isPresent();
    assertThat(c.band().get().x().text()).isEqualTo("472.8");
    assertThat(c.band().get().y().text()).isEqualTo("14"); // 80%
    assertThat(c.band().get().h().text()).isEqualTo("29.5"); // down to 70%
    assertThat(c.forecast()).isPresent();
    assertThat(c.forecast().get().central().text()).isEqualTo("73");
    assertThat(c.forecast().get().centralText()).isEqualTo("60,0%");
  }

  @Test
  void periodsWithoutDataBreakTheLineInsteadOfJoiningAcrossThem() {
    Series gappy = new Series(share().goal(), List.of(new Series.Point(Period.half(2021, 1), new BigDecimal("30"), "30,0%"),
        new Series.Point(Period.half(2021, 2), new BigDecimal("32"), "32,0%"),
        new Series.Point(Period.half(2023, 1), new BigDecimal("40"), "40,0%"),
        new Series.Point(Period.year(2023), new BigDecimal("42"), "42,0%"),
        new Series.Point(Period.year(2024), new BigDecimal("50"), "50,0%")),
        share().baseline(), Optional.empty(), share().latest());
    SeriesCharts charts = new SeriesCharts(ProgressSettings.DEFAULT, NumberFormats.of(Language.VI), "%");
    SeriesChart c = charts.chart(gappy, charts.range(gappy), SeriesCharts.FULL, "70 - 80%");
    // 2022 has no data: two lines; a year's value after the same year's first half, and the next year's, join.
    assertThat(c.lines()).hasSize(2);
    assertThat(c.lines().get(0).split(" ")).hasSize(3);
    assertThat(c.lines().get(1).split(" ")).hasSize(3);
    assertThat(c.dots()).hasSize(6);
    assertThat(SeriesCharts.spark(List.of(gappy)).lines()).hasSize(2);
  }

  @Test
  void aSparkRunsFromTheEndOfTheBaselineYearToTheLatestValue() {
    Spark s = SeriesCharts.spark(List.of(share()));
    assertThat(s.lines()).containsExactly("118,32 156,4"); // 36 and 48 months of 48 after the end of 2020
    assertThat(s.first()).isEqualTo("2023H2: 45,0%");
    assertThat(s.last()).isEqualTo("2024: 50,0%");
    assertThat(SeriesCharts.spark(List.of())).isEqualTo(SeriesCharts.NO_SPARK);
  }

  @Test
  void valuesFromBeforeTheBaselineYearSitBeforeItNotPiledOnTheBaseline() {
    // An indicator added to the plan later: 2026–2030 its only target, so the reports of 2022H2 and 2025H1 judged it too.
    Goal goal = Goal.share(2025, 2030, new BigDecimal("100"), null, new Baseline(new BigDecimal("80"), BaselineSource.OBSERVED));
    Series later = new Series(goal, List.of(new Series.Point(Period.half(2022, 2), new BigDecimal("60"), "60,0%"),
        new Series.Point(Period.half(2025, 1), new BigDecimal("75"), "75,0%"),
        new Series.Point(Period.half(2026, 1), new BigDecimal("85"), "85,0%")),
        Optional.of(new Series.Point(Period.year(2025), new BigDecimal("80"), "80,0%")), Optional.empty(), share().latest());
    SeriesCharts charts = new SeriesCharts(ProgressSettings.DEFAULT, NumberFormats.of(Language.VI), "%");
    SeriesChart c = charts.chart(later, charts.range(later), SeriesCharts.FULL, "100%");
    // The axis starts at the end of 2022, the earliest value: 2023…2030, 96 months over 60…576.
    assertThat(c.years()).extracting(SeriesChart.Tick::label).containsExactly("2023", "2024", "2025", "2026", "2027", "2028", "2029",
        "2030");
    assertThat(c.dots()).extracting(SeriesChart.Dot::period).containsExactly("2022H2", "2025H1", "2025", "2026H1");
    assertThat(c.dots()).extracting(d -> d.x().text()).containsExactly("60", "221.3", "253.5", "285.8");
    assertThat(c.dots().get(2).baseline()).isTrue();
    assertThat(c.trajectory()).startsWith("253.5,"); // the path starts at the baseline, the end of 2025
    assertThat(c.lines()).hasSize(2); // 2023 and 2024 without data: 2022H2 stands alone
    // No value for 2025H2 (the spark has no baseline point): no line across it.
    assertThat(SeriesCharts.spark(List.of(later)).lines()).containsExactly("4,32", "112.6,15.2", "156,4");
  }
}
