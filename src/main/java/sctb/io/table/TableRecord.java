package sctb.io.table;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a table as read from a CSV file or a worksheet: its line (the CSV's physical line or the
 * sheet's row number), its cells' trimmed NFC text from the first column on, and, for spreadsheets,
 * the numbers cells were stored as (null entries for text cells; an empty list for CSV). The lists
 * are taken as given, not copied (a worksheet's are views on its compact cells): they must not change.
 */
public record TableRecord(int line, List<String> cells, List<BigDecimal> numbers) {

  /** A row of text cells only. */
  public TableRecord(int line, List<String> cells) {
    this(line, cells, List.of());
  }

  /** The number the cell at {@code index} was stored as, or null. */
  public BigDecimal number(int index) {
    return index < numbers.size() ? numbers.get(index) : null;
  }
}
