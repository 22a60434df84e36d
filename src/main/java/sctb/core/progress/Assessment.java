package sctb.core.progress;

import java.math.BigDecimal;

/**
 * How one figure stands: the baseline it started from, the verdict, where it should be by now and
 * how far it got ({@code pace}, null when not computed), whether the stretch end is met, whether the
 * verdict is final, and the forecast at the target date (null when none).
 */
public record Assessment(
    Baseline baseline, Verdict status, Pace pace, boolean stretchMet, boolean isFinal, BigDecimal forecast) {}
