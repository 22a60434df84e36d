package sctb.core.validate;

/**
 * A map from 64-bit fingerprints of row keys to one long (where the key was first seen, and what
 * else a rule needs of that row), in one primitive array: 16 bytes a slot at a load of 1/2 to 3/4
 * (21–32 bytes a key) instead of a String key and objects. Two different keys sharing a fingerprint is a 1-in-2^64 event per pair (a
 * duplicate-row report on a real workspace of millions of rows has odds below one in a million).
 */
public final class Fingerprints {
  private static final long EMPTY = 0L;
  private static final int SMALLEST = 1 << 12;
  private static final int MAX_CAPACITY = (Integer.MAX_VALUE - 8) / 2;
  private static final int SIZED_LOAD_PERCENT = 70;
  // Key and value side by side (slot i at 2i, 2i + 1): one cache line per probe on a large table.
  private long[] slots;
  /** Slots in the table: any number, not a power of two, so that the table follows its count. */
  private int capacity;
  private int size;

  public Fingerprints() {
    this(0);
  }

  /**
   * Room for {@code expected} keys from the start at a load of {@value #SIZED_LOAD_PERCENT} %, so that a
   * table that would grow at its largest need not (a table grows at a load of 3/4).
   */
  public Fingerprints(int expected) {
    allocate((int) Math.max(SMALLEST, Math.min(MAX_CAPACITY, expected * 100L / SIZED_LOAD_PERCENT)));
  }

  private void allocate(int slotCount) {
    capacity = slotCount;
    slots = new long[2 * slotCount];
  }

  /** Keys stored. */
  public int size() {
    return size;
  }

  /** The value stored for {@code key}, or -1 after storing {@code value} when it was not there. */
  public long putIfAbsent(long key, long value) {
    int slot = slot(key, 0);
    if (slots[slot] != EMPTY) {
      return slots[slot + 1];
    }
    insert(slot, key, value);
    return -1;
  }

  /** Where {@code key} is (for {@link #value}, {@link #set}), or -1 after storing it with {@code value}. */
  int put(long key, long value) {
    return put(key, value, 0);
  }

  /**
   * {@link #put}, and when the table must grow first, room made at once for {@code toCome} more keys
   * (this one among them) instead of half as much again: a large file's keys grow a table once, not
   * several times with the old table and the new live together each time.
   */
  int put(long key, long value, int toCome) {
    int slot = slot(key, toCome);
    if (slots[slot] != EMPTY) {
      return slot;
    }
    insert(slot, key, value);
    return -1;
  }

  long value(int slot) {
    return slots[slot + 1];
  }

  /** Replaces what the key at {@code slot} holds. */
  void set(int slot, long value) {
    slots[slot + 1] = value;
  }

  /** True when {@code key} is stored. */
  public boolean contains(long key) {
    return slots[slot(key, 0)] != EMPTY;
  }

  /**
   * The key held where {@code key} is looked for first: a plain read, so that a caller reading the slots
   * of many keys before it looks them up has their cache misses in flight together (Java has no
   * prefetch instruction). What it returns means nothing; the caller keeps it so that the read is not
   * dropped as unused.
   */
  long touch(long key) {
    return slots[2 * home(key == EMPTY ? 1 : key)];
  }

  /** The slot of {@code key}: where it is, or the empty slot where it goes (the table grown first when needed). */
  private int slot(long key, int toCome) {
    if (key == EMPTY) {
      key = 1; // 0 marks an empty slot
    }
    if (size * 4L >= capacity * 3L) {
      grow(toCome);
    }
    int i = home(key);
    while (slots[2 * i] != EMPTY && slots[2 * i] != key) {
      i = i + 1 == capacity ? 0 : i + 1;
    }
    return 2 * i;
  }

  /** Where {@code key}'s probe starts: the hash's high 32 bits scaled to the capacity (multiply and shift, as no mask fits a size not a power of two). */
  private int home(long key) {
    return (int) (((mix(key) >>> 32) * capacity) >>> 32);
  }

  private void insert(int slot, long key, long value) {
    slots[slot] = key == EMPTY ? 1 : key;
    slots[slot + 1] = value;
    size++;
  }

  /**
   * Half as large again (the room left over is at most a third of the table, not half as with
   * doubling), or room for {@code toCome} more keys at a load of {@value #SIZED_LOAD_PERCENT} % when that is more.
   */
  private void grow(int toCome) {
    long[] old = slots;
    long room = Math.max(capacity + (long) (capacity >> 1), (size + (long) toCome) * 100 / SIZED_LOAD_PERCENT);
    allocate((int) Math.min(MAX_CAPACITY, room));
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != EMPTY) {
        insert(slot(old[i], 0), old[i], old[i + 1]);
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
      h = part(h, part);
    }
    return mix(h ^ parts.length);
  }

  /** {@link #of(String...)} of three texts, without an array (a row's outlier series). */
  public static long of(String a, String b, String c) {
    return mix(part(part(part(OFFSET, a), b), c) ^ 3);
  }

  /** {@link #of(String...)} of six texts, without an array (a row's duplicate key). */
  public static long of(String a, String b, String c, String d, String e, String f) {
    return mix(part(part(part(part(part(part(OFFSET, a), b), c), d), e), f) ^ 6);
  }

  private static long part(long h, String text) {
    return (fnv(h, text) ^ 0xFFFF) * PRIME;
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
