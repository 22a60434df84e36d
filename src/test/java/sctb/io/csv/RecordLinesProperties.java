package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sctb.core.diag.Diagnostic;
import sctb.io.table.TableRecord;

/**
 * A record's line taken from the parser's count of the lines before it and the empty lines at its
 * start ({@link FileText#recordLine}) is the line a character loop finds for its first character —
 * with LF, CRLF and lone CR line ends, empty lines, line ends inside quotes, and malformed quoting.
 */
class RecordLinesProperties {

  @Property(tries = 2000)
  void sameLinesAsCountingEveryCharacter(@ForAll("texts") String text) {
    FileText file = FileText.of(text);
    List<TableRecord> got = new ArrayList<>();
    List<Diagnostic> gotProblems = new ArrayList<>();
    CsvFileReader.parse("f.csv", file.reader(), ',', file::recordLine, got::add, gotProblems, new RepeatedCells(false));
    List<TableRecord> want = new ArrayList<>();
    List<Diagnostic> wantProblems = new ArrayList<>();
    CsvFileReader.parse("f.csv", file.reader(), ',', (position, linesBefore) -> lineOfFirstCharacterFrom(text, position),
        want::add, wantProblems, new RepeatedCells(false));
    assertThat(got).as(text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(want);
    assertThat(gotProblems).isEqualTo(wantProblems);
  }

  /** The line of the first character at or after {@code position} that is not a line end, counted char by char. */
  private static int lineOfFirstCharacterFrom(String text, long position) {
    int start = (int) position;
    while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
      start++;
    }
    int line = 1;
    for (int i = 0; i < start; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "bc", "\n", "\r\n", "\r", "ệ", ",", "\"", "\"\"", " ").list().ofMaxSize(16)
        .map(parts -> String.join("", parts));
  }
}
