package sctb.render.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bar's figure never lies under a target line: 92,3% against a 100% line used to be crossed out by it. */
class ChartFigurePlacementTest {
  /** Wider than any figure of that many characters at the charts' 11-unit size. */
  private static final double CHAR = 6.5;

  @Test
  void aFigureThatWouldCrossTheLineGoesInsideItsBar() {
    ChartView chart = Chart.of(List.of(new Chart.Row("Toàn tỉnh", new BigDecimal("92.3"), "92,3%",
        new BigDecimal("86.2"), "86,2%")), new BigDecimal("100"), null);

    ChartView.Bar value = chart.rows().get(0).value();
    double line = chart.minX().orElseThrow().value();
    double barEnd = value.x().value() + value.w().value();

    assertThat(value.inside()).isTrue();
    assertThat(value.textX().value()).isLessThan(barEnd).isLessThan(line);
    assertThat(value.textX().value() - 5 * CHAR).isGreaterThan(value.x().value());
    assertThat(chart.rows().get(0).expected().inside()).isFalse();
  }

  @Test
  void aBarTooShortForItsFigureHasItPastTheLines() {
    ChartView chart = Chart.of(List.of(new Chart.Row("Dệt may", new BigDecimal("0.6"), "0,6%",
        new BigDecimal("0.7"), "0,7%")), new BigDecimal("0.7"), new BigDecimal("10"));

    ChartView.Bar value = chart.rows().get(0).value();
    double min = chart.minX().orElseThrow().value();

    assertThat(value.inside()).isFalse();
    assertThat(value.textX().value()).isGreaterThan(min);
  }

  @Test
  void aFigureClearOfTheLinesStaysRightOfItsBar() {
    ChartView chart = Chart.of(List.of(new Chart.Row("Xi măng", new BigDecimal("3.2"), "3,2%",
        new BigDecimal("5"), "5,0%")), new BigDecimal("5"), new BigDecimal("8"));

    ChartView.Bar value = chart.rows().get(0).value();

    assertThat(value.inside()).isFalse();
    assertThat(value.textX().value()).isEqualTo(Coordinate.of(value.x().value() + value.w().value() + 4).value());
  }
}
