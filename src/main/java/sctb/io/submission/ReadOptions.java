package sctb.io.submission;

import java.time.LocalDate;
import sctb.core.period.Period;
import sctb.core.register.Register;
import sctb.core.submission.DecimalStyle;

/**
 * How to read a workspace: the period expected (null: any), today's date (for future periods), the
 * decimal style forced by {@code --decimal} (null: decided per file), and the register rows are
 * matched against ({@link Register#NONE}: names only).
 */
public record ReadOptions(Period period, LocalDate today, DecimalStyle decimals, Register register) {

  /** Without a register. */
  public ReadOptions(Period period, LocalDate today, DecimalStyle decimals) {
    this(period, today, decimals, Register.NONE);
  }

  /** Any period, today's date, decimals decided per file: what the report and indicator features use. */
  public static ReadOptions defaults(LocalDate today) {
    return new ReadOptions(null, today, null);
  }

  /** The same options with the workspace's register. */
  public ReadOptions withRegister(Register r) {
    return new ReadOptions(period, today, decimals, r);
  }
}
