package sctb.core.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;

/**
 * Some rows of a {@link ShareTable}, in a given order: the rows a share, count or task output rests
 * on, each an {@link IndicatorRow} only when read (the JSON writer makes one, writes it and drops it).
 */
final class ShareRows extends CompactList<IndicatorRow> {
  private final ShareTable table;
  private final int[] ids;

  static final ShareRows NONE = of(List.of());

  /** {@code ids}: rows of {@code table}, not copied. */
  ShareRows(ShareTable table, int[] ids) {
    this.table = table;
    this.ids = ids;
  }

  /**
   * {@code rows} as such a list: itself when it is one, else its rows copied into a table of their own
   * (in the one order of rows: the rules read them in that order).
   */
  static ShareRows of(List<IndicatorRow> rows) {
    if (rows instanceof ShareRows s) {
      return s;
    }
    ShareTable table = new ShareTable(new LocationTable(), true, null, null);
    rows.forEach(r -> table.add(r, r.agency()));
    return table.freeze();
  }

  ShareTable table() {
    return table;
  }

  /** The row of the table at {@code index}. */
  int id(int index) {
    return ids[index];
  }

  /**
   * The same rows by ascending number (the order they were taken in), for what does not depend on the
   * order — sums, counts, the latest period —: the rules' order (by entity) reads the table's columns at
   * random, about one cache miss a column a row (round 10: the share rules' passes over one million
   * entities' rows). Itself when already so; else found through a bit per row of the table, not
   * sorted; itself when it holds a row twice (no rule's selection does).
   */
  ShareRows ascending() {
    if (isAscending()) {
      return this; // a table's rows taken in the order they came: no copy (8 MB at 2 M rows, round 11)
    }
    long[] taken = new long[(table.rows() + 63) >>> 6];
    for (int id : ids) {
      taken[id >>> 6] |= 1L << id;
    }
    int[] ascending = new int[ids.length];
    int n = 0;
    for (int word = 0; word < taken.length && n < ascending.length; word++) {
      for (long bits = taken[word]; bits != 0; bits &= bits - 1) {
        ascending[n++] = word << 6 | Long.numberOfTrailingZeros(bits);
      }
    }
    return n == ids.length ? new ShareRows(table, ascending) : this;
  }

  private boolean isAscending() {
    for (int i = 1; i < ids.length; i++) {
      if (ids[i - 1] >= ids[i]) {
        return false;
      }
    }
    return true;
  }

  /** Σ of these rows' numerators, a missing one as 0. */
  BigDecimal numeratorSum() {
    return table.numeratorSum(ids, 0, ids.length);
  }

  /** Σ of these rows' denominators, a missing one as 0. */
  BigDecimal denominatorSum() {
    return table.denominatorSum(ids, 0, ids.length);
  }

  /**
   * The periods of these rows, each once: a figure's first period and its series' points ask only
   * which there are (a stream of every row's period, grouped by end, took 7–10 of the serial end's
   * ~160 main-thread samples at one million entities: docs/performance.md, round 14).
   */
  Stream<Period> periods() {
    List<Period> all = table.periods();
    boolean[] present = new boolean[all.size()];
    for (int id : ids) {
      present[table.periodNumber(id)] = true;
    }
    return IntStream.range(0, present.length).filter(p -> present[p]).mapToObj(all::get);
  }

  /** These rows grouped by the sector each names (as {@code sectorId} spells it; rows naming none left out), in this order. */
  Map<String, ShareRows> bySector(UnaryOperator<String> sectorId) {
    Map<String, String> spelt = new HashMap<>();
    Map<String, IntStream.Builder> parts = new TreeMap<>();
    for (int id : ids) {
      String written = table.sector(id);
      if (!written.isBlank()) {
        parts.computeIfAbsent(spelt.computeIfAbsent(written, sectorId), k -> IntStream.builder()).add(id);
      }
    }
    Map<String, ShareRows> out = new TreeMap<>();
    parts.forEach((sector, b) -> out.put(sector, new ShareRows(table, b.build().toArray())));
    return out;
  }

  /** Where these rows are, sorted and without repeats ({@link Sources#sorted}). */
  List<Location> sources() {
    // By row number: the places read in order, and given to the sort almost sorted (rows are taken in
    // file and line order, mostly).
    int[] taken = ascending().ids;
    long[] packed = new long[taken.length];
    for (int i = 0; i < taken.length; i++) {
      packed[i] = table.packedAt(taken[i]);
    }
    return new LocationList(table.places().sortedDistinct(packed, packed.length), table.places());
  }

  /** {@link #sources} of any list of rows. */
  static List<Location> sources(List<IndicatorRow> rows) {
    return rows instanceof ShareRows s ? s.sources() : Sources.sorted(rows.stream().map(IndicatorRow::at));
  }

  /**
   * The first aggregate row of {@code rows} (one naming no entity), if any; of a table's rows only that
   * one is made into an {@link IndicatorRow}, not every entity's row before it.
   */
  static Optional<IndicatorRow> firstAggregate(List<IndicatorRow> rows) {
    if (!(rows instanceof ShareRows s)) {
      return rows.stream().filter(IndicatorRow::aggregate).findFirst();
    }
    if (!s.table.hasAggregates()) {
      return Optional.empty(); // not a look at each of a million entities' rows (round 14)
    }
    for (int id : s.ids) {
      if (s.table.aggregate(id)) {
        return Optional.of(s.table.row(id));
      }
    }
    return Optional.empty();
  }

  @Override
  public IndicatorRow get(int index) {
    return table.row(ids[index]);
  }

  @Override
  public int size() {
    return ids.length;
  }
}
