package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a figure is heading at the end of its target year: the fitted value ({@code central}) and
 * the range it is likely to fall in ({@code low}–{@code high}), by {@code method}, fitted to
 * {@code observations} (the baseline first when it is a value of its own).
 */
public record Forecast(BigDecimal low, BigDecimal central, BigDecimal high, ForecastMethod method,
    List<Observation> observations) {

  public Forecast {
    observations = List.copyOf(observations);
  }
}
