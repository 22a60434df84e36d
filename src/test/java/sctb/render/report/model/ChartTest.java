package sctb.render.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chart coordinates and report dates once came from String.format; the reports must not change by one byte. */
class ChartTest {
  @Test
  void coordinatesAreWhatPercentPointOneFGave() {
    Random random = new Random(2021);
    for (int i = 0; i < 200_000; i++) {
      double d = switch (i % 3) {
        case 0 -> random.nextDouble() * 1000;
        case 1 -> Math.round(random.nextDouble() * 100_000) / 100.0 + 0.05; // on the rounding edge
        default -> random.nextInt(20_000) / 20.0;
      };
      String formatted = String.format(Locale.ROOT, "%.1f", d);
      String expected = formatted.endsWith(".0") ? formatted.substring(0, formatted.length() - 2) : formatted;
      assertThat(Coordinate.of(d).templateText()).as("%s", d).isEqualTo(expected);
      assertThat(Coordinate.of(d).value()).as("%s", d).isEqualTo(Double.parseDouble(expected));
    }
  }

  @Test
  void datesAreWhatPercentZeroDGave() {
    for (int v : new int[] {0, 1, 9, 10, 31, 99, 100, 999, 2024, 12345, -1, -5, -123}) {
      for (int width : new int[] {2, 4}) {
        assertThat(sctb.core.text.DayMonthYear.zeroPadded(v, width)).isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", v));
      }
    }
  }
}
