package sctb.render.report.model;

import sctb.core.text.NumberFormats;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.period.Period;
import sctb.core.plan.Fraction;
import sctb.core.plan.IndicatorKind;
import sctb.core.progress.Assessment;
import sctb.core.progress.Baseline;
import sctb.core.progress.BaselineSource;
import sctb.core.progress.Coverage;
import sctb.core.progress.CoverageFact;
import sctb.core.progress.CoverageKind;
import sctb.core.progress.Figure;
import sctb.core.progress.Forecast;
import sctb.core.progress.ForecastMethod;
import sctb.core.progress.Observation;
import sctb.core.progress.Pace;
import sctb.core.progress.Verdict;
import sctb.core.text.Language;

/** Hand cases of how a figure is shown: never across a bound it is judged by, its data's period marked when earlier. */
class FiguresTest {
  static final BigDecimal MIN = new BigDecimal("5");
  static final BigDecimal STRETCH = new BigDecimal("8");
  static final List<BigDecimal> RATIO_BOUNDS = List.of(new BigDecimal("95"), new BigDecimal("60"), BigDecimal.ZERO);
  static final Period P = Period.half(2024, 1);

  static Figures percent(Language lang) {
    return new Figures(NumberFormats.of(lang), IndicatorKind.SHARE, "%", "%", MIN, STRETCH, RATIO_BOUNDS, P);
  }

  static Figure figure(Period asOf, String value, String ratio, Forecast forecast, Coverage coverage) {
    Pace pace = new Pace(new BigDecimal("3.5"), ratio == null ? null : new BigDecimal(ratio), 42, 60, null, null);
    Assessment a = new Assessment(new Baseline(BigDecimal.ZERO, BaselineSource.DECLARED), Verdict.ON_TRACK, null, pace,
        false, false, null, forecast, coverage);
    return new Figure(asOf, new BigDecimal(value), a);
  }

  @Test
  void aValueJustBelowTheMinimumIsNotShownAsTheMinimum() {
    FigureView v = percent(Language.VI).of(figure(P, "4.996", "1.4", null, Coverage.NONE));
    assertThat(v.value()).isEqualTo("4,99%");
    assertThat(percent(Language.EN).of(figure(P, "5.0001", "1.4", null, Coverage.NONE)).value()).isEqualTo("5.01%");
    assertThat(percent(Language.VI).of(figure(P, "4.94", "1.4", null, Coverage.NONE)).value()).isEqualTo("4,9%");
    assertThat(percent(Language.VI).of(figure(P, "7.996", "1.4", null, Coverage.NONE)).value()).isEqualTo("7,99%");
  }

  @Test
  void aProgressRatioJustBelowAVerdictThresholdIsNotShownAsTheThreshold() {
    assertThat(percent(Language.VI).of(figure(P, "3", "0.946", null, Coverage.NONE)).ratio()).isEqualTo("94,6%");
    assertThat(percent(Language.VI).of(figure(P, "3", "0.5996", null, Coverage.NONE)).ratio()).isEqualTo("59,9%");
    assertThat(percent(Language.VI).of(figure(P, "3", "0.954", null, Coverage.NONE)).ratio()).isEqualTo("95,4%");
    assertThat(percent(Language.VI).of(figure(P, "3", "-0.004", null, Coverage.NONE)).ratio()).isEqualTo("-0,4%");
  }

  @Test
  void aCoverageShareJustBelowItsThresholdIsNotShownAsTheThreshold() {
    Coverage c = Coverage.of(new CoverageFact(CoverageKind.PANEL_OUTPUT_CURRENT, new BigDecimal("7996"), new BigDecimal("10000"),
        Fraction.of(new BigDecimal("0.8"))), CoverageFact.of(CoverageKind.SECTORS_CURRENT, 5, 8, Fraction.of(2, 3)));
    List<CoverageView> facts = percent(Language.VI).of(figure(P, "3", "1", null, c)).coverage();
    assertThat(facts.get(0)).isEqualTo(new CoverageView(CoverageKind.PANEL_OUTPUT_CURRENT, "7.996", "10.000", "79,96%", "80%", false));
    assertThat(facts.get(1)).isEqualTo(new CoverageView(CoverageKind.SECTORS_CURRENT, "5", "8", "62,5%", "2/3", false));
  }

