package sctb.core.progress;

/**
 * The open-addressing tables of the compact row stores ({@link ReductionRows}, {@link ShareTable}):
 * a table of entry numbers + 1 (0: empty), probed linearly from an entry's spread hash.
 */
final class OpenAddressing {
  private OpenAddressing() {}

  /** Spreads String hashes (close for names that differ in the last digits) over the table's low bits. */
  static int slot(int hash, int mask) {
    int h = hash * 0x9e3779b9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** A table twice as large holding entries {@code 0 … count-1}, whose hashes are {@code hashes}. */
  static int[] doubled(int[] table, int[] hashes, int count) {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int e = 0; e < count; e++) {
      int i = slot(hashes[e], mask);
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = e + 1;
    }
    return bigger;
  }
}
