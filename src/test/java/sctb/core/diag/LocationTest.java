package sctb.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Excel references for places in workbooks. */
class LocationTest {
  @Test
  void columnLetters() {
    assertThat(Location.columnLetters(1)).isEqualTo("A");
    assertThat(Location.columnLetters(26)).isEqualTo("Z");
    assertThat(Location.columnLetters(27)).isEqualTo("AA");
    assertThat(Location.columnLetters(300)).isEqualTo("KN");
    assertThat(Location.columnLetters(16384)).isEqualTo("XFD");
  }

  @Test
  void cellRowAndSheetReferences() {
    Location cell = Location.cell("a.xlsx", 7, 5, "status").inSheet("Sheet1");
    assertThat(cell.cellRef()).isEqualTo("Sheet1!E7");
    assertThat(Location.at("a.xlsx", 7, 0).inSheet("nhiem-vu").cellRef()).isEqualTo("nhiem-vu!7:7");
    assertThat(Location.file("a.xlsx").inSheet("Sheet1").cellRef()).isEqualTo("Sheet1");
    assertThat(Location.cell("a.xlsx", 2, 1, null).inSheet("Nhiệm vụ").cellRef()).isEqualTo("'Nhiệm vụ'!A2");
    assertThat(Location.cell("a.xlsx", 2, 1, null).inSheet("It's").cellRef()).isEqualTo("'It''s'!A2");
    assertThat(Location.cell("a.csv", 2, 1, null).cellRef()).isNull();
    assertThat(cell.withLineColumn(8, 6).cellRef()).isEqualTo("Sheet1!F8");
  }
}
