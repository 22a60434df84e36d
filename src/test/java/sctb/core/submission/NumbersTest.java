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
      "1234,567|point|1234.567|false"})
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
}
