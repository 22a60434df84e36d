package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Sharing a repeated cell with the row above gives the cells that cleaning every cell gives. */
class RepeatedCellsTest {

  @Property(tries = 1000)
  void sharedIsCleanedEveryTime(@ForAll("records") List<List<String>> records) {
    RepeatedCells repeated = new RepeatedCells();
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

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> cell = Arbitraries.of("", " ", "2024H1", " 2024H1", "SCT", "'=1+2", "a\u0007b", "\u00A0", "Giấy", "x");
    return cell.list().ofMaxSize(6).list().ofMaxSize(12);
  }
}
