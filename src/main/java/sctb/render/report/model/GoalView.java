package sctb.render.report.model;

/**
 * An indicator's target for the phase: target year and baseline year B, the minimum and the upper end
 * with the unit, both as the range ({@code 5 - 8%} or {@code 70%}), the plan's words for it, and whether
 * it has no number at all ({@code qualitative}). Read flat on the indicator holding it.
 */
public record GoalView(
    String targetYear, String baselineYear, boolean qualitative, String min, String stretch, String target, String targetText)
    implements Flattened {}
