package sctb.core.progress;

import java.math.BigDecimal;

/**
 * How one figure stands: the baseline it started from, where it should be by now ({@code expected}),
 * the progress ratio, the verdict, whether the stretch end is met, whether the verdict is final, and
 * the forecast at the target date. Undefined numbers are null.
 */
public record Assessment(
    BigDecimal baseline,
    BigDecimal expected,
    BigDecimal ratio,
    Verdict status,
    boolean stretchMet,
    boolean isFinal,
    BigDecimal forecast,
    Integer monthsElapsed,
    Integer monthsTotal) {}
