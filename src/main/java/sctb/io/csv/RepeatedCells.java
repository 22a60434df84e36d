package sctb.io.csv;

/**
 * Cleans a file's records in order ({@link CsvFileReader#clean}), sharing a cell's cleaned text with
 * the row above when the raw text is the same: the period, agency, indicator, sector and unit repeat
 * on every row of a submission, so they are cleaned once and held once (and every look-up of them
 * hashes one String, whose hash is kept).
 */
final class RepeatedCells {
  private String[] raw = new String[0];
  private String[] cleaned = new String[0];

  /** The record's cells cleaned, in its own array (the parser's, used by no one else), or null when all are blank. */
  String[] clean(String[] values) {
    if (values.length > raw.length) {
      raw = java.util.Arrays.copyOf(raw, values.length);
    }
    boolean empty = true;
    String[] above = cleaned;
    for (int i = 0; i < values.length; i++) {
      String value = values[i];
      String cell = i < above.length && value != null && value.equals(raw[i]) ? above[i] : CsvFileReader.clean(value);
      raw[i] = value;
      values[i] = cell;
      empty &= cell.isEmpty();
    }
    cleaned = values; // the row above the next one, blank or not
    return empty ? null : values;
  }
}
