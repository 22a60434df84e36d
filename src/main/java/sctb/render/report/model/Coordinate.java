package sctb.render.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A chart coordinate rounded to one decimal, the precision of the SVG: templates read it as text with a
 * dot ({@code 12.5}, {@code 640}), the Word and PDF chart painter as the same number.
 */
public record Coordinate(double value) implements TemplateText {

  /** {@code d} rounded half-up to one decimal. */
  static Coordinate of(double d) {
    return new Coordinate(BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).doubleValue());
  }

  /**
   * One decimal, ".0" dropped: what {@code String.format(Locale.ROOT, "%.1f", d)} gives (half-up on
   * the shortest decimal form of the double), without java.util.Formatter, whose first uses (a
   * chart has hundreds of coordinates) were a visible share of start-up.
   */
  @Override
  public String templateText() {
    String s = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
