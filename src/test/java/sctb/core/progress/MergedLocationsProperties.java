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
 * {@link MergedLocations} (sectors' sources merged while read: heads as plain longs when one shape is
 * a file, compared as locations when shapes share a file) against sorting all the locations at once
 * ({@link Sources#sorted}): the same locations, in order, without repeats, by iteration and by index.
 */
class MergedLocationsProperties {
  private static final String[] FILES = {"2026H1/SCT-chi-so.csv", "2025H2/SCT-chi-so.csv", "2026H1/BQL-chi-so.csv",
      "b.xlsx", "a.csv"};

  @Property
  void mergesAsOneSortWithOneShapeAFile(@ForAll @Size(max = 80) List<@IntRange(max = 4) Integer> files,
      @ForAll @Size(max = 80) List<@IntRange(min = -3, max = 30) Integer> lines,
      @ForAll @Size(max = 80) List<@IntRange(max = 11) Integer> parts) {
    mergesAsOneSort(files, lines, parts, false);
  }

  @Property
  void mergesAsOneSortWhenShapesShareAFile(@ForAll @Size(max = 80) List<@IntRange(max = 4) Integer> files,
      @ForAll @Size(max = 80) List<@IntRange(min = -3, max = 30) Integer> lines,
      @ForAll @Size(max = 80) List<@IntRange(max = 11) Integer> parts) {
    mergesAsOneSort(files, lines, parts, true);
  }

  /** Location i in part {@code parts[i]} (a dozen at most, as sectors; some empty); a location may be in several. */
  private static void mergesAsOneSort(List<Integer> files, List<Integer> lines, List<Integer> parts, boolean columns) {
    LocationTable places = new LocationTable();
    int n = Math.min(Math.min(files.size(), lines.size()), parts.size());
    List<List<Long>> byPart = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      byPart.add(new ArrayList<>());
    }
    List<Location> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Location at = Location.at(FILES[files.get(i)], lines.get(i), columns ? i % 2 : 0);
      byPart.get(parts.get(i)).add(places.pack(at));
      byPart.get((parts.get(i) + lines.get(i) + 3) % 12).add(places.pack(at)); // in a second part too
      all.add(at);
    }
    long[][] sorted = byPart.stream()
        .map(l -> places.sortedDistinct(l.stream().mapToLong(Long::longValue).toArray(), l.size()))
        .toArray(long[][]::new);
    MergedLocations merged = new MergedLocations(sorted, places);
    List<Location> expected = Sources.sorted(all.stream());
    assertThat(merged.size()).isEqualTo(expected.size());
    assertThat(new ArrayList<>(merged)).containsExactlyElementsOf(expected);
    for (int i = expected.size() - 1; i >= 0; i -= 2) { // backwards: the cursor starts again
      assertThat(merged.get(i)).isEqualTo(expected.get(i));
    }
  }
}
