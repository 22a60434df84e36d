package sctb.core.submission;

/**
 * Excel's "store as text" marker: a leading apostrophe ({@code '1234,5}, {@code '20/06/2026}) typed so
 * that Excel keeps a number or date as typed. It is never part of the value, and some tools save it
 * into a CSV: a number or date cell is read without it (docs/submissions.md, "Số, ngày").
 */
public final class TextMarker {
  private TextMarker() {}

  /** {@code text} without one leading apostrophe (after leading spaces), or {@code text} itself. */
  public static String without(String text) {
    String t = text.stripLeading();
    return t.startsWith("'") ? t.substring(1) : text;
  }
}
