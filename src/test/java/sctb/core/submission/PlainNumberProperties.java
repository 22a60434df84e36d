package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Numbers#plainValue} is the value {@link Numbers#parse} gives, same scale, or steps aside. */
class PlainNumberProperties {

  @Property(tries = 3000)
  void plainValueIsParsesValue(@ForAll("numberLike") String text) {
    BigDecimal plain = Numbers.plainValue(text);
    for (DecimalStyle style : java.util.List.of(DecimalStyle.COMMA, DecimalStyle.POINT, new DecimalStyle(true, false))) {
      Numbers.Result parsed = Numbers.parse(text, style);
      if (plain != null) {
        assertThat(parsed).isInstanceOf(Numbers.Value.class);
        assertThat(((Numbers.Value) parsed).value()).isEqualTo(plain); // equals: value and scale
        assertThat(((Numbers.Value) parsed).ambiguous()).isFalse();
      }
    }
    if (plain != null) {
      assertThat(plain).isEqualTo(new BigDecimal(text.replace(',', '.')));
    }
  }

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.strings().withChars("0123456789,.-").ofMinLength(1).ofMaxLength(24);
  }
}
