package sctb.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Names kept as UTF-8 in one growing byte array, each known by a handle (offset and length); Strings made only when read. */
public final class NameArena {
  private byte[] bytes;
  private int size;
  /** Per thread: names are added to several arenas (one per table) by whichever thread fills it. */
  private static final ThreadLocal<NameProbe> ADDING = ThreadLocal.withInitial(NameProbe::new);

  /** Keeps {@code name}; the handle gives it back. */
  public long add(String name) {
    return add(ADDING.get().of(name).chars(), name.length());
  }

  /** Keeps the name in {@code chars[0, n)}; the handle gives it back. */
  public long add(char[] chars, int n) {
    // Encoded straight into the arena (asked for every row, so without a byte array each time), in one
    // pass with room made for the longest encoding: a first pass measuring the UTF-8 length took about
    // as long as encoding (the outlier rule's names on the ordering thread, round 10).
    room(3 * n);
    int at = size;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x80) {
        bytes[at++] = (byte) c;
      } else if (c < 0x800) {
        bytes[at++] = (byte) (0xC0 | c >> 6);
        bytes[at++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        bytes[at++] = (byte) (0xE0 | c >> 12);
        bytes[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[at++] = (byte) (0x80 | c & 0x3F);
      } else {
        return add(new String(chars, 0, n).getBytes(StandardCharsets.UTF_8)); // what was written is written over
      }
    }
    return handle(at - size);
  }

