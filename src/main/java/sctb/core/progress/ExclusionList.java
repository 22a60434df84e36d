package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.text.VietnameseOrder;

/**
 * The establishments left out of a sector's panel in compact arrays (name, reason, output, which
 * total its share is of, up to three rows as packed locations); an {@link Exclusion} is made when
 * read, its output share divided then (the same division every time).
 */
final class ExclusionList extends CompactList<Exclusion> {
  static final int SOURCES = 3;
  private static final ExclusionReason[] REASONS = ExclusionReason.values();
  private final String[] names;
  private final byte[] reasons;
  private final Decimals outputs;
  private final boolean[] ofCurrent;
  /** {@link #SOURCES} per establishment, sorted, unused ones {@link LocationTable#NONE} at the end. */
  private final long[] sources;
  private final BigDecimal totalBaseline;
  private final BigDecimal totalCurrent;
  private final LocationTable places;
  private int size;
  /** Once published: the positions in Vietnamese order of the names (as read, the panel's key order). */
  private int[] byName;

  ExclusionList(int capacity, BigDecimal totalBaseline, BigDecimal totalCurrent, LocationTable places) {
    names = new String[capacity];
    reasons = new byte[capacity];
    outputs = new Decimals(capacity);
    ofCurrent = new boolean[capacity];
    sources = new long[SOURCES * capacity];
    this.totalBaseline = totalBaseline;
    this.totalCurrent = totalCurrent;
    this.places = places;
  }

  /**
   * While the list is built, before it is published: the next establishment in order; {@code ofCurrent}
   * when its share is of C's total output (else B's); {@code at}: its rows, sorted, without repeats.
   */
  void add(String name, ExclusionReason reason, BigDecimal output, boolean ofCurrent, long[] at, int rows) {
    int i = size++;
    names[i] = name;
    reasons[i] = (byte) reason.ordinal();
    outputs.set(i, output);
    this.ofCurrent[i] = ofCurrent;
    System.arraycopy(at, 0, sources, SOURCES * i, rows);
  }

  /**
   * Publishes the list in the order a reader looks a name up in: Vietnamese alphabetical ({@link VietnameseOrder}),
   * not the order the panel was read in (by tax code, then folded name). Once, when the list is complete.
   */
  ExclusionList sortedByName() {
    byName = VietnameseOrder.order(names, size);
    return this;
  }

  /** The share of the sector's output of the establishment added {@code index}-th (null when undefined). */
  BigDecimal outputShare(int index) {
    return DecimalMath.div(outputs.get(index), ofCurrent[index] ? totalCurrent : totalBaseline);
  }

  @Override
  public Exclusion get(int position) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException(position);
    }
    int index = byName == null ? position : byName[position];
    List<Location> at = new ArrayList<>(SOURCES);
    for (int k = SOURCES * index; k < SOURCES * (index + 1) && sources[k] != LocationTable.NONE; k++) {
      at.add(places.unpack(sources[k]));
    }
    return new Exclusion(names[index], REASONS[reasons[index]], outputs.get(index), outputShare(index),
        ofCurrent[index] ? "current" : "baseline", at);
  }

  @Override
  public int size() {
    return size;
  }
}
