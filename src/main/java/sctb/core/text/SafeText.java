package sctb.core.text;

/**
 * The one sanitiser for text that came from a file, a file name or a sheet name: no control
 * character ever reaches a terminal or a report. Control characters (C0, DEL, C1), bidirectional
 * controls (which would display the rest of a line reversed), line and paragraph separators,
 * invisible tag characters, stray byte-order marks, noncharacters and lone surrogates are shown
 * escaped as {@code \u001B} (one code point) or {@code \U000E0041} (beyond U+FFFF). Text kept as
 * text ({@link #text}) keeps its line breaks and tabs; a name or a value quoted in a message
 * ({@link #line}, {@link #excerpt}) is one line, with those escaped too ({@code \n}, {@code \t}).
 */
public final class SafeText {
  /** Longest value read from a file that a message quotes, in characters. */
  public static final int EXCERPT_MAX = 80;

  private SafeText() {}

  /**
   * Text kept as text (a cell, a plan's title): line breaks and tabs kept (a lone CR becomes LF), every
   * other unsafe character escaped. The same instance when nothing needs escaping.
   */
  public static String text(String s) {
    return s == null || clean(s, true) ? s : escape(s, true);
  }

  /** A name or value on one line (a file name, a sheet name): {@link #text} with line breaks and tabs escaped. */
  public static String line(String s) {
    return s == null || clean(s, false) ? s : escape(s, false);
  }

  /** A value quoted in a message: at most {@code max} characters (then "…"), on one line, escaped. */
  public static String excerpt(String s, int max) {
    if (s == null) {
      return null;
    }
    if (s.length() > max && s.codePointCount(0, s.length()) > max) {
      s = s.substring(0, escapeStart(s, s.offsetByCodePoints(0, max))) + "…";
    }
    return line(s);
  }

  /** {@code cut}, or where an escape this class wrote ({@code \u001B}, text already escaped once) starts when the cut falls inside it. */
  private static int escapeStart(String s, int cut) {
    for (int i = cut - 1; i >= Math.max(0, cut - 9); i--) {
      if (s.charAt(i) == '\\' && i + 1 < s.length()) {
        int length = s.charAt(i + 1) == 'u' ? 6 : s.charAt(i + 1) == 'U' ? 10 : 0;
        return i + length > cut && i + length <= s.length() && hex(s, i + 2, i + length) ? i : cut;
      }
    }
    return cut;
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return from < to;
  }

  /** {@link #excerpt} at {@value #EXCERPT_MAX} characters. */
  public static String excerpt(String s) {
    return excerpt(s, EXCERPT_MAX);
  }

  /** Whether the code point is shown escaped; {@code multiline}: line breaks and tabs are kept. */
  static boolean unsafe(int c, boolean multiline) {
    if (c < 0x20) {
      return !(multiline && (c == '\n' || c == '\t'));
    }
    if (c < 0x7F) {
      return false;
    }
    return c <= 0x9F // DEL and C1 controls (CSI, OSC … as single bytes)
        || c == 0x061C || c == 0x200E || c == 0x200F // bidi marks
        || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidi isolates
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || c == 0xFEFF // a byte-order mark inside text
        || (c >= 0xFFF9 && c <= 0xFFFB) // interlinear annotation controls
        || (c & 0xFFFE) == 0xFFFE // noncharacters U+xxFFFE, U+xxFFFF
        || (c >= 0xD800 && c <= 0xDFFF) // a surrogate not part of a pair
        || (c >= 0xE0000 && c <= 0xE007F); // tag characters (invisible text)
  }

  /** Printable ASCII, and Latin to Greek extended (Vietnamese letters, combining marks): never escaped. */
  private static boolean plain(char c) {
    return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x2000 && c != 0x061C);
  }

  /**
   * Whether {@link #text} keeps the character at {@code i} of {@code chars[0, length)} as it is, known from
   * it alone (and a line feed after a carriage return): a text of such characters is {@link #isText}.
   */
  public static boolean keptAt(char[] chars, int i, int length) {
    return kept(chars[i], i + 1 < length && chars[i + 1] == '\n');
  }

  /** {@link #keptAt} of {@code c}, {@code lineFeedAfter}: the next character is a line feed. */
  private static boolean kept(char c, boolean lineFeedAfter) {
    return plain(c) || c == '\n' || c == '\t' || (c == '\r' && lineFeedAfter);
  }

  /**
   * Whether {@link #text} leaves as it is every piece of {@code chars[0, length)} that does not end with
   * a carriage return (a cell trimmed of white space): one pass over a file's text instead of one a cell.
   */
  public static boolean isText(char[] chars, int length) {
    TextCheck check = new TextCheck();
    check.next(chars, 0, length);
    return check.end();
  }

  /**
   * {@link #isText} of a text met one character at a time (a large file checked as it is decoded, not
   * kept whole): each character is judged once the one after it is known (a carriage return kept
   * before a line feed; a surrogate pair one code point).
   */
  public static final class TextCheck {
    private boolean safe = true;
    private boolean held;
    private char last;
    private boolean pairedWithLast;

    /** The text's next character. */
    public void next(char c) {
      if (held) {
        judge(c, true);
      }
      last = c;
      held = !kept(c, false); // kept whatever follows (most characters): nothing left to judge
    }

    /** The text's next characters, {@code chars[from, to)}: those kept whatever follows skipped in a tight loop. */
    public void next(char[] chars, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = chars[i];
        if (held || !kept(c, false)) {
          next(c);
        }
      }
    }

    /** Whether the text so far, now ended, is {@link #isText}. */
    public boolean end() {
      if (held) {
        judge('\0', false);
        held = false;
      }
      return safe;
    }

    private void judge(char next, boolean hasNext) {
      if (pairedWithLast) {
        pairedWithLast = false; // the low half of a pair judged with its high half
        return;
      }
      if (kept(last, hasNext && next == '\n')) {
        return;
      }
      boolean pair = hasNext && Character.isHighSurrogate(last) && Character.isLowSurrogate(next);
      int code = pair ? Character.toCodePoint(last, next) : last;
      safe &= !unsafe(code, true);
      pairedWithLast = pair;
    }
  }

  private static boolean clean(String s, boolean multiline) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (plain(c)) {
        continue;
      }
      if (c == '\r' && multiline && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue;
      }
      int code = s.codePointAt(i);
      if (unsafe(code, multiline)) {
        return false;
      }
      if (code > 0xFFFF) {
        i++;
      }
    }
    return true;
  }

  private static String escape(String s, boolean multiline) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      if (multiline && c == '\r') {
        // CR LF stays; a lone CR would move a terminal's cursor back over the line: it becomes LF.
        out.append(next < s.length() && s.charAt(next) == '\n' ? '\r' : '\n');
      } else if (unsafe(c, multiline)) {
        appendEscaped(out, c);
      } else {
        out.appendCodePoint(c);
      }
      i = next;
    }
    return out.toString();
  }

  private static void appendEscaped(StringBuilder out, int c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        if (c > 0xFFFF) {
          out.append("\\U").append("0".repeat(8 - hex.length())).append(hex);
        } else {
          out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
        }
      }
    }
  }
}
