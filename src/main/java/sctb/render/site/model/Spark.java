package sctb.render.site.model;

import java.util.List;
import sctb.render.report.model.Coordinate;

/**
 * A small trend line of a figure over the whole plan: one line of SVG points per phase (a phase's
 * values are measured from its own baseline), the last value marked, the first and last values as
 * text; {@code lines} empty without values.
 */
public record Spark(Coordinate width, Coordinate height, List<String> lines, Coordinate lastX, Coordinate lastY, String first,
    String last) {

  public Spark {
    lines = List.copyOf(lines);
  }
}
