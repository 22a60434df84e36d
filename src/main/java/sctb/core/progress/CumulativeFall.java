package sctb.core.progress;

import sctb.core.submission.IndicatorRow;

/**
 * A figure that should only grow and fell ({@link sctb.core.plan.CumulativeRule}): the row a figure
 * takes ({@code later}) and the highest earlier row of the same entity, or of the same agency's
 * aggregate row ({@code earlier}).
 */
public record CumulativeFall(IndicatorRow earlier, IndicatorRow later) {}
