package sctb.core.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Names kept as UTF-8 in one growing byte array, each known by a handle (offset and length); Strings made only when read. */
public final class NameArena {
  private byte[] bytes;
  private int size;

  /** Keeps {@code name}; the handle gives it back. */
  public long add(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    if (size + utf8.length > bytes.length) {
      long wanted = Math.max((long) size + utf8.length, (long) bytes.length + (bytes.length >> 1));
      // One array holds at most Integer.MAX_VALUE - 8 bytes on the usual JVMs.
      bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
    }
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    long handle = ((long) size << 32) | utf8.length;
    size += utf8.length;
    return handle;
  }

  public String get(long handle) {
    return new String(bytes, offset(handle), length(handle), StandardCharsets.UTF_8);
  }

  /** Whether the name of {@code handle} is {@code name}, compared as UTF-8 without making a String. */
  public boolean is(long handle, String name) {
    int from = offset(handle);
    int end = from + length(handle);
    int at = from;
    // Encoded char by char: asked for every row, so without a byte array each time.
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isSurrogate(c)) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
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
    int endA = i + length(a);
    int endB = j + length(b);
    for (; i < endA && j < endB; i++, j++) {
      int x = bytes[i] & 0xFF;
      int y = bytes[j] & 0xFF;
      if (x != y) {
        // UTF-8 bytes sort by code point, UTF-16 units put a character past U+FFFF (a surrogate pair,
        // lead byte F0–F4) before U+E000–U+FFFF (lead EE, EF); elsewhere the two orders agree.
        boolean swapped = x >= 0xF0 && (y == 0xEE || y == 0xEF) || y >= 0xF0 && (x == 0xEE || x == 0xEF);
        return (x < y) != swapped ? -1 : 1;
      }
    }
    return Integer.compare(endA - i, endB - j);
  }

  private static int offset(long handle) {
    return (int) (handle >>> 32);
  }

  private static int length(long handle) {
    return (int) handle;
  }
}
