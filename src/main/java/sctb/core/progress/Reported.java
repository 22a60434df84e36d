package sctb.core.progress;

import java.math.BigDecimal;

/** What every establishment reporting for a sector reported: output for B and for C, consumption for C. */
public record Reported(BigDecimal outputBaseline, BigDecimal outputCurrent, BigDecimal consumptionCurrent) {}
