package sctb.io.submission;

import java.time.LocalDate;
import sctb.core.period.Period;
import sctb.core.submission.DecimalStyle;

/**
 * How to read a workspace: the period expected (null: any), today's date (for future periods), the
 * decimal style forced by {@code --decimal} (null: decided per file).
 */
public record ReadOptions(Period period, LocalDate today, DecimalStyle decimals) {

  /** Any period, today's date, decimals decided per file: what the report and indicator features use. */
  public static ReadOptions defaults(LocalDate today) {
    return new ReadOptions(null, today, null);
  }
}
