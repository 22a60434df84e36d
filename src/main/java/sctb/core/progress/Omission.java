package sctb.core.progress;

import sctb.core.submission.IndicatorRow;

/** An entity of a share left out of the figure, why, and its latest row up to the report's period. */
public record Omission(IndicatorRow row, OmissionReason reason) {}
