package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import sctb.core.text.NameArena;

/** {@link NameSort} puts names in String order and marks where a new name starts, as sorting the Strings would. */
class NameSortProperties {

  @Property
  void sortsAsStringsSortAndMarksEachNewName(@ForAll @Size(max = 300) List<@From("names") String> names,
      @ForAll @IntRange(max = 300) int a, @ForAll @IntRange(max = 300) int b) {
    assertSortsAsStrings(names, Math.min(Math.min(a, b), names.size()), Math.min(Math.max(a, b), names.size()), false);
  }

  /** Parts large enough to be sorted by bytes many times over, names alike in long beginnings (as entities' are). */
  @Property(tries = 30)
  void sortsLargePartsOfNamesAlikeInLongBeginnings(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5_000) int n) {
    List<String> names = entityLikeNames(new Random(seed), n);
    assertSortsAsStrings(names, 0, n, false);
  }

  @Property(tries = 4)
  void sortsAsOneThreadDoesOnTwo(@ForAll long seed, @ForAll @IntRange(min = 1 << 16, max = 90_000) int n,
      @ForAll boolean oneBeginning) {
    Random random = new Random(seed);
    // One beginning for all: the first bytes leave one part, split further before the threads share.
    List<String> names = entityLikeNames(random, n).stream().map(t -> oneBeginning ? "cty_tnhh_mtv_" + t : t).toList();
    assertSortsAsStrings(names, 0, n, true);
  }

  /**
   * {@link NameSort#sortThenByIndex} gives the order the reduction panel's stable merge sort by a
   * comparator gave ({@link LongSort} under {@link NameArena#compare}): equal names, none, one.
   */
  @Property
  void sortsThenByIndexAsAStableSortByComparingDoes(@ForAll @Size(max = 300) List<@From("names") String> names,
      @ForAll @IntRange(max = 300) int n) {
    assertSortsThenByIndexAsStableComparing(names.subList(0, Math.min(n, names.size())));
  }

  @Property(tries = 20)
  void sortsThenByIndexManyEntityLikeNames(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5_000) int n) {
    assertSortsThenByIndexAsStableComparing(entityLikeNames(new Random(seed), n));
  }

  private static void assertSortsThenByIndexAsStableComparing(List<String> names) {
    NameArena arena = new NameArena(4);
    long[] handles = names.stream().mapToLong(arena::add).toArray();
    int n = names.size();
    int[] order = new int[n];
    long[] expected = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      expected[i] = i;
    }
    NameSort.sortThenByIndex(arena, handles, order, n);
    LongSort.sort(expected, n, (a, z) -> arena.compare(handles[(int) a], handles[(int) z]));
    for (int i = 0; i < n; i++) {
      assertThat(order[i]).as("position %d of %s", i, names).isEqualTo((int) expected[i]);
    }
  }

  private static List<String> entityLikeNames(Random random, int n) {
    String[] beginnings = {"sieu_thi_", "sieu_thi_mini_", "tttm_", "cty_tnhh_", ""};
    String[] places = {"lam_son", "thach_thanh", "cam_thuy", "nghi_son", "dong_son", "a", "", "\u0000", "\uD83D\uDE00",
        "\uE000"};
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String place = places[random.nextInt(places.length)];
      names.add(beginnings[random.nextInt(beginnings.length)] + place + (random.nextInt(4) == 0 ? "" : "_"
          + random.nextInt(n)) + (random.nextInt(8) == 0 ? "\u0000" : ""));
    }
    return names;
  }

  private static void assertSortsAsStrings(List<String> names, int from, int to, boolean twoThreads) {
    NameArena arena = new NameArena(4);
    long[] handles = names.stream().mapToLong(arena::add).toArray();
    int[] order = new int[names.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    long[] newName = new long[(names.size() + 63) >>> 6];
    if (twoThreads) {
      NameSort.sortOnTwoThreads(arena, handles, order, from, to, newName);
    } else {
      NameSort.sort(arena, handles, order, from, to, newName);
    }
    List<String> expected = new ArrayList<>(names.subList(from, to));
    expected.sort(String::compareTo);
    List<String> sorted = new ArrayList<>();
    for (int i = from; i < to; i++) {
      sorted.add(names.get(order[i]));
      boolean marked = (newName[i >>> 6] & 1L << i) != 0;
      assertThat(marked).as("position %d", i).isEqualTo(i == from || !names.get(order[i - 1]).equals(names.get(order[i])));
    }
    assertThat(sorted).isEqualTo(expected);
    for (int i = 0; i < order.length; i++) {
      if (i < from || i >= to) {
        assertThat(order[i]).isEqualTo(i);
      }
    }
  }

  /** Latin, Vietnamese, NUL, U+E000–U+FFFF and characters past U+FFFF, where UTF-8 and UTF-16 orders part. */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("abz_0ăđếệ\u0000\uE000\uFB01\uFFFD!")
        .ofMaxLength(20).map(t -> t.replace("!", "\uD83D\uDE00")) // ! stands for a character past U+FFFF
        .injectDuplicates(0.3);
  }
}
