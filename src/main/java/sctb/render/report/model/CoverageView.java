package sctb.render.report.model;

import sctb.core.progress.CoverageKind;

/**
 * One thing a figure rests on: what it measures, {@code part} of {@code whole}, the share ("82,6%",
 * never shown across its threshold), the threshold as the plan states it ("80%", "2/3"; "" when it is
 * only shown) and whether it is met.
 */
public record CoverageView(CoverageKind kind, String part, String whole, String share, String threshold, boolean met) {}
