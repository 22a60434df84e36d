package sctb.render.site.model;

import java.util.List;
import java.util.Optional;
import sctb.render.report.model.Coordinate;

/**
 * A figure over one phase, laid out in SVG units so that templates only place shapes: the canvas and
 * the plot area, one tick per year shown ({@code years}: label at the middle of the year,
 * {@code line} at its start) and the value gridlines ({@code levels}), the band of the target between
 * its minimum and upper end over the target year, the path to the minimum by the plan's method
 * ({@code trajectory}, SVG points), the values found ({@code lines}: SVG points of each run of periods with
 * data, a period without any a gap between two runs; and {@code dots}), and the forecast range at the end of
 * the target year.
 */
public record SeriesChart(
    Coordinate width,
    Coordinate height,
    Coordinate left,
    Coordinate right,
    Coordinate top,
    Coordinate bottom,
    List<Tick> years,
    List<Tick> levels,
    Optional<Band> band,
    String trajectory,
    List<String> lines,
    List<Dot> dots,
    Optional<Whisker> forecast) {

  public SeriesChart {
    years = List.copyOf(years);
    levels = List.copyOf(levels);
    lines = List.copyOf(lines);
    dots = List.copyOf(dots);
  }

  /** A label and where it goes ({@code at}), with the gridline beside it ({@code line}). */
  public record Tick(String label, Coordinate at, Coordinate line) {}

  /** The target's minimum to upper end ({@code label}: "5 - 8%") over the target year. */
  public record Band(Coordinate x, Coordinate y, Coordinate w, Coordinate h, String label) {}

  /**
   * One value: the period of its data, the value as displayed, where it is; whether it is a whole
   * year's row ({@code year}) or the baseline at the end of the baseline year ({@code baseline}).
   */
  public record Dot(String period, String value, Coordinate x, Coordinate y, boolean year, boolean baseline) {}

  /** The forecast at the end of the target year: the range's ends and the central value, their texts. */
  public record Whisker(Coordinate x, Coordinate low, Coordinate central, Coordinate high, String lowText,
      String centralText, String highText) {}
}
