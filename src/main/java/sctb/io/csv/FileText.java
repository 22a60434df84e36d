package sctb.io.csv;

import java.io.CharArrayReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import sctb.core.submission.Utf16WithoutBom;
import sctb.core.text.SafeText;
import sctb.io.KeptArray;

/**
 * A file's decoded text as the first {@code length} chars of an array, and whether no cell of it needs a
 * character escaped ({@link SafeText#isText}: then none is searched for one), needed only while the file is
 * parsed: a clean UTF-8 file (what {@link TextDecoder} would decode as it stands) is decoded straight
 * into a char array the reading thread keeps for its next file, instead of the three arrays of a
 * String made from the bytes (a byte a character, two, then the String's own).
 */
record FileText(char[] chars, int length, boolean isSafeText) {
  /** Files up to this many characters reuse the thread's array (3 MiB); a larger one has its own, let go after. */
  private static final KeptArray<char[]> KEPT = new KeptArray<>(char[]::new, a -> a.length, 3 << 19);

  /** Any decoded text (a file that is not clean UTF-8 in NFC: see {@link TextDecoder}). */
  static FileText of(String text) {
    char[] chars = text.toCharArray();
    return new FileText(chars, chars.length, SafeText.isText(chars, chars.length));
  }

  /**
   * The text of bytes that are strict UTF-8 (a UTF-8 byte order mark skipped), hold no U+FFFD and are
   * NFC — the text {@link TextDecoder#decode} gives them —, or null: then decode them that way.
   * The bytes: the first {@code size} of the array.
   */
  static FileText cleanUtf8(byte[] bytes, int size) {
    boolean utf16 = size >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    int offset = size >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (utf16 || offset == 0 && Utf16WithoutBom.of(bytes, size) != null) {
      return null;
    }
    char[] chars = KEPT.atLeast(size - offset); // UTF-8 never gives more characters than bytes
    CharBuffer out = CharBuffer.wrap(chars);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, offset, size - offset), out, true);
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

  /** The text as a sequence (a view, not a copy). */
  CharSequence sequence() {
    return CharBuffer.wrap(chars, 0, length);
  }

  Reader reader() {
    return new CharArrayReader(chars, 0, length);
  }

  /**
   * The physical line (1-based) of a record the parser starts at {@code position}, after the
   * {@code linesBefore} lines of the records before it: the line after them, past the empty lines it
   * skips ({@link CsvFileReader.RecordLine}). No pass over the text to index its lines: that took
   * 2.3 % of validate's samples at 2 M rows (docs/performance.md, round 10).
   */
  int recordLine(long position, long linesBefore) {
    return (int) linesBefore + 1 + lineEndsAt(position);
  }

  /** How many line ends (CRLF, LF, lone CR) follow one another from {@code position}: the empty lines there. */
  private int lineEndsAt(long position) {
    int ends = 0;
    int i = (int) Math.min(position, length);
    while (i < length && (chars[i] == '\n' || chars[i] == '\r')) {
      i += chars[i] == '\r' && i + 1 < length && chars[i + 1] == '\n' ? 2 : 1;
      ends++;
    }
    return ends;
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
