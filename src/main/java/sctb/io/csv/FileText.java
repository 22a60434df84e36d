package sctb.io.csv;

import java.io.CharArrayReader;
import java.io.Reader;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import sctb.core.text.SafeText;

/**
 * A file's decoded text as the first {@code length} chars of an array, and whether no cell of it needs a
 * character escaped ({@link SafeText#isText}: then none is searched for one), needed only while the file is
 * parsed: a clean UTF-8 file (what {@link TextDecoder} would decode as it stands) is decoded straight
 * into a char array the reading thread keeps for its next file, instead of the three arrays of a
 * String made from the bytes (a byte a character, two, then the String's own).
 */
record FileText(char[] chars, int length, boolean isSafeText) {
  /** Files up to this many characters reuse the thread's array (3 MiB); a larger one has its own, let go after. */
  private static final int KEPT_CHARS = 3 << 19;
  // Weakly: while the thread checks rows between files, the collector may take the array back, so a
  // full collection sizes the heap by what is live, not by the threads' spare arrays.
  private static final ThreadLocal<WeakReference<char[]>> KEPT = new ThreadLocal<>();

  /** Any decoded text (a file that is not clean UTF-8 in NFC: see {@link TextDecoder}). */
  static FileText of(String text) {
    char[] chars = text.toCharArray();
    return new FileText(chars, chars.length, SafeText.isText(chars, chars.length));
  }

  /**
   * The text of bytes that are strict UTF-8 (a UTF-8 byte order mark skipped), hold no U+FFFD and are
   * NFC — the text {@link TextDecoder#decode} gives them —, or null: then decode them that way.
   */
  static FileText cleanUtf8(byte[] bytes) {
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    if (utf16) {
      return null;
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    char[] chars = array(bytes.length - offset); // UTF-8 never gives more characters than bytes
    CharBuffer out = CharBuffer.wrap(chars);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), out, true);
    if (!result.isUnderflow() || !decoder.flush(out).isUnderflow()) {
      return null;
    }
    int length = out.position();
    boolean composed = true;
    boolean kept = true;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII: not U+FFFD, NFC whatever its neighbours, never escaped
      }
      if (c == '\uFFFD') {
        return null;
      }
      composed &= composes(c);
      kept &= SafeText.keptAt(chars, i, length);
    }
    // Normalizer checks a copy of the text as a String: only for the rare text with other characters.
    if (!composed && !Normalizer.isNormalized(CharBuffer.wrap(chars, 0, length), Normalizer.Form.NFC)) {
      return null;
    }
    return new FileText(chars, length, kept || SafeText.isText(chars, length));
  }

  /**
   * Whether a text of such characters only is NFC whatever their order: below U+0300 and the
   * precomposed Vietnamese letters (U+1EA0–U+1EF9) are starters that no character composes with,
   * each NFC on its own (FileTextProperties checks every pair).
   */
  static boolean composes(char c) {
    return c < 0x300 || c >= 0x1EA0 && c <= 0x1EF9;
  }

  private static char[] array(int chars) {
    if (chars > KEPT_CHARS) {
      return new char[chars];
    }
    WeakReference<char[]> ref = KEPT.get();
    char[] kept = ref == null ? null : ref.get();
    if (kept == null || kept.length < chars) {
      kept = new char[Math.max(chars, kept == null ? 0 : Math.min(KEPT_CHARS, kept.length + (kept.length >> 1)))];
      KEPT.set(new WeakReference<>(kept));
    }
    return kept;
  }

  /** The text as a sequence (a view, not a copy). */
  CharSequence sequence() {
    return CharBuffer.wrap(chars, 0, length);
  }

  Reader reader() {
    return new CharArrayReader(chars, 0, length);
  }

  /** Whether every character is white space (as {@link String#isBlank}). */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }
}
