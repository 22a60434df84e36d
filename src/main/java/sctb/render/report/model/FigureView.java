package sctb.render.report.model;

import sctb.core.progress.Verdict;

/**
 * How one figure (an indicator's, or one sector's) stands at the period, formatted with its unit:
 * the result at period C ({@code as_of}), where it should be by now, the progress ratio, the forecast at
 * the target year, the verdict, whether the upper end is met and whether the verdict is final
 * ({@code final}). Read flat on the indicator or sector holding it.
 */
public record FigureView(
    String asOf,
    String value,
    String expected,
    String ratio,
    String forecast,
    Verdict status,
    boolean stretchMet,
    boolean isFinal) implements Flattened {}
