package sctb.core.validate;

import java.time.LocalDate;
import sctb.core.period.Period;

/**
 * What a validation run is told: the period asked for (null: any), today's date (for
 * {@code future-period}; a parameter so the core stays pure and tests are repeatable), and how many
 * diagnostics of one code one file may show.
 */
public record ValidateOptions(Period period, LocalDate today, int capPerCode) {
  public static final int DEFAULT_CAP = 200;

  public static ValidateOptions of(Period period, LocalDate today) {
    return new ValidateOptions(period, today, DEFAULT_CAP);
  }
}
