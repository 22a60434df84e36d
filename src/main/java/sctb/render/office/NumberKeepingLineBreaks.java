package sctb.render.office;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the PDF may end a line: where a line may end in the language's text, but never inside a date or
 * a fraction written with a slash ("19/06/2024", "2/8"): openhtmltopdf's own breaker, made for URLs,
 * breaks after any slash.
 */
final class NumberKeepingLineBreaks implements FSTextBreaker {
  private final BreakIterator lines = BreakIterator.getLineInstance(new Locale("vi"));
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    lines.setText(newText);
  }

  @Override
  public int next() {
    int at = lines.next();
    while (at != BreakIterator.DONE && insideNumber(at)) {
      at = lines.next();
    }
    return at;
  }

  /** A break at {@code at} would split digits joined by a slash. */
  private boolean insideNumber(int at) {
    if (at <= 1 || at >= text.length()) {
      return false;
    }
    boolean afterSlash = text.charAt(at - 1) == '/' && Character.isDigit(text.charAt(at - 2)) && Character.isDigit(text.charAt(at));
    boolean beforeSlash = text.charAt(at) == '/' && Character.isDigit(text.charAt(at - 1))
        && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    return afterSlash || beforeSlash;
  }
}
