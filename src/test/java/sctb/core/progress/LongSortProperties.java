package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link LongSort} against the JDK's stable sort of boxed values, on whole arrays and on parts of them. */
class LongSortProperties {
  /** By the value's last digit only: many ties, so that a sort which is not stable shows. */
  private static final LongSort.Order BY_LAST_DIGIT = (a, b) -> Long.compare(Math.floorMod(a, 10), Math.floorMod(b, 10));

  @Property
  void sortsAsAStableSortDoes(@ForAll @Size(max = 300) List<Long> values) {
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    LongSort.sort(sorted, sorted.length, BY_LAST_DIGIT);
    assertThat(sorted).containsExactly(stable(values).stream().mapToLong(Long::longValue).toArray());
  }

  @Property
  void sortsOnlyThePartAsked(@ForAll @Size(max = 300) List<Long> values, @ForAll @IntRange(max = 300) int a,
      @ForAll @IntRange(max = 300) int b) {
    int start = Math.min(Math.min(a, b), values.size());
    int end = Math.min(Math.max(a, b), values.size());
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    LongSort.sort(sorted, start, end, BY_LAST_DIGIT);
    List<Long> expected = new ArrayList<>(values.subList(0, start));
    expected.addAll(stable(values.subList(start, end)));
    expected.addAll(values.subList(end, values.size()));
    assertThat(sorted).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
  }

  @Property
  void leavesValuesAlreadyInOrderAsTheyAre(@ForAll @Size(max = 300) List<@IntRange(max = 9) Integer> digits) {
    long[] values = digits.stream().sorted().mapToLong(d -> d).toArray();
    for (int i = 0; i < values.length; i++) {
      values[i] += 10L * i; // the position in the tens: which of two ties came first
    }
    long[] sorted = values.clone();
    LongSort.sort(sorted, sorted.length, BY_LAST_DIGIT);
    assertThat(sorted).containsExactly(values);
  }

  private static List<Long> stable(List<Long> values) {
    List<Long> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparingLong(v -> Math.floorMod(v, 10)));
    return copy;
  }
}
