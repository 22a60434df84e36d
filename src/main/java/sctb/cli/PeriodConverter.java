package sctb.cli;

import picocli.CommandLine.ITypeConverter;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;

/** Every {@code --period} of every command: the spellings {@link PeriodParser} reads (2024H1, 6T-2024, năm 2024…). */
final class PeriodConverter implements ITypeConverter<Period> {
  @Override
  public Period convert(String value) {
    return PeriodParser.parse(value).orElseThrow(() -> new InvalidValue("cli.value.period"));
  }
}
