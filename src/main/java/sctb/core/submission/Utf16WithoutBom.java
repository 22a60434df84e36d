package sctb.core.submission;

/**
 * UTF-16 text whose byte order mark was stripped (a tool that writes UTF-16LE without one, or Excel's
 * "Unicode Text" passed through another program): told by its NUL bytes. A CSV is mostly ASCII — digits,
 * separators, the header — whose every character is a NUL and a byte in UTF-16, the NUL after it in
 * UTF-16LE, before it in UTF-16BE; Vietnamese letters (U+00C0–U+1EF9) have no NUL at all. So: NULs in at
 * least a quarter of the byte pairs, all on one side. Text of any other encoding has no NUL; a binary file
 * has them on both sides.
 */
public final class Utf16WithoutBom {
  /** Bytes looked at: a few hundred characters. */
  static final int LOOKED_AT = 4096;

  private Utf16WithoutBom() {}

  /** "UTF-16LE" or "UTF-16BE" for the first {@code length} bytes of such text (no byte order mark), else null. */
  public static String of(byte[] bytes, int length) {
    int pairs = Math.min(length, LOOKED_AT) / 2;
    if (pairs < 2 || bom(bytes, length)) {
      return null;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < pairs; i++) {
      evenNuls += bytes[2 * i] == 0 ? 1 : 0;
      oddNuls += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    // A character whose low byte is NUL (U+0100, U+2000…) is rare: a few allowed on the other side.
    if (oddNuls * 4 >= pairs && evenNuls * 20 <= oddNuls) {
      return "UTF-16LE";
    }
    if (evenNuls * 4 >= pairs && oddNuls * 20 <= evenNuls) {
      return "UTF-16BE";
    }
    return null;
  }

  private static boolean bom(byte[] bytes, int length) {
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    return length >= 2 && (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF);
  }
}
