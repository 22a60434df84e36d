package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import sctb.core.diag.Location;

/**
 * {@link LocationTable#sortedDistinct} (plain longs when no two shapes share a file name, the
 * comparator when they do) against {@link Sources#LOCATION}'s order of the unpacked locations, and
 * {@link LocationTable#compare} agreeing with it either way.
 */
class LocationTableProperties {
  private static final String[] FILES = {"2026H1/SCT-chi-so.csv", "2025H2/SCT-chi-so.csv", "2026H1/BQL-chi-so.csv",
      "b.xlsx", "a.csv", "2026H1/SCT-chi-so.csv.bak"};

  @Property
  void sortsAsTheLocationsCompareWithOneShapeAFile(@ForAll @Size(max = 60) List<@IntRange(max = 5) Integer> files,
      @ForAll @Size(max = 60) List<@IntRange(min = -3, max = 40) Integer> lines) {
    sortsAsTheLocationsCompare(files, lines, false);
  }

  @Property
  void sortsAsTheLocationsCompareWhenShapesShareAFile(@ForAll @Size(max = 60) List<@IntRange(max = 5) Integer> files,
      @ForAll @Size(max = 60) List<@IntRange(min = -3, max = 40) Integer> lines) {
    sortsAsTheLocationsCompare(files, lines, true);
  }

  private static void sortsAsTheLocationsCompare(List<Integer> files, List<Integer> lines, boolean columns) {
    LocationTable places = new LocationTable();
    int n = Math.min(files.size(), lines.size());
    long[] packed = new long[n + 1];
    List<Location> locations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // With columns, the same file comes in two shapes (a column of its own): ordered by line first.
      Location at = Location.at(FILES[files.get(i)], lines.get(i), columns ? i % 2 : 0);
      packed[i] = places.pack(at);
      locations.add(at);
    }
    packed[n] = LocationTable.NONE;
    long[] sorted = places.sortedDistinct(packed, packed.length);
    List<Location> unpacked = new ArrayList<>();
    for (long p : sorted) {
      unpacked.add(places.unpack(p));
    }
    assertThat(unpacked).containsExactlyElementsOf(Sources.sorted(locations.stream()));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int expected = Integer.signum(Sources.LOCATION.compare(locations.get(i), locations.get(j)));
        int compared = Integer.signum(places.compare(packed[i], packed[j]));
        if (expected != 0) {
          assertThat(compared).isEqualTo(expected);
        }
      }
    }
  }
}
