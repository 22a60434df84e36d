package sctb.core.validate;

/**
 * A map from 64-bit fingerprints of row keys to one or two longs (where the key was first seen —
 * file index and line — and, when asked for, what else a rule needs of that row), in one primitive
 * array: 24 or 36 bytes a row instead of a String key and objects. Two different keys sharing a
 * fingerprint is a 1-in-2^64 event per pair (a duplicate-row report on a real workspace of millions
 * of rows has odds below one in a million).
 */
public final class Fingerprints {
  private static final long EMPTY = 0L;
  /** Longs per slot: the key, its value, and its extra value when there is one. */
  private final int stride;
  // Key and values side by side: one cache line per probe on a large table.
  private long[] slots;
  private int size;

  /** A map to one value a key. */
  public Fingerprints() {
    this(false);
  }

  /** {@code extra}: each key also holds a second value ({@link #extra}). */
  Fingerprints(boolean extra) {
    this.stride = extra ? 3 : 2;
    this.slots = new long[stride << 12];
  }

  /** The value stored for {@code key}, or -1 after storing {@code value} when it was not there. */
  public long putIfAbsent(long key, long value) {
    int slot = slot(key);
    if (slots[slot] != EMPTY) {
      return slots[slot + 1];
    }
    insert(slot, key, value, 0);
    return -1;
  }

  /** Where {@code key} is (for {@link #value}, {@link #extra}, {@link #set}), or -1 after storing it with both values. */
  int putIfAbsent(long key, long value, long extra) {
    int slot = slot(key);
    if (slots[slot] != EMPTY) {
      return slot;
    }
    insert(slot, key, value, extra);
    return -1;
  }

  /** True when {@code key} is stored. */
  public boolean contains(long key) {
    return slots[slot(key)] != EMPTY;
  }

  /** Keys stored. */
  public int size() {
    return size;
  }

  /** Every key stored, in no particular order. */
  public void forEachKey(java.util.function.LongConsumer action) {
    for (int i = 0; i < slots.length; i += stride) {
      if (slots[i] != EMPTY) {
        action.accept(slots[i]);
      }
    }
  }

  long value(int slot) {
    return slots[slot + 1];
  }

  long extra(int slot) {
    return slots[slot + 2];
  }

  /** Replaces what the key at {@code slot} holds. */
  void set(int slot, long value, long extra) {
    slots[slot + 1] = value;
    slots[slot + 2] = extra;
  }

  /** The slot of {@code key}: where it is, or the empty slot where it goes (the table grown first when needed). */
  private int slot(long key) {
    if (key == EMPTY) {
      key = 1; // 0 marks an empty slot
    }
    int capacity = slots.length / stride;
    if (size * 3 >= capacity * 2) { // load factor 2/3
      grow();
      capacity = slots.length / stride;
    }
    int mask = capacity - 1;
    int i = (int) mix(key) & mask;
    while (slots[i * stride] != EMPTY && slots[i * stride] != key) {
      i = (i + 1) & mask;
    }
    return i * stride;
  }

  private void insert(int slot, long key, long value, long extra) {
    slots[slot] = key == EMPTY ? 1 : key;
    slots[slot + 1] = value;
    if (stride == 3) {
      slots[slot + 2] = extra;
    }
    size++;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (int i = 0; i < old.length; i += stride) {
      if (old[i] != EMPTY) {
        int slot = slot(old[i]);
        insert(slot, old[i], old[i + 1], stride == 3 ? old[i + 2] : 0);
      }
    }
  }

  /** A 64-bit fingerprint of a text (FNV-1a over UTF-16 units, then a finaliser). */
  static long of(String text) {
    return mix(fnv(OFFSET, text) ^ text.length());
  }

  /** The fingerprint of several texts as one key (each followed by a separator no text holds). */
  public static long of(String... parts) {
    long h = OFFSET;
    for (String part : parts) {
      h = fnv(h, part);
      h ^= 0xFFFF;
      h *= PRIME;
    }
    return mix(h ^ parts.length);
  }

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private static long fnv(long h, String text) {
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
