package sctb.core.progress;

import java.util.Iterator;
import java.util.NoSuchElementException;
import sctb.core.diag.Location;

/**
 * The union of sorted {@link LocationList}s (an indicator's sources: every sector's), merged while
 * read instead of copied: sorted, without repeats. Readers go in order (the JSON writer, iteration),
 * so {@link #get} keeps where the last read stopped and moves on from there.
 */
final class MergedLocations extends CompactList<Location> {
  private final long[][] parts;
  private final LocationTable places;
  private final int size;
  /** Where the last {@link #get} stopped: the next index and each part's position. */
  private Merge cursor;
  /** Past a part's end: above every ordered long (a rank below 2^31 in the high half). */
  private static final long EXHAUSTED = Long.MAX_VALUE;

  MergedLocations(long[][] parts, LocationTable places) {
    this.parts = parts;
    this.places = places;
    int n = 0;
    for (Merge m = new Merge(); m.hasNext(); m.next()) {
      n++;
    }
    this.size = n;
  }

  @Override
  public synchronized Location get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    if (cursor == null || cursor.index > index) {
      cursor = new Merge();
    }
    while (cursor.index < index) {
      cursor.next();
    }
    return places.unpack(cursor.next());
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<Location> iterator() {
    Merge m = new Merge();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return m.hasNext();
      }

      @Override
      public Location next() {
        return places.unpack(m.next());
      }
    };
  }

  /**
   * A k-way merge over the parts (a dozen sectors at most: the smallest head found by a scan). When the
   * table orders locations as plain longs ({@link LocationTable#comparesAsLongs}, one shape a file) the
   * heads are kept as such longs and one pass over them moves on and finds the next: the count of the
   * 5 M-row report's union of eleven sectors took 20-32 of the serial end's main-thread samples
   * comparing locations in three scans, 7-9 so (docs/performance.md, round 13).
   */
  private final class Merge {
    final int[] at = new int[parts.length];
    /** Each part's next location as an ordered long ({@link #EXHAUSTED} past its end), when {@link #asLongs}. */
    final long[] heads = new long[parts.length];
    final boolean asLongs = places.comparesAsLongs();
    int index;
    long last = LocationTable.NONE;

    /** The smallest of {@link #heads}, when {@link #asLongs}. */
    long smallest = EXHAUSTED;

    Merge() {
      if (asLongs) {
        for (int p = 0; p < parts.length; p++) {
          heads[p] = head(p);
          smallest = Math.min(smallest, heads[p]);
        }
      }
    }

    boolean hasNext() {
      return asLongs ? smallest != EXHAUSTED : hasNextByComparing();
    }

    long next() {
      if (!asLongs) {
        return nextByComparing();
      }
      long taken = smallest;
      if (taken == EXHAUSTED) {
        throw new NoSuchElementException();
      }
      // One pass: the parts at the location taken move on (parts are without repeats: one step at
      // most each), and the next smallest head is found.
      smallest = EXHAUSTED;
      for (int p = 0; p < parts.length; p++) {
        if (heads[p] == taken) {
          at[p]++;
          heads[p] = head(p);
        }
        smallest = Math.min(smallest, heads[p]);
      }
      index++;
      return places.fromOrderedLong(taken);
    }

    private long head(int p) {
      return at[p] < parts[p].length ? places.asOrderedLong(parts[p][at[p]]) : EXHAUSTED;
    }

    private boolean hasNextByComparing() {
      skipRepeats();
      return smallest() >= 0;
    }

    private long nextByComparing() {
      skipRepeats();
      int p = smallest();
      if (p < 0) {
        throw new NoSuchElementException();
      }
      last = parts[p][at[p]++];
      index++;
      return last;
    }

    private void skipRepeats() {
      for (int p = 0; p < parts.length; p++) {
        while (last != LocationTable.NONE && at[p] < parts[p].length && parts[p][at[p]] == last) {
          at[p]++;
        }
      }
    }

    private int smallest() {
      int best = -1;
      for (int p = 0; p < parts.length; p++) {
        if (at[p] < parts[p].length && (best < 0 || places.compare(parts[p][at[p]], parts[best][at[best]]) < 0)) {
          best = p;
        }
      }
      return best;
    }
  }
}
