package sctb.core.progress;

import java.util.ArrayList;
import java.util.List;
import sctb.core.diag.Location;

/** Sorted, distinct row locations kept packed ({@link LocationTable}); each {@link Location} made when read. */
final class LocationList extends CompactList<Location> {
  private final long[] packed;
  private final LocationTable places;

  /** {@code packed}: sorted by {@link LocationTable#compare}, without repeats; not copied. */
  LocationList(long[] packed, LocationTable places) {
    this.packed = packed;
    this.places = places;
  }

  @Override
  public Location get(int index) {
    return places.unpack(packed[index]);
  }

  @Override
  public int size() {
    return packed.length;
  }

  /** Every location of {@code lists}, sorted and without repeats ({@link Sources#sorted}), packed when they all are. */
  static List<Location> union(List<List<Location>> lists) {
    LocationTable places = null;
    int n = 0;
    List<LocationList> compact = new ArrayList<>();
    for (List<Location> l : lists) {
      if (l.isEmpty()) {
        continue;
      }
      if (!(l instanceof LocationList c) || (places != null && c.places != places)) {
        return Sources.sorted(lists.stream().flatMap(List::stream));
      }
      places = c.places;
      compact.add(c);
      n += c.packed.length;
    }
    if (places == null) {
      return List.of();
    }
    long[] all = new long[n];
    int k = 0;
    for (LocationList c : compact) {
      System.arraycopy(c.packed, 0, all, k, c.packed.length);
      k += c.packed.length;
    }
    return new LocationList(places.sortedDistinct(all, n), places);
  }
}
