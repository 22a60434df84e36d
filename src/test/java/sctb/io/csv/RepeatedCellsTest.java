package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sctb.core.text.SafeText;

/**
 * Sharing a repeated cell with the row above gives the cells that cleaning every cell gives; a text
 * {@link SafeText#isText} passes gives the same cells without searching them for characters to escape.
 */
class RepeatedCellsTest {

  @Property(tries = 1000)
  void sharedIsCleanedEveryTime(@ForAll("records") List<List<String>> records) {
    RepeatedCells repeated = new RepeatedCells(false);
    for (List<String> record : records) {
      List<String> each = new ArrayList<>();
      record.forEach(v -> each.add(CsvFileReader.clean(v)));
      String[] shared = repeated.clean(record.toArray(new String[0]));
      if (each.stream().allMatch(String::isEmpty)) {
        assertThat(shared).isNull();
      } else {
        assertThat(shared).containsExactlyElementsOf(each);
      }
    }
  }

  @Property(tries = 2000)
  void aSafeTextGivesTheCellsCleaningGives(@ForAll("csvTexts") String text) {
    char[] chars = text.toCharArray();
    boolean safe = SafeText.isText(chars, chars.length);
    RepeatedCells checked = new RepeatedCells(false);
    List<List<String>> cleaned = parse(text, checked);
    if (safe) {
      assertThat(parse(text, new RepeatedCells(true))).isEqualTo(cleaned);
      assertThat(checked.escaped()).isFalse();
    }
  }

  @Property(tries = 200)
  void aTextWithAControlCharacterIsNotSafe(@ForAll("csvTexts") String text) {
    String unsafe = text + "a\u0007b";
    assertThat(SafeText.isText(unsafe.toCharArray(), unsafe.length())).isFalse();
  }

  private static List<List<String>> parse(String text, RepeatedCells repeated) {
    List<List<String>> records = new ArrayList<>();
    CsvFileReader.parse("t.csv", new StringReader(text), ',', (position, linesBefore) -> 1, r -> records.add(List.copyOf(r.cells())),
        new ArrayList<>(), repeated);
    return records;
  }

  @Provide
  Arbitrary<String> csvTexts() {
    Arbitrary<String> piece = Arbitraries.of(",", "\"", "\r\n", "\n", "\r", " ", "\u00A0", "\t", "x", "Giấy", "'=1",
        "\u202E", "\u0085", "\uD83D\uDE00", "\uD83D", "\u201C", "\u061C", "\uFEFF");
    return piece.list().ofMaxSize(30).map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> cell = Arbitraries.of("", " ", "2024H1", " 2024H1", "SCT", "'=1+2", "a\u0007b", "\u00A0", "Giấy", "x");
    return cell.list().ofMaxSize(6).list().ofMaxSize(12);
  }
}
