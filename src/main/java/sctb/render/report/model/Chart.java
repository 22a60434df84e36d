package sctb.render.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lays out an indicator's {@link ChartView}: a value bar and an expected bar per row, markers for the minimum and stretch targets. */
final class Chart {
  static final int WIDTH = 640;
  static final int LABEL = 170;
  static final int RIGHT = 70;
  static final int ROW = 46;
  static final int TOP = 28;
  static final int BAR = 16;

  /** One row to draw: a label and two figures, each with its display text. */
  record Row(String label, BigDecimal value, String valueText, BigDecimal expected, String expectedText) {}

  private Chart() {}

  static ChartView of(List<Row> rows, BigDecimal min, BigDecimal stretch) {
    double lo = 0;
    double hi = 0;
    for (Row r : rows) {
      for (BigDecimal v : new BigDecimal[] {r.value(), r.expected()}) {
        if (v != null) {
          lo = Math.min(lo, v.doubleValue());
          hi = Math.max(hi, v.doubleValue());
        }
      }
    }
    for (BigDecimal v : new BigDecimal[] {min, stretch}) {
      if (v != null) {
        hi = Math.max(hi, v.doubleValue());
      }
    }
    if (hi - lo <= 0) {
      hi = lo + 1;
    }
    double span = (hi - lo) * 1.08;
    double plot = WIDTH - LABEL - RIGHT;
    double zero = LABEL + plot * (-lo / span);
    int height = TOP + rows.size() * ROW + 10;
    Optional<Coordinate> minX = marker(min, zero, plot, span);
    Optional<Coordinate> stretchX = marker(stretch, zero, plot, span);
    List<Double> lines = new ArrayList<>();
    minX.ifPresent(m -> lines.add(m.value()));
    stretchX.ifPresent(m -> lines.add(m.value()));
    lines.sort(null);
    List<ChartView.Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int y = TOP + i * ROW;
      out.add(new ChartView.Row(r.label(), Coordinate.of(y + BAR + 2),
          bar(r.value(), r.valueText(), zero, plot, span, y + 2, lines),
          bar(r.expected(), r.expectedText(), zero, plot, span, y + 2 + BAR + 2, lines)));
    }
    return new ChartView(Coordinate.of(WIDTH), Coordinate.of(height), Coordinate.of(LABEL - 8), Coordinate.of(zero),
        Coordinate.of(TOP - 6), Coordinate.of(height - 6), Coordinate.of(14), minX, stretchX, out);
  }

  private static Optional<Coordinate> marker(BigDecimal target, double zero, double plot, double span) {
    return target == null ? Optional.empty() : Optional.of(Coordinate.of(zero + plot * target.doubleValue() / span));
  }

  private static ChartView.Bar bar(BigDecimal v, String text, double zero, double plot, double span, int y,
      List<Double> lines) {
    double w = v == null ? 0 : plot * v.doubleValue() / span;
    double x = w < 0 ? zero + w : zero;
    double end = w < 0 ? zero : x + Math.abs(w);
    double width = textWidth(text);
    double textX = end + GAP;
    boolean inside = false;
    if (crosses(lines, textX, width)) {
      // A target line would run through the figure: inside the bar's end when it fits there, else past the lines.
      inside = w > 0 && w >= width + 2 * GAP && !crosses(lines, end - GAP - width, width);
      textX = inside ? end - GAP : pastLines(lines, textX, width);
    }
    return new ChartView.Bar(v != null, Coordinate.of(x), Coordinate.of(y), Coordinate.of(Math.abs(w)), Coordinate.of(BAR), text,
        Coordinate.of(textX), Coordinate.of(y + BAR - 4), inside);
  }

  private static boolean crosses(List<Double> lines, double start, double width) {
    return lines.stream().anyMatch(line -> line >= start - 1 && line <= start + width + 1);
  }

  /** Where a figure starting at {@code x} is drawn past each target line it would cross, left to right. */
  private static double pastLines(List<Double> lines, double x, double width) {
    double start = x;
    for (double line : lines) {
      if (line >= start - 1 && line <= start + width + 1) {
        start = line + GAP;
      }
    }
    return start;
  }

  /** A generous width of a figure at the charts' 11-unit size (a digit is about 5.5 units wide). */
  private static double textWidth(String text) {
    return text.length() * 6.5;
  }

  private static final double GAP = 4;
}
