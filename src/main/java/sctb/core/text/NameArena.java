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
    int n = name.length();
    char[] chars = ADDING.get().of(name).chars();
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
        return add(name.getBytes(StandardCharsets.UTF_8)); // what was written is written over
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
    int x = bytes[i + m] & 0xFF;
    int y = bytes[j + m] & 0xFF;
    // UTF-8 bytes sort by code point, UTF-16 units put a character past U+FFFF (a surrogate pair,
    // lead byte F0–F4) before U+E000–U+FFFF (lead EE, EF); elsewhere the two orders agree.
    boolean swapped = x >= 0xF0 && (y == 0xEE || y == 0xEF) || y >= 0xF0 && (x == 0xEE || x == 0xEF);
    return (x < y) != swapped ? -1 : 1;
  }

  private static int offset(long handle) {
    return (int) (handle >>> 32);
  }

  private static int length(long handle) {
    return (int) handle;
  }
}
