package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Physical lines counted the same with LF, CRLF and lone CR line ends, from a String or a char array. */
class LineIndexTest {

  @Property(tries = 1000)
  void everyOffsetIsOnTheLineACharLoopCounts(@ForAll("texts") String text) {
    LineIndex index = new LineIndex(text);
    int line = 1;
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(index.lineOf(offset)).as("offset %d of %s", offset, text.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(line);
      if (offset < text.length()) {
        char c = text.charAt(offset);
        if (c == '\n' || (c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n'))) {
          line++;
        }
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "bc", "\n", "\r\n", "\r", "ệ", ",").list().ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
