package sctb.io.csv;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import sctb.core.text.SafeText;

/**
 * A file's UTF-8 bytes read as characters without making the whole text, for a file that
 * {@link TextDecoder} would decode as is. When {@code lines} (a first pass), it checks that they are
 * strict UTF-8 with no U+FFFD, already NFC — else it stops with {@link NotClean} and the file is read the
 * general way — and keeps where each physical line starts and where its line end begins (as
 * the general path: CRLF, LF and lone CR), so that a record's character position gives the same line
 * as the general path, and whether the text needs any character escaped. Otherwise it only decodes
 * bytes a first pass found clean.
 */
final class CleanUtf8Reader extends Reader {
  private final ByteBuffer bytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final boolean lines;
  private boolean flushed;
  private long position;
  // Lines: starts[k] the offset of line k's first character, ends[k] that of its line end; the last
  // line is open (its end not met yet) while lineCount - 1 == k.
  private int[] starts = new int[1024];
  private int[] ends = new int[1024];
  private int lineCount = 1;
  private boolean pendingCr;
  // Non-ASCII text since the last ASCII character (segment[0], copied in only when a non-ASCII one
  // follows it, as most characters are ASCII): checked to be NFC once an ASCII character ends it, as no
  // character composes with an ASCII one following it; not checked when each of its characters is NFC
  // whatever its neighbours (Vietnamese letters: FileText.composes).
  private char lastAscii;
  private char[] segment = new char[64];
  private int segmentLength;
  private boolean segmentToCheck;
  // Whether the text needs no character escaped, known once the first pass has read it all.
  private final SafeText.TextCheck textCheck = new SafeText.TextCheck();
  private boolean safeText;

  CleanUtf8Reader(byte[] data, int offset, boolean lines) {
    this.bytes = ByteBuffer.wrap(data, offset, data.length - offset);
    this.lines = lines;
  }

  /** Thrown when the bytes are not clean UTF-8 in NFC: the caller reads the file the general way. */
  static final class NotClean extends RuntimeException {
    NotClean() {
      super(null, null, false, false);
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset && !flushed) {
      CoderResult result = decoder.decode(bytes, out, true);
      if (result.isError()) {
        throw new NotClean();
      }
      if (result.isUnderflow()) {
        if (decoder.flush(out).isError()) {
          throw new NotClean();
        }
        flushed = !bytes.hasRemaining();
      }
    }
    int n = out.position() - offset;
    if (n == 0) {
      finish();
      return -1;
    }
    if (lines) {
      for (int i = offset; i < offset + n; i++) {
        see(buffer[i]);
      }
      textCheck.next(buffer, offset, offset + n);
    }
    return n;
  }

  private void see(char c) {
    if (c == '\uFFFD') {
      throw new NotClean();
    }
    if (c < 0x80) {
      if (segmentLength > 0) {
        checkSegment();
        segmentLength = 0;
        segmentToCheck = false;
      }
      lastAscii = c;
    } else {
      segmentToCheck |= !FileText.composes(c); // a segment of such characters only is NFC (FileText.composes)
      addToSegment(c);
    }
    if (pendingCr) {
      pendingCr = false;
      if (c == '\n') {
        starts[lineCount - 1] = (int) position + 1; // CRLF: the line after starts past the LF
        position++;
        return;
      }
    }
    if (c == '\n') {
      newLine((int) position, (int) position + 1);
    } else if (c == '\r') {
      newLine((int) position, (int) position + 1);
      pendingCr = true;
    }
    position++;
  }

  private void newLine(int end, int nextStart) {
    if (lineCount == starts.length) {
      starts = Arrays.copyOf(starts, lineCount * 2);
      ends = Arrays.copyOf(ends, lineCount * 2);
    }
    ends[lineCount - 1] = end;
    starts[lineCount] = nextStart;
    lineCount++;
  }

  private void addToSegment(char c) {
    if (segmentLength + 2 > segment.length) {
      segment = Arrays.copyOf(segment, segment.length * 2);
    }
    if (segmentLength == 0 && position > 0) {
      segment[segmentLength++] = lastAscii; // a text's first character has none before it
    }
    segment[segmentLength++] = c;
  }

  private void checkSegment() {
    if (segmentToCheck && !Normalizer.isNormalized(CharBuffer.wrap(segment, 0, segmentLength), Normalizer.Form.NFC)) {
      throw new NotClean();
    }
  }

  private void finish() {
    if (lines) {
      checkSegment();
      segmentToCheck = false;
      safeText = textCheck.end();
    }
  }

  /**
   * After a first pass read to the end: whether the text needs no character escaped
   * ({@link SafeText#isText}); false before the end.
   */
  boolean isSafeText() {
    return safeText;
  }

  /**
   * The physical line (1-based) of the first character at or after {@code offset} that is not a
   * line end — where a record that the parser says starts at {@code offset} really starts.
   */
  int lineOf(long offset) {
    int k = Arrays.binarySearch(starts, 0, lineCount, (int) Math.min(offset, Integer.MAX_VALUE));
    k = k >= 0 ? k : -k - 2;
    while (k < lineCount - 1 && offset >= ends[k]) {
      k++;
      offset = starts[k];
    }
    return k + 1;
  }

  @Override
  public void close() {
    // nothing to release: the bytes belong to the caller
  }
}
