package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers as Excel users type them, in both decimal styles. */
class NumbersTest {
  @ParameterizedTest(name = "{0} ({1}) = {2}")
  @CsvSource(delimiter = '|', value = {
      "1234.5|point|1234.5|false", "1.234,5|point|1234.5|false", "1,234.5|comma|1234.5|false",
      "150.000.000|point|150000000|false", "1 234,5|point|1234.5|false", "12,5|point|12.5|false",
      "0,125|point|0.125|false", "1.234|point|1.234|true", "1.234|comma|1234|true", "1,234|comma|1.234|true",
      "1,234|point|1234|true", "-3|point|-3|false", "1280644.0|comma|1280644.0|false", ",5|point|0.5|false",
      "1234,567|point|1234.567|false", "−3,5|point|-3.5|false", "−1.234,5|point|-1234.5|false"})
  void reads(String text, String style, String expected, boolean ambiguous) {
    Numbers.Result r = Numbers.parse(text, style.equals("comma") ? DecimalStyle.COMMA : DecimalStyle.POINT);
    assertThat(r).isInstanceOf(Numbers.Value.class);
    assertThat(((Numbers.Value) r).value()).isEqualTo(new BigDecimal(expected));
    assertThat(((Numbers.Value) r).ambiguous()).isEqualTo(ambiguous);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"#N/A|true", "#DIV/0!|true", "#VALUE!|true", "abc|false", "1,2,3|false",
      "1.234.5|false", "5.|false", "12 tấn|false", "--1|false", "1.23,4.5|false", "''|false"})
  void refuses(String text, boolean excel) {
    Numbers.Result r = Numbers.parse(text, DecimalStyle.POINT);
    assertThat(r).isEqualTo(new Numbers.Bad(excel));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "1000000000000000|TOO_LARGE", "999.999.999.999.999.999|TOO_LARGE", "-1000000000000000,5|TOO_LARGE",
      "0,0000000000000001|TOO_MANY_DECIMALS", "123456789012,3456789|TOO_MANY_DIGITS",
      "1234567890123456789|TOO_LARGE"})
  void refusesNumbersPastTheLimitsWithoutMakingThem(String text, NumberLimits.Breach breach) {
    assertThat(Numbers.parse(text, DecimalStyle.COMMA)).isEqualTo(new Numbers.Beyond(breach));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"999999999999999|999999999999999", "0,000000000000001|0.000000000000001",
      "123456789012,345678|123456789012.345678", "1,500000000000000000000|1.500000000000000000000",
      "000000000000000000042|42", "0,000|0"})
  void acceptsNumbersWithinTheLimits(String text, String expected) {
    Numbers.Result r = Numbers.parse(text, DecimalStyle.COMMA);
    assertThat(r).isInstanceOf(Numbers.Value.class);
    assertThat(((Numbers.Value) r).value()).isEqualByComparingTo(expected);
  }

  @org.junit.jupiter.api.Test
  void typedNumbersMeetTheSameLimits() {
    assertThat(NumberLimits.of(new BigDecimal("1.7E+308"))).isEqualTo(NumberLimits.Breach.TOO_LARGE);
    assertThat(NumberLimits.of(new BigDecimal("5.55E-17"))).isEqualTo(NumberLimits.Breach.TOO_MANY_DECIMALS);
    assertThat(NumberLimits.of(new BigDecimal("123456789.1234567891"))).isEqualTo(NumberLimits.Breach.TOO_MANY_DIGITS);
    assertThat(NumberLimits.of(new BigDecimal("1E+14"))).isNull();
    assertThat(NumberLimits.of(BigDecimal.ZERO.setScale(40))).isNull();
  }

  /** Linear, not quadratic: a two-million-digit cell is refused after one pass (it took 50 s when parsed). */
  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.Timeout(10)
  void aMillionDigitCellIsRefusedInOnePass() {
    String digits = "7".repeat(2_000_000);
    for (int i = 0; i < 20; i++) {
      assertThat(Numbers.parse(digits, DecimalStyle.COMMA)).isEqualTo(new Numbers.Beyond(NumberLimits.Breach.TOO_LARGE));
      assertThat(Numbers.parse("0," + digits, DecimalStyle.COMMA)).isEqualTo(new Numbers.Beyond(NumberLimits.Breach.TOO_MANY_DECIMALS));
    }
  }

  @ParameterizedTest(name = "{0} proves {1}")
  @CsvSource(delimiter = '|', value = {"1234.5|.", "12,5|,", "1.234,5|,", "1,234.5|.", "-12,5|,", "1234|none",
      "1.234|none", "1,234|none", "abc|none", "#N/A|none"})
  void provesADecimalSeparatorOrNone(String text, String separator) {
    char expected = separator.equals("none") ? Numbers.NO_EVIDENCE : separator.charAt(0);
    assertThat(Numbers.evidence(text)).isEqualTo(expected);
  }
}
