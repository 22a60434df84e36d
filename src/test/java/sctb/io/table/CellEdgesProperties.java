package sctb.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CellEdges#strip} (printable ASCII told apart without Character's tables) drops what the plain
 * rule drops: Java white space, Unicode space characters and the byte order mark, at both ends — for
 * CSV and workbook cells alike.
 */
class CellEdgesProperties {

  @Property(tries = 3000)
  void stripsAsThePlainRule(@ForAll("cells") String cell) {
    int[] kept = IntStream.range(0, cell.length()).filter(i -> !plainBlank(cell.charAt(i))).toArray();
    String plain = kept.length == 0 ? "" : cell.substring(kept[0], kept[kept.length - 1] + 1);
    assertThat(CellEdges.strip(cell)).isEqualTo(plain);
  }

  @Example
  void keepsTheBlanksInside() {
    assertThat(CellEdges.strip("\uFEFF\u00a0 Công ty  Đông Á\t\u3000")).isEqualTo("Công ty  Đông Á");
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
