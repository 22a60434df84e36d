package sctb.io.csv;

import sctb.core.text.SafeText;

/**
 * Cleans a file's records in order ({@link CsvFileReader#clean}), sharing a cell's cleaned text with
 * the row above when the raw text is the same: the period, agency, indicator, sector and unit repeat
 * on every row of a submission, so they are cleaned once and held once (and every look-up of them
 * hashes one String, whose hash is kept). In a text known to need no escaping ({@link SafeText#isText})
 * no cell is searched for characters to escape.
 */
final class RepeatedCells {
  private final boolean safeText;
  private boolean escaped;
  // Wide enough for any submission from the start: a file's first record then takes the same branches as
  // every other, so the optimising compiler's profile holds for every file (no recompilation per new file).
  private String[] raw = new String[WIDTH];
  private String[] cleaned = new String[WIDTH];
  private static final int WIDTH = 32;

  /** {@code safeText}: the file's text needs no character escaped (else each cell is checked). */
  RepeatedCells(boolean safeText) {
    this.safeText = safeText;
  }

  /** The record's cells cleaned, in its own array (the parser's, used by no one else), or null when all are blank. */
  String[] clean(String[] values) {
    if (values.length > raw.length) {
      raw = java.util.Arrays.copyOf(raw, values.length);
    }
    boolean empty = true;
    String[] above = cleaned;
    for (int i = 0; i < values.length; i++) {
      String value = values[i];
      String cell = i < above.length && value != null && value.equals(raw[i]) ? above[i] : cleanCell(value);
      raw[i] = value;
      values[i] = cell;
      empty &= cell.isEmpty();
    }
    cleaned = values; // the row above the next one, blank or not
    return empty ? null : values;
  }

  private String cleanCell(String value) {
    String trimmed = CsvFileReader.trim(value);
    if (safeText) {
      return trimmed;
    }
    String safe = SafeText.text(trimmed);
    escaped |= safe != trimmed;
    return safe;
  }

  /** Whether a cell cleaned so far had a character escaped. */
  boolean escaped() {
    return escaped;
  }
}