  @Test
  void dataFromBeforeThePeriodIsMarkedAndAForecastSaysWhereItsRangeLies() {
    Forecast below = new Forecast(new BigDecimal("3.2"), new BigDecimal("4.1"), new BigDecimal("4.996"), ForecastMethod.LEAST_SQUARES,
        List.of(new Observation(Period.year(2020), BigDecimal.ZERO), new Observation(Period.half(2023, 2), BigDecimal.ONE)));
    FigureView v = percent(Language.VI).of(figure(Period.half(2023, 2), "3", "1", below, Coverage.NONE));
    assertThat(v.asOfEarlier()).isTrue();
    assertThat(v.forecastHigh()).isEqualTo("4,99%");
    assertThat(v.forecastReach()).contains(ForecastReach.SHORT);
    assertThat(v.forecastPoints()).isEqualTo("2");
    assertThat(v.forecastFrom()).isEqualTo("2020");
    Figures secondHalf = new Figures(NumberFormats.of(Language.VI), IndicatorKind.SHARE, "%", "%", MIN, STRETCH, RATIO_BOUNDS,
        Period.half(2024, 2));
    assertThat(secondHalf.of(figure(Period.year(2024), "3", "1", null, Coverage.NONE)).asOfEarlier())
        .as("a whole year ends with its second half").isFalse();
  }

  @Test
  void aChangeIsTheDifferenceOfTheValuesAsShownSigned() {
    Figures vi = percent(Language.VI);
    // 54,6875 and 59,375 show as 54,7% and 59,4%: the reader subtracts those
    assertThat(vi.difference(new BigDecimal("59.375"), new BigDecimal("54.6875"))).isEqualTo("+4,7");
    assertThat(vi.difference(new BigDecimal("1.04"), new BigDecimal("1.16"))).isEqualTo("-0,2");
    assertThat(vi.difference(new BigDecimal("69.23"), new BigDecimal("69.2307"))).isEqualTo("0,0");
    // 4,996 shows as 4,99% beside the 5% minimum, so the change from it is in hundredths
    assertThat(vi.difference(new BigDecimal("5.8"), new BigDecimal("4.996"))).isEqualTo("+0,81");
    assertThat(vi.difference(null, BigDecimal.ONE)).isEmpty();
    Figures models = new Figures(NumberFormats.of(Language.EN), IndicatorKind.COUNT, "models", "model", new BigDecimal("2"), null,
        RATIO_BOUNDS, P);
    assertThat(models.difference(new BigDecimal("3"), new BigDecimal("2"))).isEqualTo("+1");
    assertThat(models.difference(new BigDecimal("2.5"), new BigDecimal("3"))).isEqualTo("-0.5");
  }

  /** English writes the singular for a count shown as exactly 1, never for 0, 1.5 or a difference. */
  @Test
  void aCountOfOneTakesTheSingularUnit() {
    Figures models = new Figures(NumberFormats.of(Language.EN), IndicatorKind.COUNT, "models", "model", new BigDecimal("2"), null,
        RATIO_BOUNDS, P);
    assertThat(models.display(BigDecimal.ONE)).isEqualTo("1 model");
    assertThat(models.display(new BigDecimal("1.00"))).isEqualTo("1 model");
    assertThat(models.display(BigDecimal.ZERO)).isEqualTo("0 models");
    assertThat(models.display(new BigDecimal("1.5"))).isEqualTo("1.5 models");
    assertThat(models.display(new BigDecimal("2"))).isEqualTo("2 models");
  }
}
