package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CsvFileReader#trim} (printable ASCII told apart without Character's tables) drops what the
 * plain rule drops: Java white space, Unicode space characters and the byte order mark, at both ends.
 */
class TrimProperties {

  @Property(tries = 3000)
  void trimsAsThePlainRule(@ForAll("cells") String cell) {
    assertThat(CsvFileReader.trim(cell)).isEqualTo(plainTrim(cell));
  }

  private static String plainTrim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && plainBlank(value.charAt(start))) {
      start++;
    }
    while (end > start && plainBlank(value.charAt(end - 1))) {
      end--;
    }
    return Formulas.restore(value.substring(start, end));
  }

  private static boolean plainBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  @Provide
  Arbitrary<String> cells() {
    // Every ASCII character (controls, space, DEL), the spaces and marks past it, and Vietnamese letters.
    Arbitrary<Character> c = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u00ff'),
        Arbitraries.of('\u1680', '\u2000', '\u2007', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff',
            'ấ', 'ệ', 'Đ', 'ơ'));
    return c.list().ofMaxSize(8).map(l -> {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      return b.toString();
    });
  }
}
