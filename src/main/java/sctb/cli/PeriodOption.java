package sctb.cli;

import picocli.CommandLine.Option;
import sctb.core.period.Period;

/** {@code --period P}, required: the reporting period a command works on (read by {@link PeriodConverter}). */
public final class PeriodOption {
  @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "period")
  Period period;
}
