package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;

/** One establishment's consumption and output in one period (or a baseline year built from halves), with the rows behind it. */
public record Measure(BigDecimal consumption, BigDecimal output, List<Location> sources) {

  public Measure {
    sources = List.copyOf(sources);
  }

  public boolean positiveOutput() {
    return output != null && output.signum() > 0;
  }

  /** consumption / output, null when output is zero or missing. */
  public BigDecimal intensity() {
    return DecimalMath.div(consumption, output);
  }
}
