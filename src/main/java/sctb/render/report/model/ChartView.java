package sctb.render.report.model;

import java.util.List;
import java.util.Optional;

/**
 * An indicator's horizontal bar chart, laid out here so that templates only place shapes (the HTML's
 * SVG) and the Word/PDF painter only draws them: the canvas (640 units wide), the label column, the
 * zero axis, the plot's top and bottom, the legend's baseline, one row per sector (or the province),
 * and the vertical markers of the minimum and upper-end targets ("" when the target has none).
 */
public record ChartView(
    Coordinate width,
    Coordinate height,
    Coordinate labelX,
    Coordinate zeroX,
    Coordinate plotTop,
    Coordinate plotBottom,
    Coordinate legendY,
    Optional<Coordinate> minX,
    Optional<Coordinate> stretchX,
    List<Row> rows) {

  public ChartView {
    rows = List.copyOf(rows);
  }

  /** One row: its label and where its baseline is, a solid bar for the value and an outlined one for the expected value. */
  public record Row(String label, Coordinate labelY, Bar value, Bar expected) {}

  /**
   * A bar ({@code present} false when its figure is undefined): its rectangle, and its figure as text
   * with where that text starts (right of the bar, or of the axis for a negative value; past a target
   * line it would hide), or, when {@code inside}, where it ends: inside the bar's end, right-aligned.
   */
  public record Bar(
      boolean present, Coordinate x, Coordinate y, Coordinate w, Coordinate h, String text, Coordinate textX, Coordinate textY,
      boolean inside) {}
}
