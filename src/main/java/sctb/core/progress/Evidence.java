package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.period.Period;

/**
 * What a rule found for one figure, for {@link Assessor} to judge: the value with the data up to the
 * cut-off ({@link Goal#cutOff}) and the period of that data ({@code value} null: {@code missing} says
 * why; when it is {@code STALE_DATA}, {@code asOf} is the latest period of the rows too old to count),
 * what it rests on, and the figure's series after the baseline year up to the report's period
 * (for the forecast and for a target reached late).
 */
public record Evidence(Period asOf, BigDecimal value, VerdictReason missing, Coverage coverage, List<Observation> series) {

  public Evidence {
    series = List.copyOf(series);
  }
}