  private long add(byte[] utf8) {
    room(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    return handle(utf8.length);
  }

  private void room(int length) {
    if (size + length > bytes.length) {
      long wanted = Math.max((long) size + length, (long) bytes.length + (bytes.length >> 1));
      // One array holds at most Integer.MAX_VALUE - 8 bytes on the usual JVMs.
      bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
    }
  }

  private long handle(int length) {
    long handle = ((long) size << 32) | length;
    size += length;
    return handle;
  }

  /**
   * Keeps the names of {@code other} after this arena's: a handle of {@code other} plus the number
   * returned is its name's handle here.
   */
  public long append(NameArena other) {
    room(other.size);
    System.arraycopy(other.bytes, 0, bytes, size, other.size);
    long shift = (long) size << 32;
    size += other.size;
    return shift;
  }

  /**
   * Keeps only the names of {@code handles[0..count)}, given in the order they were added, moved to the
   * front in place; their new handles replace the old. The room stays, for the names to come.
   */
  public void keepOnly(long[] handles, int count) {
    int to = 0;
    for (int i = 0; i < count; i++) {
      int from = offset(handles[i]);
      int length = length(handles[i]);
      if (from < to) {
        throw new IllegalArgumentException("names not in the order they were added: " + i);
      }
      System.arraycopy(bytes, from, bytes, to, length);
      handles[i] = ((long) to << 32) | length;
      to += length;
    }
    size = to;
  }

  public String get(long handle) {
    return new String(bytes, offset(handle), length(handle), StandardCharsets.UTF_8);
  }

  /**
   * The name of {@code handle} decoded into {@code into} (at least {@link #length} chars: a name has no
   * more chars than bytes), its length in chars; -1 for a name with a character past U+FFFF, which
   * only {@link #get} gives back. Lets a caller read a name without making a String of it.
   */
  public int charsInto(long handle, char[] into) {
    int at = offset(handle);
    int end = at + length(handle);
    int n = 0;
    while (at < end) {
      int b = bytes[at];
      if (b >= 0) {
        into[n++] = (char) b;
        at++;
      } else if ((b & 0xE0) == 0xC0) {
        into[n++] = (char) ((b & 0x1F) << 6 | bytes[at + 1] & 0x3F);
        at += 2;
      } else if ((b & 0xF0) == 0xE0) {
        into[n++] = (char) ((b & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F);
        at += 3;
      } else {
        return -1;
      }
    }
    return n;
  }

  /** Whether the name of {@code handle} is {@code name}'s, compared as UTF-8 without making a String. */
  public boolean is(long handle, NameProbe name) {
    int from = offset(handle);
    int end = from + length(handle);
    int at = from;
    // Encoded char by char: asked for every row, so without a byte array each time.
    int n = name.length();
    char[] chars = name.chars();
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (Character.isSurrogate(c)) {
        byte[] utf8 = name.name().getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(bytes, from, end, utf8, 0, utf8.length);
      }
      int width = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (end - at < width) {
        return false;
      }
      boolean same = switch (width) {
        case 1 -> bytes[at] == c;
        case 2 -> bytes[at] == (byte) (0xC0 | c >> 6) && bytes[at + 1] == (byte) (0x80 | c & 0x3F);
        default -> bytes[at] == (byte) (0xE0 | c >> 12) && bytes[at + 1] == (byte) (0x80 | c >> 6 & 0x3F)
            && bytes[at + 2] == (byte) (0x80 | c & 0x3F);
      };
      if (!same) {
        return false;
      }
      at += width;
    }
    return at == end;
  }

  /** An arena with room for {@code bytes} of UTF-8 before it grows. */
  public NameArena(int bytes) {
    this.bytes = new byte[Math.max(bytes, 16)];
  }

  public NameArena() {
    this(1024);
  }

  /** The bytes its names take. */
  public int size() {
    return size;
  }

  /** Gives back the room not used: no more names come. */
  public void trim() {
    trim(0);
  }

  /** Gives back the room beyond {@code spare} more bytes: few more names come. */
  public void trim(int spare) {
    if (bytes.length > size + spare) {
      bytes = Arrays.copyOf(bytes, size + spare);
    }
  }

  /**
   * The order of the two names' Strings ({@link String#compareTo}, by UTF-16 unit), read from their
   * UTF-8 without making them.
   */
  public int compare(long a, long b) {
    int i = offset(a);
    int j = offset(b);
    int lengthA = length(a);
    int lengthB = length(b);
    // Names sorted together share long beginnings: the first difference found words at a time.
    int m = Arrays.mismatch(bytes, i, i + lengthA, bytes, j, j + lengthB);
    if (m < 0 || m == lengthA || m == lengthB) {
      return Integer.compare(lengthA, lengthB); // equal, or one begins the other
    }
    return Integer.compare(SORTS_AS[bytes[i + m] & 0xFF], SORTS_AS[bytes[j + m] & 0xFF]);
  }

  /**
   * Per byte value, a number that sorts as the byte does in String order at the first byte where two
   * names' UTF-8 differ (both lead bytes there, or both continuation bytes): UTF-8 bytes sort by code
   * point, UTF-16 units put a character past U+FFFF (a surrogate pair, lead byte F0–F4) before
   * U+E000–U+FFFF (lead EE, EF); elsewhere the two orders agree. A permutation of 0–255, 0 kept.
   */
  private static final int[] SORTS_AS = sortsAs();

  private static int[] sortsAs() {
    int[] rank = new int[256];
    for (int b = 0; b < 256; b++) {
      rank[b] = b >= 0xF0 && b <= 0xF4 ? b - 2 : b == 0xEE || b == 0xEF ? b + 5 : b;
    }
    return rank;
  }

  /**
   * Bytes {@code [from, from + count)} of a name's UTF-8 ({@code count} ≤ 8), each as it sorts in
   * String order ({@link #SORTS_AS}), past the name's end 0, as one number: for two names alike before
   * {@code from}, a smaller number (unsigned, with eight bytes) means a name earlier in String order,
   * unless the two differ only in zero bytes (a NUL, or the end) — told apart by their lengths.
   */
  public long sortKey(long handle, int from, int count) {
    int at = offset(handle) + from;
    int end = offset(handle) + length(handle);
    long key = 0;
    for (int c = 0; c < count; c++, at++) {
      key = key << 8 | (at < end ? SORTS_AS[bytes[at] & 0xFF] : 0);
    }
    return key;
  }

  /** The length in bytes of the name of {@code handle}. */
  public static int length(long handle) {
    return (int) handle;
  }

  private static int offset(long handle) {
    return (int) (handle >>> 32);
  }

}
