package sctb.core.progress;

import java.math.BigDecimal;

/**
 * Where a figure should be by the end of its data period and how far it got: {@code expected} by
 * the method, the progress {@code ratio} (null when undefined), the whole months from the end of the
 * baseline year to the data and to the target date, and under {@code cagr} the observed and needed
 * compound annual growth (null under {@code linear}).
 */
public record Pace(
    BigDecimal expected, BigDecimal ratio, int monthsElapsed, int monthsTotal, BigDecimal observedGrowth,
    BigDecimal neededGrowth) {}
