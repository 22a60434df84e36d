package sctb.render.site.model;

import sctb.render.report.model.Coordinate;

/** A small trend line of a figure over the current phase (SVG points), the last value marked; {@code points} "" without values. */
public record Spark(Coordinate width, Coordinate height, String points, Coordinate lastX, Coordinate lastY, String first,
    String last) {}
