package sctb.render.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A chart coordinate rounded half-up to one decimal, the precision of the SVG: templates read its text
 * with a dot ({@code 12.5}, {@code 640}), the Word and PDF chart painter the same number as a double.
 */
public record Coordinate(String text, double value) implements TemplateText {

  /**
   * {@code d} rounded: the text is what {@code String.format(Locale.ROOT, "%.1f", d)} gives with ".0"
   * dropped (half-up on the shortest decimal form of the double), made without java.util.Formatter,
   * whose first uses (a chart has hundreds of coordinates) were a visible share of start-up.
   */
  public static Coordinate of(double d) {
    if (!Double.isFinite(d)) {
      return new Coordinate("0", 0); // cannot happen within NumberLimits; a chart never stops a report
    }
    String s = BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    String text = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    return new Coordinate(text, Double.parseDouble(text));
  }

  @Override
  public String templateText() {
    return text;
  }
}
