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

  /**
   * Every location of {@code lists}, sorted and without repeats ({@link Sources#sorted}); when they
   * are all packed, a view merging them as it is read, so an indicator's sources are not a second
   * copy of its sectors'.
   */
  static List<Location> union(List<List<Location>> lists) {
    LocationTable places = null;
    List<long[]> parts = new ArrayList<>();
    for (List<Location> l : lists) {
      if (l.isEmpty()) {
        continue;
      }
      if (!(l instanceof LocationList c) || (places != null && c.places != places)) {
        return Sources.sorted(lists.stream().flatMap(List::stream));
      }
      places = c.places;
      parts.add(c.packed);
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    return parts.size() == 1 ? new LocationList(parts.get(0), places)
        : new MergedLocations(parts.toArray(long[][]::new), places);
  }
}
