package sctb.render.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geometry of an indicator's horizontal bar chart, computed here so templates only place shapes:
 * per row a bar for the value and one for the expected value, and vertical markers for the minimum
 * and stretch targets. Coordinates are strings with a dot decimal (SVG syntax, not display).
 */
final class Chart {
  static final int WIDTH = 640;
  static final int LABEL = 170;
  static final int RIGHT = 70;
  static final int ROW = 46;
  static final int TOP = 28;
  static final int BAR = 16;

  /** One row of the chart: a label and two values already formatted for display. */
  record Row(String label, BigDecimal value, String valueText, BigDecimal expected, String expectedText) {}

  private Chart() {}

  static Map<String, Object> of(List<Row> rows, BigDecimal min, BigDecimal stretch) {
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
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int y = TOP + i * ROW;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", r.label());
      row.put("label_y", n(y + BAR + 2));
      row.put("value", bar(r.value(), r.valueText(), zero, plot, span, y + 2));
      row.put("expected", bar(r.expected(), r.expectedText(), zero, plot, span, y + 2 + BAR + 2));
      out.add(row);
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("width", n(WIDTH));
    chart.put("height", n(height));
    chart.put("label_x", n(LABEL - 8));
    chart.put("zero_x", n(zero));
    chart.put("plot_top", n(TOP - 6));
    chart.put("plot_bottom", n(height - 6));
    chart.put("legend_y", n(14));
    chart.put("rows", out);
    chart.put("min_x", min == null ? "" : n(zero + plot * min.doubleValue() / span));
    chart.put("stretch_x", stretch == null ? "" : n(zero + plot * stretch.doubleValue() / span));
    return chart;
  }

  private static Map<String, Object> bar(BigDecimal v, String text, double zero, double plot, double span, int y) {
    Map<String, Object> bar = new LinkedHashMap<>();
    double w = v == null ? 0 : plot * v.doubleValue() / span;
    double x = w < 0 ? zero + w : zero;
    bar.put("present", v != null);
    bar.put("x", n(x));
    bar.put("y", n(y));
    bar.put("w", n(Math.abs(w)));
    bar.put("h", n(BAR));
    bar.put("text", text);
    bar.put("text_x", n((w < 0 ? zero : x + Math.abs(w)) + 4));
    bar.put("text_y", n(y + BAR - 4));
    return bar;
  }

  /**
   * One decimal, ".0" dropped: what {@code String.format(Locale.ROOT, "%.1f", d)} gives (half-up on
   * the shortest decimal form of the double), without java.util.Formatter, whose first uses (a
   * chart has hundreds of coordinates) were a visible share of start-up.
   */
  static String n(double d) {
    if (!Double.isFinite(d)) {
      return "0"; // cannot happen within NumberLimits; a chart never stops a report
    }
    String s = BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
