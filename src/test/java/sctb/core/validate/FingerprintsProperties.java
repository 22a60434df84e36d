package sctb.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link Fingerprints} answers as a map of its keys would, whatever room it was made with and however
 * often it grows (by half or by the keys it is told are to come); its fixed-arity {@code of} are the fingerprint of the same texts as an array.
 */
class FingerprintsProperties {

  @Property(tries = 200)
  void answersAsAMapWould(@ForAll("keys") @Size(max = 20_000) List<Long> keys, @ForAll @IntRange(max = 30_000) int expected) {
    Fingerprints table = new Fingerprints(expected);
    Map<Long, Long> map = new HashMap<>();
    long value = 0;
    for (long key : keys) {
      long stored = map.getOrDefault(key == 0 ? 1 : key, -1L); // 0 marks an empty slot, so it is held as 1
      assertThat(table.putIfAbsent(key, value)).isEqualTo(stored);
      map.putIfAbsent(key == 0 ? 1 : key, value);
      value++;
    }
    assertThat(table.size()).isEqualTo(map.size());
    for (long key : keys) {
      assertThat(table.contains(key)).isTrue();
      int slot = table.put(key, -7);
      assertThat(slot).isNotNegative();
      assertThat(table.value(slot)).isEqualTo(map.get(key == 0 ? 1 : key));
    }
    assertThat(table.contains(Long.MIN_VALUE + 12345) == map.containsKey(Long.MIN_VALUE + 12345)).isTrue();
  }

  @Property(tries = 100)
  void answersAsAMapWouldWhenToldTheKeysToCome(@ForAll("keys") @Size(max = 20_000) List<Long> keys,
      @ForAll @IntRange(max = 40_000) int toCome) {
    Fingerprints table = new Fingerprints();
    Map<Long, Long> map = new HashMap<>();
    long value = 0;
    int left = toCome;
    for (long key : keys) {
      int slot = table.put(key, value, left--);
      Long stored = map.putIfAbsent(key == 0 ? 1 : key, value);
      assertThat(slot < 0).isEqualTo(stored == null);
      if (stored != null) {
        assertThat(table.value(slot)).isEqualTo(stored);
      }
      value++;
    }
    assertThat(table.size()).isEqualTo(map.size());
    for (Map.Entry<Long, Long> e : map.entrySet()) {
      assertThat(table.putIfAbsent(e.getKey(), -7)).isEqualTo(e.getValue());
    }
  }

  @Property(tries = 50)
  void replacesWhatAKeyHolds(@ForAll("keys") @Size(min = 1, max = 10_000) List<Long> keys) {
    Fingerprints table = new Fingerprints();
    for (long key : keys) {
      table.putIfAbsent(key, 1);
    }
    long key = keys.get(keys.size() / 2);
    table.set(table.put(key, 5), 9);
    assertThat(table.putIfAbsent(key, 5)).isEqualTo(9);
  }

  @Property
  void threeTextsAsAnArray(@ForAll String a, @ForAll String b, @ForAll String c) {
    assertThat(Fingerprints.of(a, b, c)).isEqualTo(Fingerprints.of(new String[] {a, b, c}));
  }

  @Property
  void sixTextsAsAnArray(@ForAll String a, @ForAll String b, @ForAll String c, @ForAll String d, @ForAll String e,
      @ForAll String f) {
    assertThat(Fingerprints.of(a, b, c, d, e, f)).isEqualTo(Fingerprints.of(new String[] {a, b, c, d, e, f}));
  }

  /** Any 64-bit keys, with repeats and the zero key among them, many enough to make the table grow. */
  @Provide
  Arbitrary<List<Long>> keys() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(0, 50)).list();
  }

  /** {@code touch} reads the slot a key's look-up starts at: an only key is there, and nothing else is changed. */
  @Property(tries = 200)
  void touchReadsWhereTheLookUpStarts(@ForAll long key, @ForAll long other) {
    Fingerprints table = new Fingerprints();
    assertThat(table.touch(key)).isZero();
    table.put(key, 5);
    assertThat(table.touch(key)).isEqualTo(key == 0 ? 1 : key);
    table.touch(other);
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.contains(other)).isEqualTo(other == key || (other == 0 || other == 1) && (key == 0 || key == 1));
  }
}
