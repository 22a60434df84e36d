package sctb.io.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every piece of markup in a part — a tag with its attributes, a comment, a CDATA section, a
 * processing instruction — to {@link XlsxLimits#MAX_MARKUP_BYTES}: an XML parser holds each of those
 * whole in memory (text between tags it hands over in chunks), so one 100 MB attribute would take
 * hundreds of megabytes. A small byte-level state machine; the XML itself is left to the parser.
 */
final class MarkupLimit extends FilterInputStream {
  private enum State { TEXT, OPEN, BANG, BANG_DASH, TAG, COMMENT, CDATA, PI }

  private State state = State.TEXT;
  private int quote;
  private int previous;
  private int beforePrevious;
  private long length;

  MarkupLimit(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      step(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    for (int i = 0; i < n; i++) {
      step(buffer[offset + i] & 0xFF);
    }
    return n;
  }

  private void step(int b) {
    if (state == State.TEXT) {
      if (b == '<') {
        state = State.OPEN;
        length = 1;
      }
      remember(b);
      return;
    }
    if (++length > XlsxLimits.MAX_MARKUP_BYTES) {
      throw Stop.invalid();
    }
    State before = state;
    switch (state) {
      case OPEN -> state = b == '!' ? State.BANG : b == '?' ? State.PI : tag(b);
      case BANG -> state = b == '-' ? State.BANG_DASH : b == '[' ? State.CDATA : tag(b);
      case BANG_DASH -> state = b == '-' ? State.COMMENT : tag(b);
      case TAG -> state = tag(b);
      case COMMENT -> state = b == '>' && previous == '-' && beforePrevious == '-' ? State.TEXT : State.COMMENT;
      case CDATA -> state = b == '>' && previous == ']' && beforePrevious == ']' ? State.TEXT : State.CDATA;
      case PI -> state = b == '>' && previous == '?' ? State.TEXT : State.PI;
      default -> { }
    }
    if (state != before && (state == State.COMMENT || state == State.CDATA || state == State.PI)) {
      previous = 0; // the opening "<!--" or "<?" does not close what it opens
      beforePrevious = 0;
    } else {
      remember(b);
    }
  }

  /** Inside a tag: quotes may hold '>'; the tag ends at the first '>' outside them. */
  private State tag(int b) {
    if (quote != 0) {
      if (b == quote) {
        quote = 0;
      }
      return State.TAG;
    }
    if (b == '"' || b == '\'') {
      quote = b;
      return State.TAG;
    }
    return b == '>' ? State.TEXT : State.TAG;
  }

  private void remember(int b) {
    beforePrevious = previous;
    previous = b;
  }
}
