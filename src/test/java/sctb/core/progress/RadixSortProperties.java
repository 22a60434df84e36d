package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link RadixSort} against the JDK's sort of the values taken as unsigned: parts of many sizes (by
 * insertion below 64, by buckets above), values alike in their high bytes, the sign bit set, many
 * repeats; each value's {@code int} moved with it.
 */
class RadixSortProperties {
  @Property(tries = 300)
  void sortsAsUnsignedLongsMovingEachValuesIntWithIt(@ForAll long seed, @ForAll @IntRange(max = 5_000) int n,
      @ForAll @IntRange(max = 4) int shape, @ForAll @IntRange(max = 50) int before, @ForAll @IntRange(max = 50) int after) {
    Random random = new Random(seed);
    long[] keys = new long[before + n + after];
    int[] with = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      long r = random.nextLong();
      keys[i] = switch (shape) {
        case 0 -> r; // any bits, the sign bit half the time
        case 1 -> 0x7365_6575_5f74_6869L ^ (r & 0xffffL); // the high six bytes alike: buckets of one
        case 2 -> r & 0xff00_0000_0000_000fL; // few values: many repeats
        case 3 -> r >>> 40 << 40; // alike in the low bytes
        default -> random.nextInt(3) - 1L; // 0, 1 and -1 (all bits set)
      };
      with[i] = i;
    }
    long[] original = keys.clone();
    new RadixSort().sort(keys, with, before, before + n);
    long[] expected = Arrays.copyOfRange(original, before, before + n);
    for (int i = 0; i < expected.length; i++) {
      expected[i] ^= Long.MIN_VALUE; // unsigned order as signed
    }
    Arrays.sort(expected);
    for (int i = 0; i < expected.length; i++) {
      expected[i] ^= Long.MIN_VALUE;
    }
    assertThat(Arrays.copyOfRange(keys, before, before + n)).containsExactly(expected);
    for (int i = 0; i < keys.length; i++) {
      assertThat(original[with[i]]).as("the int moved with value %d", i).isEqualTo(keys[i]);
      if (i < before || i >= before + n) {
        assertThat(with[i]).as("outside the part").isEqualTo(i);
      }
    }
    assertThat(Arrays.stream(with).sorted().toArray()).as("each int once").isEqualTo(
        java.util.stream.IntStream.range(0, keys.length).toArray());
  }
}
