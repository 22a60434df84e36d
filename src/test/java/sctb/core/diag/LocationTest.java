package sctb.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Excel references for places in workbooks; a row's place made from its file's; places equal as records were. */
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

  @Test
  void aRowsPlaceMadeFromItsFilesIsThePlaceAtThatLine() {
    for (String name : new String[] {"2026H1/SCT-chi-so.csv", "a\u001Bb.csv", "ten\nhai-dong.csv", "x\u202Ey.csv", "Báo cáo.csv"}) {
      Location file = Location.file(name);
      Location row = file.atLine(12);
      assertThat(row).isEqualTo(Location.at(name, 12, 0)).hasSameHashCodeAs(Location.at(name, 12, 0));
      assertThat(row.file()).isEqualTo(file.file());
      assertThat(row.line()).isEqualTo(12);
      assertThat(row.column()).isZero();
      assertThat(row.columnName()).isNull();
      assertThat(row.sheet()).isNull();
    }
    assertThat(Location.file("a\u001Bb.csv").atLine(3).file()).isEqualTo("a\\u001Bb.csv");
    assertThat(Location.file("a.xlsx").inSheet("Sheet1").atLine(3).sheet()).isNull();
  }

  @Test
  void placesAreEqualByEveryPartAndWrittenAsARecord() {
    Location a = new Location("a.csv", 3, 2, "ten", "/x", "S");
    assertThat(a).isEqualTo(new Location("a.csv", 3, 2, "ten", "/x", "S"))
        .hasSameHashCodeAs(new Location("a.csv", 3, 2, "ten", "/x", "S"))
        .isNotEqualTo(new Location("b.csv", 3, 2, "ten", "/x", "S"))
        .isNotEqualTo(new Location("a.csv", 4, 2, "ten", "/x", "S"))
        .isNotEqualTo(new Location("a.csv", 3, 1, "ten", "/x", "S"))
        .isNotEqualTo(new Location("a.csv", 3, 2, "tên", "/x", "S"))
        .isNotEqualTo(new Location("a.csv", 3, 2, "ten", "/y", "S"))
        .isNotEqualTo(new Location("a.csv", 3, 2, "ten", "/x", null));
    assertThat(a).hasToString("Location[file=a.csv, line=3, column=2, columnName=ten, path=/x, sheet=S]");
  }
}
